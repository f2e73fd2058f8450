import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProfilePictureUpload, UserProfile } from '../../api';
import { ada, fakeAuth, renderWithAuth } from '../../test/auth';
import { adaProfile } from '../../test/profiles';
import { fakeApi, inTurn, on } from '../../test/fakeApi';
import { AccountPage } from './AccountPage';

const profile: UserProfile = adaProfile;

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

afterEach(() => vi.unstubAllGlobals());

const storageUrl = 'http://127.0.0.1:4569/sky-high-booker-storage/uploads/profile-pictures/ada/3f0c5b1e-2a8d-4c61-9f7e-5d2b8a9c1e40';
const upload: ProfilePictureUpload = {
  uploadId: '3f0c5b1e-2a8d-4c61-9f7e-5d2b8a9c1e40',
  url: `${storageUrl}?X-Amz-Signature=abc`,
  method: 'PUT',
  headers: { 'Content-Type': 'image/png' },
  expiresAt: '2026-12-07T06:00:00Z',
};
const pictured: UserProfile = { ...profile, profilePictureUrl: 'http://127.0.0.1:4569/sky-high-booker-storage/users/ada/profile-picture.jpg?X-Amz-Signature=def' };

/** Chooses a file in the account page's picture field and uploads it (jsdom has no object URLs for the preview). */
async function uploadPicture(file: File) {
  URL.createObjectURL = () => 'blob:preview';
  URL.revokeObjectURL = () => undefined;
  const user = userEvent.setup();
  renderWithAuth(<AccountPage />, { url: '/account', path: '/account', auth: fakeAuth({ status: 'signedIn', user: ada }) });
  await user.upload(await screen.findByLabelText('Choose a picture'), file);
  await user.click(screen.getByRole('button', { name: 'Upload picture' }));
}

describe('AccountPage', () => {
  it('shows the profile the Api keeps', async () => {
    const fetchMock = vi.fn(async (url: string) => (url === '/api/me/documents' ? json(200, []) : json(200, profile)));
    vi.stubGlobal('fetch', fetchMock);
    renderWithAuth(<AccountPage />, {
      url: '/account',
      path: '/account',
      auth: fakeAuth({ status: 'signedIn', user: ada }),
    });

    expect((await screen.findByTestId('account-email')).textContent).toBe('ada@example.com');
    expect(screen.getByTestId('account-name').textContent).toBe('Ada Lovelace');
    expect(screen.getByTestId('account-role').textContent).toBe('Traveller');
    expect(screen.getByText('Verified')).toBeTruthy();
    expect(screen.getByText('November 20, 2026')).toBeTruthy();
    expect(screen.getByText('Not recorded yet')).toBeTruthy();
    expect(screen.queryByTestId('account-admin')).toBeNull();
    expect(fetchMock).toHaveBeenCalledWith('/api/me', expect.anything());
  });

  it('marks an admin', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => (url === '/api/me/documents' ? json(200, []) : json(200, { ...profile, role: 'admin' }))),
    );
    renderWithAuth(<AccountPage />, {
      url: '/account',
      path: '/account',
      auth: fakeAuth({ status: 'signedIn', user: ada }),
    });

    expect((await screen.findByTestId('account-role')).textContent).toBe('Administrator');
    expect(screen.getByTestId('account-admin')).toBeTruthy();
  });

  it('says when the profile cannot be loaded, and tries again', async () => {
    fakeApi(
      on('GET', '/api/me', inTurn({ status: 502, body: { title: 'Bad gateway' } }, { status: 200, body: profile })),
      on('GET', '/api/me/documents', { status: 200, body: [] }),
    );
    const user = userEvent.setup();
    renderWithAuth(<AccountPage />, {
      url: '/account',
      path: '/account',
      auth: fakeAuth({ status: 'signedIn', user: ada }),
    });

    expect((await screen.findByTestId('account-error')).textContent).toContain('Something went wrong on our side.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect((await screen.findByTestId('account-email')).textContent).toBe('ada@example.com');
  });

  it('puts a picture in storage, then has the Api check it and shows it', async () => {
    const api = fakeApi(
      on('GET', '/api/me', inTurn({ status: 200, body: profile }, { status: 200, body: pictured })),
      on('GET', '/api/me/documents', { status: 200, body: [] }),
      on('POST', '/api/me/profile-picture', { status: 200, body: upload }),
      on('PUT', storageUrl, { status: 200 }),
      on('PUT', '/api/me/profile-picture', { status: 200, body: pictured }),
    );
    await uploadPicture(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'me.png', { type: 'image/png' }));

    expect((await screen.findByTestId('picture-uploaded')).textContent).toContain('Your profile picture is updated.');
    expect(api.requests().filter((r) => r !== 'GET /api/me/documents')).toEqual([
      'GET /api/me',
      'POST /api/me/profile-picture',
      `PUT ${upload.url}`,
      'PUT /api/me/profile-picture',
      'GET /api/me',
    ]);
    expect(api.bodyOf(2)).toEqual({ contentType: 'image/png', contentLength: 4 });
    expect(api.bodyOf(4)).toEqual({ uploadId: upload.uploadId });
    expect((await screen.findByRole('img', { name: 'Your profile picture' })).getAttribute('src')).toBe(pictured.profilePictureUrl);
  });

  it('shows under the field why the Api refused what arrived in storage, and keeps the old picture', async () => {
    fakeApi(
      on('GET', '/api/me', { status: 200, body: pictured }),
      on('GET', '/api/me/documents', { status: 200, body: [] }),
      on('POST', '/api/me/profile-picture', { status: 200, body: { ...upload, headers: { 'Content-Type': 'image/jpeg' } } }),
      on('PUT', storageUrl, { status: 200 }),
      on('PUT', '/api/me/profile-picture', {
        status: 400,
        body: { title: 'One or more validation errors occurred.', status: 400, errors: { file: ['The file is not a JPEG or PNG image.'] } },
      }),
    );
    await uploadPicture(new File(['<!doctype html>'], 'me.jpg', { type: 'image/jpeg' }));

    expect((await screen.findByTestId('profile-picture-error')).textContent).toBe('The file is not a JPEG or PNG image.');
    expect(screen.getByLabelText('Choose a picture').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('picture-uploaded')).toBeNull();
    expect(screen.queryByTestId('picture-error')).toBeNull();
    expect(screen.getByRole('img', { name: 'Preview of your new profile picture' })).toBeTruthy();
  });
});
