import { useMemo } from 'react';
import type { SeatView } from '../../api';
import { formatPrice } from '../../format';
import { buildSeatGrid, cabinName } from './seatGrid';
import { passengerWithSeat, type SeatChoices } from './seatSelection';

interface SeatMapPickerProps {
  seats: readonly SeatView[];
  currency: string;
  choices: SeatChoices;
  /** The passenger whose seat a click chooses. */
  choosing: number;
  onChoosingChange: (passenger: number) => void;
  onSeatClick: (seat: string) => void;
  /** Names the "choosing a seat for" radio group; several pickers on one page (one per flight) need their own. */
  choosingGroup?: string;
}

/** Which passenger is choosing, the legend, and the cabins' seats as buttons, row by row with aisle gaps. */
export function SeatMapPicker({
  seats,
  currency,
  choices,
  choosing,
  onChoosingChange,
  onSeatClick,
  choosingGroup = 'choosing-passenger',
}: SeatMapPickerProps) {
  const cabins = useMemo(() => buildSeatGrid(seats), [seats]);

  return (
    <div className="seat-picker">
      {choices.length > 1 && (
        <fieldset className="seat-chooser">
          <legend className="seat-chooser__legend">Choosing a seat for</legend>
          {choices.map((seat, index) => (
            <label key={index} className="seat-chooser__option">
              <input
                type="radio"
                name={choosingGroup}
                checked={choosing === index}
                onChange={() => onChoosingChange(index)}
              />
              Passenger {index + 1}
              <span className="panel__muted">{seat ? `seat ${seat}` : 'no seat yet'}</span>
            </label>
          ))}
        </fieldset>
      )}

      <ul className="seat-legend" aria-label="Seat key">
        <li>
          <span className="seat" aria-hidden="true" /> Available
        </li>
        <li>
          <span className="seat seat--chosen" aria-hidden="true" /> Your choice
        </li>
        <li>
          <span className="seat seat--taken seat--held" aria-hidden="true" /> Held
        </li>
        <li>
          <span className="seat seat--taken" aria-hidden="true" /> Booked
        </li>
      </ul>

      <div className="seat-map" data-testid="seat-map">
        {cabins.map((cabin) => (
          <section key={cabin.cabin} className="cabin" aria-label={`${cabinName(cabin.cabin)} cabin`}>
            <h3 className="cabin__title">{cabinName(cabin.cabin)}</h3>
            {cabin.rows.map((row) => (
              <div key={row.row} className="cabin__row">
                <span className="cabin__row-number" aria-hidden="true">
                  {row.row}
                </span>
                {row.seats.map((seat, index) =>
                  cabin.columns[index]?.kind === 'aisle' ? (
                    <span key={`aisle-${index}`} className="cabin__aisle" aria-hidden="true" />
                  ) : seat ? (
                    <SeatButton
                      key={seat.number}
                      seat={seat}
                      currency={currency}
                      holder={passengerWithSeat(choices, seat.number)}
                      choosing={choosing}
                      onClick={() => onSeatClick(seat.number)}
                    />
                  ) : (
                    <span key={`empty-${index}`} className="seat seat--empty" aria-hidden="true" />
                  ),
                )}
              </div>
            ))}
          </section>
        ))}
      </div>
    </div>
  );
}

interface SeatButtonProps {
  seat: SeatView;
  currency: string;
  /** Index of the passenger who chose this seat, or -1. */
  holder: number;
  choosing: number;
  onClick: () => void;
}

function SeatButton({ seat, currency, holder, choosing, onClick }: SeatButtonProps) {
  const available = seat.state === 'available';
  const cabin = cabinName(seat.cabin).toLowerCase();
  const name = available
    ? `Seat ${seat.number}, ${cabin}, ${formatPrice(seat.fare, currency)}`
    : `Seat ${seat.number}, ${cabin}, ${seat.state === 'held' ? 'held' : 'booked'}`;
  const stateClass = !available
    ? `seat--taken${seat.state === 'held' ? ' seat--held' : ''}`
    : holder === choosing
      ? 'seat--chosen'
      : holder >= 0
        ? 'seat--chosen-by-other'
        : '';

  return (
    <button
      type="button"
      className={`seat ${stateClass}`}
      aria-label={name}
      aria-pressed={available ? holder >= 0 : undefined}
      title={holder >= 0 ? `${name}, passenger ${holder + 1}` : name}
      disabled={!available}
      onClick={onClick}
      data-seat={seat.number}
    >
      {holder >= 0 ? `P${holder + 1}` : seat.letter}
    </button>
  );
}
