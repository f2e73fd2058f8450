import { useState } from 'react';
import type { FlightSummary } from '../../../api';
import { cancelFlight } from '../../../api/admin';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatAirportDate, formatAirportTime } from '../../../format';

interface CancelFlightDialogProps {
  flight: FlightSummary;
  onCancelled: (flight: FlightSummary) => void;
  onDismiss: () => void;
}

export function CancelFlightDialog({ flight, onCancelled, onDismiss }: CancelFlightDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await cancelFlight(flight.id);
      onCancelled(flight);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog
      title={`Cancel flight ${flight.flightNumber}?`}
      confirmLabel="Cancel flight"
      busyLabel="Cancelling…"
      dismissLabel="Keep flight"
      busy={busy}
      failure={error !== null && <ProblemAlert error={error} testId="cancel-flight-error" />}
      onConfirm={confirm}
      onDismiss={onDismiss}
    >
      <p>
        {flight.flightNumber} {flight.from} → {flight.to}, {formatAirportDate(flight.departureTime)} at{' '}
        {formatAirportTime(flight.departureTime)}.
      </p>
      <p>
        All of its bookings are cancelled and their payments refunded. The flight stays on record as cancelled and can no
        longer be changed or booked.
      </p>
    </ConfirmDialog>
  );
}
