import type { PaymentView } from '../../api';
import { paymentStatusLabel } from '../../booking/bookingStatus';
import { StatusBadge } from '../../components/StatusBadge';
import { formatPrice } from '../../format';
import type { ResourceState } from '../../hooks/useApiResource';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The booking's payments, refunds included. */
export function PaymentsPanel({ payments }: { payments: ResourceState<PaymentView[]> }) {
  return (
    <section className="panel" aria-labelledby="payments-heading">
      <h2 id="payments-heading" className="panel__title">
        Payments
      </h2>
      {payments.status === 'loading' && <p className="panel__muted">Loading payments…</p>}
      {payments.status === 'error' && <p className="panel__muted">Payments could not be loaded just now.</p>}
      {payments.status === 'success' && payments.value.length === 0 && (
        <p className="panel__muted" data-testid="payments-empty">
          No payments yet.
        </p>
      )}
      {payments.status === 'success' && payments.value.length > 0 && (
        <ul className="document-list" data-testid="payments">
          {payments.value.map((payment) => {
            const status = paymentStatusLabel(payment.status);
            return (
              <li key={payment.id} data-testid="payment">
                <strong>{formatPrice(payment.amount, payment.currency)}</strong>
                <span>by {payment.method}</span>
                <span className="panel__muted">{dateTime.format(new Date(payment.createdAt))}</span>
                <StatusBadge label={status.label} tone={status.tone} testId="payment-status" />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
