import { useState } from 'react';
import { airlineLogoUrl } from '../api';

/**
 * The airline's mark from the public assets; an airline without one (added by an admin) gets its code in a plain
 * badge instead. Decorative: the airline's name is always written beside it.
 */
export function AirlineLogo({ flightNumber, size = 32 }: { flightNumber: string; size?: number }) {
  const [missing, setMissing] = useState(false);
  const code = flightNumber.slice(0, 2).toUpperCase();
  if (missing) {
    return (
      <span className="airline-logo airline-logo--generic" style={{ width: size, height: size }} aria-hidden="true" data-testid="airline-logo">
        {code}
      </span>
    );
  }
  return (
    <img
      className="airline-logo"
      src={airlineLogoUrl(flightNumber)}
      alt=""
      width={size}
      height={size}
      onError={() => setMissing(true)}
      data-testid="airline-logo"
    />
  );
}
