import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Itinerary } from '../../api';
import { fakeApi, on } from '../../test/fakeApi';
import { sh101 } from '../../test/flights';
import { formatAirportTime } from '../../format';
import { onToSanFrancisco, toChicago, viaChicago } from '../../test/itineraries';
import { ConnectionResults } from './ConnectionResults';

afterEach(() => vi.unstubAllGlobals());

const direct: Itinerary = { ...viaChicago, legs: [sh101], layovers: [], stops: 0, price: 249, totalMinutes: 335 };

describe('ConnectionResults', () => {
  it('lists the one-stop itineraries with their legs, layover, total time and price, each bookable, leaving direct flights to the flight list', async () => {
    const api = fakeApi(
      on('GET', '/api/itineraries', { status: 200, body: { items: [direct, viaChicago], totalFound: 2, limit: 50, truncated: false } }),
    );
    const onSelect = vi.fn();
    render(<ConnectionResults from="BOS" to="SFO" date="2026-12-01" passengers={2} onSelect={onSelect} />);

    const card = await screen.findByTestId('itinerary-result');

    expect(api.requests()).toEqual(['GET /api/itineraries?from=BOS&to=SFO&date=2026-12-01&passengers=2&maxStops=1&sort=price']);
    expect(screen.getAllByTestId('itinerary-result')).toHaveLength(1);
    expect(screen.getByTestId('connections-total').textContent).toBe('1 connection, cheapest first');
    const shown = within(card);
    expect(shown.getByTestId('itinerary-price').textContent).toBe('$300.00');
    expect(shown.getByTestId('itinerary-duration').textContent).toBe('8h · 1 stop via ORD');
    expect(shown.getByTestId('layover').textContent).toBe('1h layover in ORD');
    expect(shown.getByText('Sky High Air SH410')).toBeTruthy();
    // Each time on its own airport's clock.
    expect(shown.getByText(`BOS ${formatAirportTime(toChicago.departureTime)} → ORD ${formatAirportTime(toChicago.arrivalTime)}`)).toBeTruthy();
    expect(shown.getByText(`ORD ${formatAirportTime(onToSanFrancisco.departureTime)} → SFO ${formatAirportTime(onToSanFrancisco.arrivalTime)}`)).toBeTruthy();
    expect(formatAirportTime(onToSanFrancisco.departureTime)).toMatch(/11:30/);
    await userEvent.setup().click(shown.getByRole('button', { name: 'Select SH410 and SH822, BOS to SFO via ORD' }));
    expect(onSelect).toHaveBeenCalledWith(viaChicago);
  });

  it('says when there are no connections and when the Api kept only the best itineraries', async () => {
    fakeApi(on('GET', '/api/itineraries', { status: 200, body: { items: [direct], totalFound: 1, limit: 50, truncated: false } }));
    const { unmount } = render(<ConnectionResults from="BOS" to="SFO" date="2026-12-01" passengers={1} />);
    expect((await screen.findByTestId('connections-total')).textContent).toBe('No connections on this day.');
    unmount();

    fakeApi(on('GET', '/api/itineraries', { status: 200, body: { items: [viaChicago], totalFound: 80, limit: 50, truncated: true } }));
    render(<ConnectionResults from="BOS" to="SFO" date="2026-12-02" passengers={1} />);
    expect((await screen.findByTestId('connections-total')).textContent).toBe(
      '1 connection, cheapest first (the best 50 itineraries of 80)',
    );
  });
});
