import { useState } from 'react';
import { routeMapUrl } from '../api';

/**
 * The route's great-circle arc over the coastlines, drawn once per route by the Worker into the public assets. Nothing
 * at all until there is one (a route an admin has just opened gets its map within a minute).
 */
export function RouteMap({ from, to }: { from: string; to: string }) {
  const [missing, setMissing] = useState(false);
  if (missing) return null;
  return (
    <figure className="route-map" data-testid="route-map">
      <img
        src={routeMapUrl(from, to)}
        alt={`Route map: ${from} to ${to} along the great circle`}
        width={640}
        height={320}
        onError={() => setMissing(true)}
      />
    </figure>
  );
}
