import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, on, pageOf } from '../../test/fakeApi';
import { sh101 } from '../../test/flights';
import { decemberFares, viaChicago } from '../../test/itineraries';
import { SearchPage } from './SearchPage';

afterEach(() => vi.unstubAllGlobals());

function LocationProbe() {
  return <output data-testid="location">{useLocation().search}</output>;
}

function PathProbe() {
  return <output data-testid="path">{useLocation().pathname}</output>;
}

function renderAt(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <SearchPage />
      <LocationProbe />
      <PathProbe />
    </MemoryRouter>,
  );
}

describe('SearchPage with fares and connections', () => {
  it('shows the month of fares above the direct flights and the connections after them; picking a day searches it', async () => {
    const api = fakeApi(
      on('GET', '/api/airports', { status: 200, body: [] }),
      on('GET', '/api/flights', { status: 200, body: pageOf([sh101]) }),
      on('GET', '/api/itineraries', { status: 200, body: { items: [viaChicago], totalFound: 1, limit: 50, truncated: false } }),
      on('GET', '/api/fares/calendar', { status: 200, body: decemberFares }),
    );
    renderAt('/?from=BOS&to=SFO&date=2026-12-01&passengers=1');

    expect(await screen.findAllByTestId('flight-result')).toHaveLength(1);
    expect(await screen.findAllByTestId('itinerary-result')).toHaveLength(1);
    const days = await screen.findAllByTestId('fare-day');

    await userEvent.click(days[1]!);

    await waitFor(() => expect(new URLSearchParams(screen.getByTestId('location').textContent ?? '').get('date')).toBe('2026-12-02'));
    await waitFor(() =>
      expect(api.requests()).toContain('GET /api/flights?from=BOS&to=SFO&date=2026-12-02&passengers=1&sort=price&page=1&pageSize=20'),
    );
    await waitFor(() =>
      expect(api.requests()).toContain('GET /api/itineraries?from=BOS&to=SFO&date=2026-12-02&passengers=1&maxStops=1&sort=price'),
    );
  });

  it('a round trip is searched leg by leg as before, without fares or connections', async () => {
    const api = fakeApi(
      on('GET', '/api/airports', { status: 200, body: [] }),
      on('GET', '/api/flights', { status: 200, body: pageOf([sh101]) }),
    );
    renderAt('/?trip=round&from=BOS&to=SFO&date=2026-12-01&returnDate=2026-12-08&passengers=1');

    expect(await screen.findAllByTestId('flight-result')).toHaveLength(1);
    expect(screen.queryByTestId('fare-day')).toBeNull();
    expect(api.requests().filter((request) => request.includes('/api/itineraries') || request.includes('/api/fares'))).toEqual([]);
  });

  it('books a connection’s legs as one booking for the party', async () => {
    fakeApi(
      on('GET', '/api/airports', { status: 200, body: [] }),
      on('GET', '/api/flights', { status: 200, body: pageOf([sh101]) }),
      on('GET', '/api/itineraries', { status: 200, body: { items: [viaChicago], totalFound: 1, limit: 50, truncated: false } }),
      on('GET', '/api/fares/calendar', { status: 200, body: decemberFares }),
    );
    renderAt('/?from=BOS&to=SFO&date=2026-12-01&passengers=2');

    await userEvent.click(await screen.findByRole('button', { name: /^Select SH410 and SH822/ }));

    await waitFor(() => expect(screen.getByTestId('path').textContent).toBe('/trips/book'));
    expect(screen.getByTestId('location').textContent).toBe(
      `?flights=${viaChicago.legs[0]!.id},${viaChicago.legs[1]!.id}&passengers=2`,
    );
  });
});
