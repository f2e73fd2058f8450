import { QRCodeSVG } from 'qrcode.react';
import { useState } from 'react';
import { refreshMe, type UserProfile } from '../../api';
import { AccountForm } from '../../auth/AccountCard';
import { CodeField, SubmitButton } from '../../auth/AccountFields';
import { fieldErrorsOf, formErrorOf, useAccountAction } from '../../auth/useAccountAction';
import { useRequiredFields } from '../../auth/useRequiredFields';
import { authenticatorUri, groupedSecret } from './authenticatorUri';
import { useSignedInAccount } from './useSignedInAccount';

interface TwoStepVerificationProps {
  profile: UserProfile;
  /** The profile as the Api read it from Cognito after the change. */
  onChanged: (profile: UserProfile) => void;
}

type Step = { name: 'idle' } | { name: 'setUp'; secret: string } | { name: 'turnOff' };

const enterCode = 'Enter the 6-digit code from your authenticator app.';

/** Turns TOTP two-step verification on (secret as QR code and text, then a first code) or off (a current code). */
export function TwoStepVerification({ profile, onChanged }: TwoStepVerificationProps) {
  const [step, setStep] = useState<Step>({ name: 'idle' });
  const withToken = useSignedInAccount();
  const start = useAccountAction('setUpMfa');

  async function beginSetUp() {
    const outcome = await start.run(() => withToken((accounts, token) => accounts.associateSoftwareToken(token)));
    if (outcome.ok) setStep({ name: 'setUp', secret: outcome.value.secret });
  }

  async function finish(change: () => Promise<void>) {
    await change();
    onChanged(await refreshMe());
    setStep({ name: 'idle' });
  }

  return (
    <section className="profile" aria-labelledby="mfa-heading" data-testid="mfa-settings">
      <div className="profile__heading">
        <h2 id="mfa-heading" className="profile__name">
          Two-step verification
        </h2>
        <span className={`badge ${profile.mfaEnabled ? 'badge--success' : 'badge--warning'}`} data-testid="mfa-state">
          {profile.mfaEnabled ? 'On' : 'Off'}
        </span>
      </div>

      {step.name === 'idle' && (
        <>
          <p>
            {profile.mfaEnabled
              ? 'Signing in asks for a code from your authenticator app as well as your password.'
              : 'Ask for a code from an authenticator app (such as Google Authenticator or 1Password) as well as your password when you sign in.'}
          </p>
          {start.failure && (
            <div className="alert alert--error" role="alert" data-testid="mfa-error">
              {start.failure.message}
            </div>
          )}
          <div className="actions">
            {profile.mfaEnabled ? (
              <button type="button" className="button button--secondary" onClick={() => setStep({ name: 'turnOff' })}>
                Turn off two-step verification
              </button>
            ) : (
              <button type="button" className="button button--primary" onClick={beginSetUp} disabled={start.pending}>
                {start.pending ? 'Preparing…' : 'Set up two-step verification'}
              </button>
            )}
          </div>
        </>
      )}

      {step.name === 'setUp' && (
        <SetUpAuthenticator
          secret={step.secret}
          email={profile.email ?? ''}
          onCancel={() => setStep({ name: 'idle' })}
          onCode={(code) =>
            finish(() =>
              withToken(async (accounts, token) => {
                await accounts.verifySoftwareToken(token, code);
                await accounts.setSoftwareTokenMfa(token, true);
              }),
            )
          }
        />
      )}

      {step.name === 'turnOff' && (
        <CodeForm
          operation="turnOffMfa"
          testId="mfa-off-form"
          label="Turn off two-step verification"
          intro="Enter the code your authenticator app shows now, to confirm it is you."
          submitLabel="Turn off"
          pendingLabel="Turning off…"
          onCancel={() => setStep({ name: 'idle' })}
          onCode={(code) =>
            finish(() =>
              withToken(async (accounts, token) => {
                // Cognito has no call that only checks a code. VerifySoftwareToken against the secret already in use
                // checks it and changes nothing else (the same secret stays verified), so a wrong or stale code stops
                // here with CodeMismatchException, before SetUserMFAPreference turns MFA off.
                await accounts.verifySoftwareToken(token, code);
                await accounts.setSoftwareTokenMfa(token, false);
              }),
            )
          }
        />
      )}
    </section>
  );
}

function SetUpAuthenticator({
  secret,
  email,
  onCancel,
  onCode,
}: {
  secret: string;
  email: string;
  onCancel: () => void;
  onCode: (code: string) => Promise<void>;
}) {
  return (
    <div className="mfa-setup" data-testid="mfa-setup">
      <ol className="mfa-setup__steps">
        <li>Scan this QR code with your authenticator app, or type in the key below.</li>
        <li>Enter the 6-digit code the app then shows.</li>
      </ol>
      <div className="mfa-setup__key">
        <QRCodeSVG
          value={authenticatorUri(secret, email)}
          size={176}
          marginSize={2}
          title="QR code for your authenticator app"
          data-testid="mfa-qr"
        />
        <p>
          Key: <code className="mfa-setup__secret" data-testid="mfa-secret" data-secret={secret}>{groupedSecret(secret)}</code>
        </p>
      </div>
      <CodeForm
        operation="setUpMfa"
        testId="mfa-setup-form"
        label="Confirm your authenticator app"
        submitLabel="Turn on"
        pendingLabel="Turning on…"
        onCancel={onCancel}
        onCode={onCode}
      />
    </div>
  );
}

interface CodeFormProps {
  operation: 'setUpMfa' | 'turnOffMfa';
  testId: string;
  label: string;
  intro?: string;
  submitLabel: string;
  pendingLabel: string;
  onCancel: () => void;
  onCode: (code: string) => Promise<void>;
}

function CodeForm({ operation, testId, label, intro, submitLabel, pendingLabel, onCancel, onCode }: CodeFormProps) {
  const [code, setCode] = useState('');
  const form = useRequiredFields();
  const action = useAccountAction(operation);

  async function submit() {
    if (!form.filledIn({ code }, { code: enterCode })) {
      action.reset();
      return;
    }
    const outcome = await action.run(() => onCode(code.replace(/\s/g, '')));
    if (!outcome.ok) form.failed();
  }

  const errors = fieldErrorsOf(form.blank, action.failure);
  return (
    <AccountForm
      label={label}
      testId={testId}
      formError={formErrorOf(form.blank, action.failure, ['code'])}
      attempt={form.attempt}
      onSubmit={submit}
    >
      {intro && <p>{intro}</p>}
      <CodeField id={`${testId}-code`} value={code} onChange={setCode} errors={errors.code} label="Authenticator code" />
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={action.pending}>
          Cancel
        </button>
        <SubmitButton pending={action.pending} pendingLabel={pendingLabel}>
          {submitLabel}
        </SubmitButton>
      </div>
    </AccountForm>
  );
}
