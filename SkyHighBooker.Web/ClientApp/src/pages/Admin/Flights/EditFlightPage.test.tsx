import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, on } from '../../../test/fakeApi';
import { sh101 as flight } from '../../../test/flights';
import { EditFlightPage } from './EditFlightPage';

function renderPage() {
  return render(
    <MemoryRouter initialEntries={[`/admin/flights/${flight.id}/edit`]}>
      <Routes>
        <Route path="/admin/flights/:id/edit" element={<EditFlightPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('EditFlightPage', () => {
  it('fills the form from the flight, its total seats included', async () => {
    const api = fakeApi(on('GET', `/api/flights/${flight.id}`, { status: 200, body: { ...flight, totalSeats: 186 } }));
    renderPage();

    expect(await screen.findByRole('heading', { name: 'Edit flight SH101' })).toBeTruthy();
    expect((screen.getByLabelText('Total seats') as HTMLInputElement).value).toBe('186');
    expect((screen.getByLabelText('Flight number') as HTMLInputElement).value).toBe('SH101');
    expect(screen.queryByLabelText('Available seats')).toBeNull();
    expect(api.requests().filter((r) => r.includes('/seats'))).toEqual([]);
  });
});
