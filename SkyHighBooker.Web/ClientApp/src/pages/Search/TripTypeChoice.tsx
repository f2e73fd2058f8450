import type { TripType } from './searchCriteria';

const choices: { value: TripType; label: string }[] = [
  { value: 'oneWay', label: 'One way' },
  { value: 'roundTrip', label: 'Round trip' },
];

/** One way or round trip, as a radio group (arrow keys move between the two). */
export function TripTypeChoice({ value, onChange }: { value: TripType; onChange: (trip: TripType) => void }) {
  return (
    <fieldset className="trip-type">
      <legend className="visually-hidden">Trip type</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="trip-type__option">
          <input
            type="radio"
            name="trip"
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
