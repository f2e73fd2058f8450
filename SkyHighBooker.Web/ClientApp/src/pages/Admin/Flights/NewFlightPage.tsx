import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { createFlight } from '../../../api/admin';
import { emptyFlightForm } from './flightForm';
import { FlightForm } from './FlightForm';
import { flightListLinkTo } from './flightListLink';

export function NewFlightPage() {
  const navigate = useNavigate();
  useEffect(() => {
    document.title = 'New flight · Admin · Sky High Booker';
  }, []);

  return (
    <section className="admin-page" aria-labelledby="new-flight-heading">
      <h1 id="new-flight-heading" className="admin-page__title">
        New flight
      </h1>
      <FlightForm
        initial={emptyFlightForm}
        mode="create"
        save={createFlight}
        onSaved={(flight) =>
          navigate(flightListLinkTo(flight), { state: { notice: `Flight ${flight.flightNumber} created.` } })
        }
      />
    </section>
  );
}
