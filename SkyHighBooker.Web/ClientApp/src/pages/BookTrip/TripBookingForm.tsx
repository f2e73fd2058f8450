import { useState, type FormEvent } from 'react';
import { ApiError, getSeatMap, type BookingView, type FlightSummary, type SeatMapView } from '../../api';
import { useAuth } from '../../auth/AuthContext';
import { useSeatHold } from '../../booking/useSeatHold';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatPrice } from '../../format';
import { PassengerFields, type PassengerEntry } from '../BookFlight/PassengerFields';
import { chooseSeat, keepAvailable, nextPassengerToChoose } from '../BookFlight/seatSelection';
import { LegSeats } from './LegSeats';
import { tripMessages } from './tripMessages';

export interface TripLeg {
  flight: FlightSummary;
  seatMap: SeatMapView;
}

interface TripBookingFormProps {
  legs: TripLeg[];
  passengerCount: number;
  onBooked: (booking: BookingView) => void;
}

/**
 * Passengers once, and each passenger's seat on every flight: the trip is one booking, its seats held together or not
 * at all. The total shown adds the chosen seats' fares from each flight's map; the Api works out the amount to pay.
 * When a seat went to someone else every flight's map is read again.
 */
export function TripBookingForm({ legs, passengerCount, onBooked }: TripBookingFormProps) {
  const { user } = useAuth();
  const [seatMaps, setSeatMaps] = useState(() => legs.map((leg) => leg.seatMap));
  const [passengers, setPassengers] = useState<PassengerEntry[]>(() =>
    Array.from({ length: passengerCount }, (_, i) => ({ name: '', email: i === 0 ? (user?.email ?? '') : '' })),
  );
  const [choices, setChoices] = useState<(string | null)[][]>(() => legs.map(() => Array.from({ length: passengerCount }, () => null)));
  const [choosing, setChoosing] = useState<number[]>(() => legs.map(() => 0));
  const { submitting, error, hold } = useSeatHold(onBooked, reloadSeats);

  const problem = error instanceof ApiError ? error.problem : null;
  const messages = tripMessages(problem, legs.length, passengerCount);
  const hasFieldMessages =
    messages.passengers.some((m) => Object.keys(m).length > 0) ||
    messages.legs.some((leg) => leg.flight.length > 0 || leg.seats.some((s) => s.length > 0));
  const chosenFares = seatMaps.flatMap((map, k) => {
    const fares = new Map(map.seats.map((s) => [s.number, s.fare]));
    return choices[k]!.flatMap((seat) => (seat && fares.has(seat) ? [fares.get(seat)!] : []));
  });
  const total = chosenFares.reduce((sum, fare) => sum + fare, 0);
  const seatCount = legs.length * passengerCount;
  const currency = legs[0]!.flight.currency;

  function onSeatClick(leg: number, seat: string) {
    const next = chooseSeat(choices[leg]!, choosing[leg]!, seat);
    setChoices((all) => all.map((c, k) => (k === leg ? next : c)));
    if (next[choosing[leg]!] !== null) setChoosing((all) => all.map((c, k) => (k === leg ? nextPassengerToChoose(next, c) : c)));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    await hold({
      passengers: passengers.map((p) => ({ name: p.name.trim(), email: p.email.trim() })),
      segments: legs.map((leg, k) => ({ flightId: leg.flight.id, seats: choices[k]!.map((seat) => seat ?? '') })),
    });
  }

  async function reloadSeats() {
    try {
      const fresh = await Promise.all(legs.map((leg) => getSeatMap(leg.flight.id)));
      setSeatMaps(fresh);
      setChoices((current) => current.map((legChoices, k) => keepAvailable(legChoices, fresh[k]!.seats)));
    } catch {
      // The maps stay as they were; the message already says to choose another seat.
    }
  }

  return (
    <form className="journey__form" onSubmit={submit} noValidate aria-label="Passengers and seats on every flight">
      <section className="panel" aria-labelledby="passengers-heading">
        <h2 id="passengers-heading" className="panel__title">
          {passengerCount === 1 ? 'Passenger' : `Passengers (${passengerCount})`}
        </h2>
        {passengers.map((passenger, index) => {
          const seats = choices.map((legChoices) => legChoices[index] ?? null);
          return (
            <PassengerFields
              key={index}
              index={index}
              passenger={passenger}
              seat={seats.every((s) => s === null) ? null : seats.map((s) => s ?? '–').join(' · ')}
              messages={messages.passengers[index] ?? {}}
              onChange={(changed) => setPassengers((all) => all.map((p, i) => (i === index ? changed : p)))}
            />
          );
        })}
      </section>

      {legs.map((leg, k) => (
        <LegSeats
          key={leg.flight.id}
          index={k}
          legCount={legs.length}
          flight={leg.flight}
          seatMap={seatMaps[k]!}
          choices={choices[k]!}
          choosing={choosing[k]!}
          messages={messages.legs[k]!}
          onChoosingChange={(passenger) => setChoosing((all) => all.map((c, i) => (i === k ? passenger : c)))}
          onSeatClick={(seat) => onSeatClick(k, seat)}
        />
      ))}

      <section className="panel" aria-labelledby="total-heading">
        <div className="total">
          <h2 id="total-heading" className="panel__title">
            Total for {chosenFares.length} of {seatCount} seats
          </h2>
          <span className="total__amount" data-testid="seat-total">
            {formatPrice(total, currency)}
          </span>
        </div>
        <p className="panel__muted">One booking and one payment for every flight; the amount is confirmed when your seats are held.</p>
        {error !== null && (
          <ProblemAlert error={error} unmatchedMessages={messages.general} hasFieldMessages={hasFieldMessages} testId="booking-error" />
        )}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={submitting}>
            {submitting ? 'Holding your seats…' : 'Continue to payment'}
          </button>
        </div>
      </section>
    </form>
  );
}
