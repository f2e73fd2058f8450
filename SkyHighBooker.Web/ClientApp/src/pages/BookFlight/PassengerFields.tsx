import { TextField } from '../../components/TextField';
import type { PassengerMessages } from './passengerErrors';

export interface PassengerEntry {
  name: string;
  email: string;
}

interface PassengerFieldsProps {
  index: number;
  passenger: PassengerEntry;
  seat: string | null;
  messages: PassengerMessages;
  onChange: (passenger: PassengerEntry) => void;
}

/** One passenger's name and email, and the seat chosen for them on the map, with the Api's messages for each. */
export function PassengerFields({ index, passenger, seat, messages, onChange }: PassengerFieldsProps) {
  const number = index + 1;
  const idPrefix = `passenger-${number}`;
  const seatErrorId = `${idPrefix}-seat-error`;

  return (
    <fieldset className="passenger" data-testid={idPrefix}>
      <legend className="passenger__legend">Passenger {number}</legend>
      <TextField
        id={`${idPrefix}-name`}
        label={`Passenger ${number} full name`}
        errors={messages.name}
        autoComplete={index === 0 ? 'name' : 'off'}
        value={passenger.name}
        onChange={(name) => onChange({ ...passenger, name })}
      />
      <TextField
        id={`${idPrefix}-email`}
        type="email"
        label={`Passenger ${number} email`}
        errors={messages.email}
        autoComplete={index === 0 ? 'email' : 'off'}
        value={passenger.email}
        onChange={(email) => onChange({ ...passenger, email })}
      />
      <div className="passenger__seat">
        <span data-testid={`${idPrefix}-seat`}>
          Seat: <strong>{seat ?? 'not chosen yet'}</strong>
        </span>
        {messages.seat && (
          <ul className="field__errors" id={seatErrorId} data-testid={seatErrorId} role="alert">
            {messages.seat.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
      </div>
    </fieldset>
  );
}
