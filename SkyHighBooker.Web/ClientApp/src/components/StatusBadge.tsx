import type { BadgeTone } from '../booking/bookingStatus';

export function StatusBadge({ label, tone, testId }: { label: string; tone: BadgeTone; testId?: string }) {
  return (
    <span className={`badge badge--${tone}`} data-testid={testId}>
      {label}
    </span>
  );
}
