import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, on } from '../../../test/fakeApi';
import { sh101 as flight } from '../../../test/flights';
import { renderOnRoute } from '../../../test/router';
import { EditFlightPage } from './EditFlightPage';

const renderPage = () => renderOnRoute(<EditFlightPage />, { url: `/admin/flights/${flight.id}/edit`, path: '/admin/flights/:id/edit' });

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
