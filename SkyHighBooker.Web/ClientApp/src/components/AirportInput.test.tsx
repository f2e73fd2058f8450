import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Airport } from '../api';
import { AirportInput } from './AirportInput';

const airports: Airport[] = [
  { code: 'JFK', city: 'New York', name: 'John F. Kennedy International', country: 'United States', timeZone: 'America/New_York' },
  { code: 'EWR', city: 'Newark', name: 'Newark Liberty International', country: 'United States', timeZone: 'America/New_York' },
];

function Harness({ find }: { find: (text: string, limit: number, signal: AbortSignal) => Promise<Airport[]> }) {
  const [value, setValue] = useState('');
  return (
    <>
      <label htmlFor="from">From</label>
      <AirportInput
        id="from"
        name="from"
        value={value}
        onChange={setValue}
        findAirports={find}
        debounceMs={10}
        aria-invalid={undefined}
        aria-describedby={undefined}
      />
      <output data-testid="value">{value}</output>
    </>
  );
}

describe('AirportInput', () => {
  it('suggests airports for the typed text and picks one with the keyboard', async () => {
    const find = vi.fn().mockResolvedValue(airports);
    const user = userEvent.setup();
    render(<Harness find={find} />);

    const input = screen.getByRole('combobox', { name: 'From' });
    await user.type(input, 'new');

    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(2);
    expect(find).toHaveBeenLastCalledWith('new', 8, expect.any(AbortSignal));
    expect(input.getAttribute('aria-expanded')).toBe('true');

    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    await user.keyboard('{ArrowUp}{Enter}');

    expect(screen.getByTestId('value').textContent).toBe('JFK');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText('New York · John F. Kennedy International')).toBeTruthy();
  });

  it('picks an airport with the mouse', async () => {
    const user = userEvent.setup();
    render(<Harness find={vi.fn().mockResolvedValue(airports)} />);

    await user.type(screen.getByRole('combobox'), 'ne');
    await user.click(await screen.findByRole('option', { name: /EWR/ }));

    expect(screen.getByTestId('value').textContent).toBe('EWR');
  });

  it('closes the list on Escape and keeps the typed text', async () => {
    const user = userEvent.setup();
    render(<Harness find={vi.fn().mockResolvedValue(airports)} />);

    const input = screen.getByRole('combobox');
    await user.type(input, 'new');
    await screen.findAllByRole('option');
    await user.keyboard('{Escape}');

    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByTestId('value').textContent).toBe('new');
  });

  it('says when no airport matches', async () => {
    const user = userEvent.setup();
    render(<Harness find={vi.fn().mockResolvedValue([])} />);

    await user.type(screen.getByRole('combobox'), 'zzz');

    expect(await screen.findByText('No airports match “zzz”')).toBeTruthy();
  });

  it('asks once typing pauses, not on every key', async () => {
    const find = vi.fn().mockResolvedValue(airports);
    // The keys go in without yielding to timers (delay: null): with a pause between them, a starved CI machine could
    // take longer than the debounce between two keys, and the test would measure the machine, not the component.
    const user = userEvent.setup({ delay: null });
    render(<Harness find={find} />);

    await user.type(screen.getByRole('combobox'), 'london');

    await waitFor(() => expect(find).toHaveBeenCalled());
    expect(find).toHaveBeenCalledTimes(1);
    expect(find).toHaveBeenLastCalledWith('london', 8, expect.any(AbortSignal));
  });
});
