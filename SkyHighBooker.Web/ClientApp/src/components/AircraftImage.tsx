import { useState } from 'react';
import { aircraftImageUrl } from '../api';

/** The aircraft type's side view and cabin layout from the public assets; nothing at all when there is no image for it. */
export function AircraftImage({ aircraft }: { aircraft: string }) {
  const [missing, setMissing] = useState(false);
  if (missing) return null;
  return (
    <figure className="aircraft-image" data-testid="aircraft-image">
      <img src={aircraftImageUrl(aircraft)} alt={`${aircraft}: side view and cabin layout`} onError={() => setMissing(true)} />
    </figure>
  );
}
