import { describe, expect, it } from 'vitest';
import { aircraftImageUrl, airlineLogoUrl, routeMapUrl } from './publicAssets';

describe('public asset URLs', () => {
  it('name the airline logo by the flight number’s IATA code', () => {
    expect(airlineLogoUrl('AA100')).toBe('/static/airline-logos/AA.svg');
    expect(airlineLogoUrl('6e123')).toBe('/static/airline-logos/6E.svg');
  });

  it('name the aircraft image by the type’s slug, as the Api stores it', () => {
    expect(aircraftImageUrl('Boeing 787-9')).toBe('/flights/aircraft-images/boeing-787-9.svg');
    expect(aircraftImageUrl('Airbus A350-1000')).toBe('/flights/aircraft-images/airbus-a350-1000.svg');
    expect(aircraftImageUrl('Boeing 737 MAX 8')).toBe('/flights/aircraft-images/boeing-737-max-8.svg');
  });

  it('name the route map by its two airports, in the direction flown', () => {
    expect(routeMapUrl('JFK', 'LHR')).toBe('/flights/route-maps/JFK-LHR.svg');
    expect(routeMapUrl('lhr ', 'jfk')).toBe('/flights/route-maps/LHR-JFK.svg');
  });
});
