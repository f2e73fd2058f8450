import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, on } from '../../test/fakeApi';
import { decemberFares } from '../../test/itineraries';
import { FareCalendarStrip } from './FareCalendarStrip';

afterEach(() => vi.unstubAllGlobals());

describe('FareCalendarStrip', () => {
  it('asks for the month of the searched day and shows each day with its lowest fare', async () => {
    const api = fakeApi(on('GET', '/api/fares/calendar', { status: 200, body: decemberFares }));
    render(<FareCalendarStrip from="BOS" to="SFO" date="2026-12-01" passengers={2} onPick={() => {}} />);

    const days = await screen.findAllByTestId('fare-day');

    expect(api.requests()).toEqual(['GET /api/fares/calendar?from=BOS&to=SFO&month=2026-12&passengers=2']);
    expect(days).toHaveLength(31);
    expect(days[0]!.getAttribute('aria-pressed')).toBe('true');
    expect(days[0]!.textContent).toContain('$300.00');
    expect(days[1]!.className).toContain('fare-strip__day--cheapest');
    expect(days[2]!.getAttribute('aria-label')).toBe('Thu 3: from $410.00, no direct flight');
    expect((days[3] as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('navigation', { name: 'Lowest fares in December 2026' })).toBeTruthy();
  });

  it('picking a day with fares hands that day to the search', async () => {
    fakeApi(on('GET', '/api/fares/calendar', { status: 200, body: decemberFares }));
    const onPick = vi.fn();
    render(<FareCalendarStrip from="BOS" to="SFO" date="2026-12-01" passengers={1} onPick={onPick} />);

    await userEvent.click((await screen.findAllByTestId('fare-day'))[1]!);

    expect(onPick).toHaveBeenCalledWith('2026-12-02');
  });

  it('shows nothing when the calendar cannot be read', async () => {
    const api = fakeApi(on('GET', '/api/fares/calendar', { status: 500, body: { title: 'Server Error', status: 500 } }));
    const { container } = render(<FareCalendarStrip from="BOS" to="SFO" date="2026-12-01" passengers={1} onPick={() => {}} />);

    await vi.waitFor(() => expect(api.requests()).toHaveLength(1));
    await vi.waitFor(() => expect(container.textContent).toBe(''));
  });
});
