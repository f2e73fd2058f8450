import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { eraseMyAccount } from '../../api';
import { useAuth } from '../../auth/AuthContext';
import { IdempotentAttempt } from '../../booking/idempotentAttempt';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextField } from '../../components/TextField';

/** What the user types to show they mean it. */
export const deleteConfirmation = 'DELETE';

/**
 * Deletes the account after a confirmation (typing DELETE, then a last question). The Api does all of it, the sign-in
 * last; a failed try is retried with the same Idempotency-Key, so nothing is done twice.
 */
export function DeleteAccount() {
  const auth = useAuth();
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  const [asking, setAsking] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const attempt = useRef(new IdempotentAttempt());
  const confirmed = typed.trim() === deleteConfirmation;

  async function erase() {
    setDeleting(true);
    setError(null);
    try {
      await attempt.current.run(null, (key) => eraseMyAccount(key));
      // The sign-in is gone at Cognito already; this only forgets the session here.
      await auth.signOut();
      navigate('/signin', { replace: true, state: { notice: 'Your account is deleted.' } });
    } catch (failure) {
      setError(failure);
      setDeleting(false);
    }
  }

  return (
    <section className="profile profile--danger" aria-labelledby="delete-heading" data-testid="delete-account">
      <h2 id="delete-heading" className="profile__name">
        Delete my account
      </h2>
      <p>
        Your bookings for flights that have not departed are cancelled and refunded in full. Past bookings stay on the
        airline's records without your name or email. Your profile picture and documents are deleted, and you can no
        longer sign in. This cannot be undone.
      </p>
      <div className="account-form">
        <TextField
          id="delete-confirmation"
          label={`Type ${deleteConfirmation} to confirm`}
          value={typed}
          onChange={setTyped}
          autoComplete="off"
          spellCheck={false}
        />
        <div className="actions">
          <button type="button" className="button button--danger" disabled={!confirmed} onClick={() => setAsking(true)}>
            Delete my account
          </button>
        </div>
      </div>
      {asking && (
        <ConfirmDialog
          title="Delete your account?"
          confirmLabel="Yes, delete my account"
          dismissLabel="Keep my account"
          busy={deleting}
          busyLabel="Deleting…"
          failure={error !== null ? <ProblemAlert error={error} testId="delete-account-error" /> : undefined}
          onConfirm={erase}
          onDismiss={() => {
            setAsking(false);
            setError(null);
          }}
        >
          <p>Future bookings are cancelled and refunded, and your sign-in is deleted. This cannot be undone.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
