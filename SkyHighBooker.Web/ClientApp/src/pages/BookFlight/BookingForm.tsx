import { useState, type FormEvent } from 'react';
import { ApiError, getSeatMap, type BookingView, type FlightSummary, type SeatMapView } from '../../api';
import { useAuth } from '../../auth/AuthContext';
import { useSeatHold } from '../../booking/useSeatHold';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatPrice } from '../../format';
import { PassengerFields, type PassengerEntry } from './PassengerFields';
import { bookingMessages } from './passengerErrors';
import { SeatMapPicker } from './SeatMapPicker';
import { chooseSeat, keepAvailable, nextPassengerToChoose } from './seatSelection';

interface BookingFormProps {
  flight: FlightSummary;
  initialSeatMap: SeatMapView;
  passengerCount: number;
  onBooked: (booking: BookingView) => void;
}

/**
 * Passengers and their seats. The total shown is the sum of the chosen seats' fares from the seat map; the Api
 * works out the amount to pay when it holds the seats. When a seat went to someone else the map is read again.
 */
export function BookingForm({ flight, initialSeatMap, passengerCount, onBooked }: BookingFormProps) {
  const { user } = useAuth();
  const [seatMap, setSeatMap] = useState(initialSeatMap);
  const [passengers, setPassengers] = useState<PassengerEntry[]>(() =>
    Array.from({ length: passengerCount }, (_, i) => ({ name: '', email: i === 0 ? (user?.email ?? '') : '' })),
  );
  const [choices, setChoices] = useState<(string | null)[]>(() => Array.from({ length: passengerCount }, () => null));
  const [choosing, setChoosing] = useState(0);
  const { submitting, error, hold } = useSeatHold(onBooked, reloadSeats);

  const problem = error instanceof ApiError ? error.problem : null;
  const messages = bookingMessages(problem, passengerCount);
  const hasFieldMessages = messages.passengers.some((m) => Object.keys(m).length > 0);
  const fares = new Map(seatMap.seats.map((s) => [s.number, s.fare]));
  const chosenFares = choices.flatMap((seat) => (seat && fares.has(seat) ? [fares.get(seat)!] : []));
  const total = chosenFares.reduce((sum, fare) => sum + fare, 0);

  function onSeatClick(seat: string) {
    const next = chooseSeat(choices, choosing, seat);
    setChoices(next);
    if (next[choosing] !== null) setChoosing(nextPassengerToChoose(next, choosing));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    await hold({
      flightId: flight.id,
      passengers: passengers.map((p, i) => ({ name: p.name.trim(), email: p.email.trim(), seat: choices[i] ?? '' })),
    });
  }

  async function reloadSeats() {
    try {
      const fresh = await getSeatMap(flight.id);
      setSeatMap(fresh);
      setChoices((current) => keepAvailable(current, fresh.seats));
    } catch {
      // The map stays as it was; the message already says to choose another seat.
    }
  }

  return (
    <form className="journey__form" onSubmit={submit} noValidate aria-label="Passengers and seats">
      <section className="panel" aria-labelledby="passengers-heading">
        <h2 id="passengers-heading" className="panel__title">
          {passengerCount === 1 ? 'Passenger' : `Passengers (${passengerCount})`}
        </h2>
        {passengers.map((passenger, index) => (
          <PassengerFields
            key={index}
            index={index}
            passenger={passenger}
            seat={choices[index] ?? null}
            messages={messages.passengers[index] ?? {}}
            onChange={(changed) => setPassengers((all) => all.map((p, i) => (i === index ? changed : p)))}
          />
        ))}
      </section>

      <section className="panel" aria-labelledby="seats-heading">
        <h2 id="seats-heading" className="panel__title">
          Choose {passengerCount === 1 ? 'a seat' : 'seats'}
        </h2>
        <p className="panel__muted">
          {seatMap.availableSeats} seats available on this {seatMap.aircraft}.
        </p>
        <SeatMapPicker
          seats={seatMap.seats}
          currency={flight.currency}
          choices={choices}
          choosing={choosing}
          onChoosingChange={setChoosing}
          onSeatClick={onSeatClick}
        />
      </section>

      <section className="panel" aria-labelledby="total-heading">
        <div className="total">
          <h2 id="total-heading" className="panel__title">
            Total for {chosenFares.length} of {passengerCount} {passengerCount === 1 ? 'seat' : 'seats'}
          </h2>
          <span className="total__amount" data-testid="seat-total">
            {formatPrice(total, flight.currency)}
          </span>
        </div>
        <p className="panel__muted">The amount to pay is confirmed when your seats are held.</p>
        {error !== null && (
          <ProblemAlert
            error={error}
            unmatchedMessages={messages.general}
            hasFieldMessages={hasFieldMessages}
            testId="booking-error"
          />
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
