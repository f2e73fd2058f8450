import type { FlightSummary, SeatMapView } from '../../api';
import { AirlineLogo } from '../../components/AirlineLogo';
import { formatAirportDate, formatAirportTime, formatDuration } from '../../format';
import { SeatMapPicker } from '../BookFlight/SeatMapPicker';
import type { SeatChoices } from '../BookFlight/seatSelection';
import type { LegMessages } from './tripMessages';

interface LegSeatsProps {
  index: number;
  legCount: number;
  flight: FlightSummary;
  seatMap: SeatMapView;
  choices: SeatChoices;
  choosing: number;
  messages: LegMessages;
  onChoosingChange: (passenger: number) => void;
  onSeatClick: (seat: string) => void;
}

/** One flight of the trip: when and where it flies, the Api's messages about it, and its seat map to choose each passenger's seat. */
export function LegSeats({ index, legCount, flight, seatMap, choices, choosing, messages, onChoosingChange, onSeatClick }: LegSeatsProps) {
  const headingId = `leg-${index + 1}-heading`;
  const seatMessages = messages.seats.flatMap((list, passenger) => list.map((message) => `Passenger ${passenger + 1}: ${message}`));
  const alerts = [...messages.flight, ...seatMessages];

  return (
    <section className="panel" aria-labelledby={headingId} data-testid={`leg-${index + 1}`}>
      <h2 id={headingId} className="panel__title flight-heading">
        <AirlineLogo flightNumber={flight.flightNumber} size={32} />
        Flight {index + 1} of {legCount}: {flight.flightNumber} {flight.from} → {flight.to}
      </h2>
      <p className="trip__detail">
        Departs {formatAirportDate(flight.departureTime)} {formatAirportTime(flight.departureTime)}, arrives{' '}
        {formatAirportTime(flight.arrivalTime)} · {formatDuration(flight.durationMinutes)} · {flight.aircraft}
      </p>
      {alerts.length > 0 && (
        <ul className="field__errors" role="alert" data-testid={`leg-${index + 1}-errors`}>
          {alerts.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      <p className="panel__muted">
        {seatMap.availableSeats} seats available on this {seatMap.aircraft}.
      </p>
      <SeatMapPicker
        seats={seatMap.seats}
        currency={flight.currency}
        choices={choices}
        choosing={choosing}
        onChoosingChange={onChoosingChange}
        onSeatClick={onSeatClick}
        choosingGroup={`choosing-passenger-leg-${index + 1}`}
      />
    </section>
  );
}
