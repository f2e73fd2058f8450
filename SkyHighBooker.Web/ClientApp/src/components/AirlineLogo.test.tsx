import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AircraftImage } from './AircraftImage';
import { AirlineLogo } from './AirlineLogo';

describe('AirlineLogo', () => {
  it('shows the airline’s mark from the public assets', () => {
    render(<AirlineLogo flightNumber="LH401" />);
    expect(screen.getByTestId('airline-logo').getAttribute('src')).toBe('/static/airline-logos/LH.svg');
  });

  it('falls back to the code in a badge when the airline has no mark', () => {
    render(<AirlineLogo flightNumber="ZZ9" />);
    fireEvent.error(screen.getByTestId('airline-logo'));
    const badge = screen.getByTestId('airline-logo');
    expect(badge.tagName).toBe('SPAN');
    expect(badge.textContent).toBe('ZZ');
  });
});

describe('AircraftImage', () => {
  it('shows the type’s side view, described for screen readers', () => {
    render(<AircraftImage aircraft="Airbus A321neo" />);
    const image = screen.getByRole('img', { name: 'Airbus A321neo: side view and cabin layout' });
    expect(image.getAttribute('src')).toBe('/flights/aircraft-images/airbus-a321neo.svg');
  });

  it('leaves no empty frame when the type has no image', () => {
    render(<AircraftImage aircraft="Concorde" />);
    fireEvent.error(screen.getByRole('img'));
    expect(screen.queryByTestId('aircraft-image')).toBeNull();
  });
});
