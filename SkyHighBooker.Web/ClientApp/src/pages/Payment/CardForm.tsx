import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PaymentView } from '../../api';
import { TextField } from '../../components/TextField';
import { formatPrice } from '../../format';
import type { CardConfirmer, CardDetails, CardField, CardOutcome } from '../../payment/cardConfirmer';

interface CardFormProps {
  payment: PaymentView;
  confirmer: CardConfirmer;
  /** The hold ran out: nothing can be paid any more. */
  disabled: boolean;
  onPaid: () => void;
}

const emptyCard: CardDetails = { number: '', expiry: '', cvc: '', nameOnCard: '' };

/**
 * The card and the "Pay" button. With Stripe.js its card field is mounted here; otherwise the page asks for the
 * card itself. A declined card leaves the payment open, so the traveller can try again or use another card.
 */
export function CardForm({ payment, confirmer, disabled, onPaid }: CardFormProps) {
  const [card, setCard] = useState(emptyCard);
  const [paying, setPaying] = useState(false);
  const [refusal, setRefusal] = useState<Exclude<CardOutcome, { status: 'succeeded' }> | null>(null);
  const stripeField = useRef<HTMLDivElement>(null);
  const { mountCardField } = confirmer;

  useEffect(() => {
    if (!mountCardField || !stripeField.current) return;
    return mountCardField(stripeField.current);
  }, [mountCardField]);

  async function pay(event: FormEvent) {
    event.preventDefault();
    setPaying(true);
    setRefusal(null);
    const outcome = await confirmer.confirm(card);
    if (outcome.status === 'succeeded') {
      onPaid();
      return;
    }
    setRefusal(outcome);
    setPaying(false);
  }

  const fieldErrors = (field: CardField) =>
    refusal?.status === 'declined' && refusal.field === field ? [refusal.message] : undefined;
  const update = (field: CardField) => (value: string) => setCard((current) => ({ ...current, [field]: value }));

  return (
    <form className="card-form" onSubmit={pay} noValidate aria-label="Card payment">
      {mountCardField ? (
        <div className="field card-form__wide">
          <span className="field__label" id="card-details-label">
            Card details
          </span>
          <div ref={stripeField} className="card-form__stripe-field" aria-labelledby="card-details-label" />
        </div>
      ) : (
        <>
          <TextField
            id="card-number"
            label="Card number"
            errors={fieldErrors('number')}
            fieldClassName="card-form__wide"
            inputMode="numeric"
            autoComplete="cc-number"
            placeholder="1234 1234 1234 1234"
            value={card.number}
            onChange={update('number')}
          />
          <TextField
            id="card-expiry"
            label="Expiry (MM/YY)"
            errors={fieldErrors('expiry')}
            inputMode="numeric"
            autoComplete="cc-exp"
            placeholder="MM/YY"
            value={card.expiry}
            onChange={update('expiry')}
          />
          <TextField
            id="card-cvc"
            label="CVC"
            errors={fieldErrors('cvc')}
            inputMode="numeric"
            autoComplete="cc-csc"
            value={card.cvc}
            onChange={update('cvc')}
          />
        </>
      )}
      <TextField
        id="card-name"
        label="Name on card"
        fieldClassName="card-form__wide"
        autoComplete="cc-name"
        value={card.nameOnCard}
        onChange={update('nameOnCard')}
      />

      {refusal && (
        <div className="alert alert--error card-form__wide" role="alert" data-testid="payment-declined">
          <p className="alert__title">{refusal.message}</p>
          <p>
            {refusal.status === 'declined'
              ? 'You have not been charged. Check the details or try another card.'
              : 'You have not been charged. Please try again.'}
          </p>
        </div>
      )}

      <div className="actions card-form__wide">
        <button type="submit" className="button button--primary" disabled={paying || disabled}>
          {paying ? 'Paying…' : `Pay ${formatPrice(payment.amount, payment.currency)}`}
        </button>
      </div>
    </form>
  );
}
