import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TravelDocumentUpload, TravelDocumentView } from '../../api';
import { fakeApi, inTurn, on } from '../../test/fakeApi';
import { TravelDocuments } from './TravelDocuments';

afterEach(() => vi.unstubAllGlobals());

const passport: TravelDocumentView = {
  id: '0193a6c0-1f2e-7c3d-8e4f-5a6b7c8d9e01',
  fileName: 'passport.pdf',
  contentType: 'application/pdf',
  sizeBytes: 2_400_000,
  uploadedAt: '2026-12-07T10:00:00Z',
  downloadUrl: 'http://127.0.0.1:4569/sky-high-booker-storage/users/ada/documents/0193a6c0-1f2e-7c3d-8e4f-5a6b7c8d9e01.pdf?X-Amz-Signature=abc',
  downloadUrlExpiresAt: '2026-12-07T10:05:00Z',
};
const visa: TravelDocumentView = { ...passport, id: '0193a6c0-1f2e-7c3d-8e4f-5a6b7c8d9e02', fileName: 'visa.png', contentType: 'image/png', sizeBytes: 30_000 };

const storageUrl = 'http://127.0.0.1:4569/sky-high-booker-storage/uploads/documents/ada/3f0c5b1e-2a8d-4c61-9f7e-5d2b8a9c1e40';
const upload: TravelDocumentUpload = {
  uploadId: '3f0c5b1e-2a8d-4c61-9f7e-5d2b8a9c1e40',
  url: `${storageUrl}?X-Amz-Signature=abc`,
  method: 'PUT',
  headers: { 'Content-Type': 'image/png' },
  expiresAt: '2026-12-07T10:05:00Z',
};
const visaFile = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'visa.png', { type: 'image/png' });

function keysOf(fetchMock: ReturnType<typeof fakeApi>['fetchMock'], method: string, url: string): string[] {
  return fetchMock.mock.calls
    .filter(([u, init]) => u === url && init?.method === method)
    .map(([, init]) => new Headers(init?.headers).get('Idempotency-Key') ?? '');
}

async function chooseAndUpload(file: File) {
  const user = userEvent.setup();
  await user.upload(await screen.findByLabelText('Add a document'), file);
  await user.click(screen.getByRole('button', { name: 'Upload document' }));
  return user;
}

describe('TravelDocuments', () => {
  it('lists the documents with their download links, type and size', async () => {
    fakeApi(on('GET', '/api/me/documents', { status: 200, body: [passport, visa] }));
    render(<TravelDocuments />);

    const items = await screen.findAllByTestId('travel-document');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole('link', { name: 'passport.pdf' }).getAttribute('href')).toBe(passport.downloadUrl);
    expect(items[0]!.textContent).toContain('PDF · 2.3 MB');
    expect(items[1]!.textContent).toContain('PNG · 29 KB');
  });

  it('says so when there are none', async () => {
    fakeApi(on('GET', '/api/me/documents', { status: 200, body: [] }));
    render(<TravelDocuments />);
    expect((await screen.findByTestId('documents-empty')).textContent).toBe('No travel documents yet.');
  });

  it('puts the file in storage, files it under an Idempotency-Key and lists it', async () => {
    const api = fakeApi(
      on('GET', '/api/me/documents', inTurn({ status: 200, body: [passport] }, { status: 200, body: [visa, passport] })),
      on('POST', '/api/me/documents/uploads', { status: 200, body: upload }),
      on('PUT', storageUrl, { status: 200 }),
      on('POST', '/api/me/documents', { status: 201, body: { ...visa, downloadUrl: null, downloadUrlExpiresAt: null } }),
    );
    render(<TravelDocuments />);
    await chooseAndUpload(visaFile());

    expect((await screen.findByTestId('document-uploaded')).textContent).toBe('visa.png is saved with your account.');
    await vi.waitFor(() => expect(screen.getAllByTestId('travel-document')).toHaveLength(2));
    expect(api.requests()).toEqual([
      'GET /api/me/documents',
      'POST /api/me/documents/uploads',
      `PUT ${upload.url}`,
      'POST /api/me/documents',
      'GET /api/me/documents',
    ]);
    expect(api.bodyOf(1)).toEqual({ contentType: 'image/png', contentLength: 4 });
    expect(api.bodyOf(3)).toEqual({ uploadId: upload.uploadId, fileName: 'visa.png' });
    expect(keysOf(api.fetchMock, 'POST', '/api/me/documents')[0]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('tries again with the same Idempotency-Key after a lost answer, so the document is filed once', async () => {
    const api = fakeApi(
      on('GET', '/api/me/documents', { status: 200, body: [] }),
      on('POST', '/api/me/documents/uploads', { status: 200, body: upload }),
      on('PUT', storageUrl, { status: 200 }),
      on('POST', '/api/me/documents', inTurn(new TypeError('Failed to fetch'), { status: 201, body: visa })),
    );
    render(<TravelDocuments />);
    const user = await chooseAndUpload(visaFile());
    expect(await screen.findByTestId('document-upload-error')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Upload document' }));
    expect(await screen.findByTestId('document-uploaded')).toBeTruthy();
    const keys = keysOf(api.fetchMock, 'POST', '/api/me/documents');
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('shows under the field why the Api refused what arrived in storage', async () => {
    fakeApi(
      on('GET', '/api/me/documents', { status: 200, body: [] }),
      on('POST', '/api/me/documents/uploads', { status: 200, body: { ...upload, headers: { 'Content-Type': 'application/pdf' } } }),
      on('PUT', storageUrl, { status: 200 }),
      on('POST', '/api/me/documents', {
        status: 400,
        body: { title: 'One or more validation errors occurred.', status: 400, errors: { file: ['The file is not a PDF, JPEG or PNG.'] } },
      }),
    );
    render(<TravelDocuments />);
    await chooseAndUpload(new File(['<!doctype html>'], 'passport.pdf', { type: 'application/pdf' }));

    expect((await screen.findByTestId('travel-document-error')).textContent).toBe('The file is not a PDF, JPEG or PNG.');
    expect(screen.getByLabelText('Add a document').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('document-uploaded')).toBeNull();
  });

  it('deletes a document once the traveller confirms, and lists what is left', async () => {
    const api = fakeApi(
      on('GET', '/api/me/documents', inTurn({ status: 200, body: [passport, visa] }, { status: 200, body: [visa] })),
      on('DELETE', `/api/me/documents/${passport.id}`, { status: 204 }),
    );
    render(<TravelDocuments />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete passport.pdf' }));
    await user.click(screen.getByRole('button', { name: 'Delete document' }));

    await vi.waitFor(() => expect(screen.getAllByTestId('travel-document')).toHaveLength(1));
    expect(screen.getByRole('link', { name: 'visa.png' })).toBeTruthy();
    expect(api.requests()).toContain(`DELETE /api/me/documents/${passport.id}`);
  });
});
