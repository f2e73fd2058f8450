import type { FlightStatus } from '../../../api';
import type { BadgeTone } from '../../../booking/bookingStatus';

const flightStatuses: Record<FlightStatus, { label: string; tone: BadgeTone }> = {
  scheduled: { label: 'Scheduled', tone: 'success' },
  cancelled: { label: 'Cancelled', tone: 'warning' },
};

/** How a flight's status reads; an unknown one is shown as the Api spells it. */
export function flightStatusLabel(status: string): { label: string; tone: BadgeTone } {
  return flightStatuses[status as FlightStatus] ?? { label: status, tone: 'neutral' };
}

/** Only a scheduled flight can still be changed or cancelled. */
export const isChangeable = (flight: { status: string }) => flight.status === 'scheduled';
