import type { FlightSort } from '../../api';

/** Every sort the Api offers, in the order the list shows them; the type makes the compiler check them against its document. */
export const flightSortLabels: Record<FlightSort, string> = {
  price: 'Lowest price',
  departure: 'Earliest departure',
  duration: 'Shortest duration',
};

export function isFlightSort(value: string | undefined): value is FlightSort {
  return value !== undefined && Object.hasOwn(flightSortLabels, value);
}
