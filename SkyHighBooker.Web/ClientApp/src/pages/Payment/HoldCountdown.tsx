import { formatCountdown } from '../../booking/holdCountdown';

/** Time left on the seat hold; turns red in the last two minutes. */
export function HoldCountdown({ seconds }: { seconds: number }) {
  return (
    <p data-testid="hold-countdown">
      Your seats are held for{' '}
      <span className={`hold${seconds < 120 ? ' hold--ending' : ''}`} role="timer" aria-live="off">
        {formatCountdown(seconds)}
      </span>{' '}
      more.
    </p>
  );
}
