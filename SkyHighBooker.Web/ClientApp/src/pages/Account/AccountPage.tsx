import { useEffect, useState } from 'react';
import { getMe, type UserProfile } from '../../api';
import { useAuth } from '../../auth/AuthContext';
import { displayName } from '../../auth/jwt';
import { ProblemAlert } from '../../components/ProblemAlert';
import { displayLocale } from '../../format/locale';
import { ProfilePictureUpload } from './ProfilePictureUpload';
import { ChangePassword } from './ChangePassword';
import { DeleteAccount } from './DeleteAccount';
import { TravelDocuments } from './TravelDocuments';
import { TwoStepVerification } from './TwoStepVerification';
import { useApiResource } from '../../hooks/useApiResource';
import '../../booking/booking.css';

const dateFormat = new Intl.DateTimeFormat(displayLocale, { dateStyle: 'long' });
const dateTimeFormat = new Intl.DateTimeFormat(displayLocale, { dateStyle: 'medium', timeStyle: 'short' });

function formatInstant(iso: string | null, format: Intl.DateTimeFormat): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : format.format(date);
}

/** /account (signed in only): the profile the Api keeps for the user (GET /api/me). */
export function AccountPage() {
  const { user } = useAuth();
  const { state: loaded, reload } = useApiResource(getMe, 'me');
  // The profile as a change on this page left it (two-step verification), until the next load.
  const [changed, setChanged] = useState<UserProfile | null>(null);
  const profile = loaded.status === 'success' && changed ? { ...loaded, value: changed } : loaded;
  const reloadProfile = () => {
    setChanged(null);
    reload();
  };

  useEffect(() => {
    document.title = 'My account · Sky High Booker';
  }, []);

  return (
    <div className="account-overview">
      <header className="account-overview__header">
        <h1 className="account-overview__title">My account</h1>
        {user && <p className="account-overview__greeting">Signed in as {displayName(user)}</p>}
      </header>

      {profile.status === 'loading' && (
        <div className="profile profile--loading" role="status" data-testid="account-loading">
          <span className="spinner" aria-hidden="true" /> Loading your profile…
        </div>
      )}
      {profile.status === 'error' && (
        <ProblemAlert error={profile.error} onRetry={reloadProfile} testId="account-error" />
      )}
      {profile.status === 'success' && (
        <>
          <ProfileDetails profile={profile.value} />
          <ProfilePictureUpload currentUrl={profile.value.profilePictureUrl} onUploaded={reloadProfile} />
          <TravelDocuments />
          <TwoStepVerification profile={profile.value} onChanged={setChanged} />
          <ChangePassword />
          <DeleteAccount />
        </>
      )}
    </div>
  );
}

function ProfileDetails({ profile }: { profile: UserProfile }) {
  const memberSince = formatInstant(profile.createdAt, dateFormat);
  const lastSignIn = formatInstant(profile.lastLoginAt, dateTimeFormat);

  return (
    <section className="profile" aria-labelledby="profile-heading" data-testid="account-profile">
      <div className="profile__heading">
        <h2 id="profile-heading" className="profile__name" data-testid="account-name">
          {profile.firstName} {profile.lastName}
        </h2>
        {profile.role === 'admin' && (
          <span className="badge badge--admin" data-testid="account-admin">
            Admin
          </span>
        )}
      </div>
      <dl className="profile__details">
        <div className="profile__item">
          <dt>Email</dt>
          <dd>
            <span data-testid="account-email">{profile.email}</span>{' '}
            {profile.emailVerified ? (
              <span className="badge badge--success">Verified</span>
            ) : (
              <span className="badge badge--warning">Not verified</span>
            )}
          </dd>
        </div>
        <div className="profile__item">
          <dt>Account type</dt>
          <dd data-testid="account-role">{profile.role === 'admin' ? 'Administrator' : 'Traveller'}</dd>
        </div>
        <div className="profile__item">
          <dt>Member since</dt>
          <dd>{memberSince ?? '—'}</dd>
        </div>
        <div className="profile__item">
          <dt>Last sign-in</dt>
          <dd>{lastSignIn ?? 'Not recorded yet'}</dd>
        </div>
        <div className="profile__item">
          <dt>Two-step verification</dt>
          <dd data-testid="account-mfa">{profile.mfaEnabled ? 'On' : 'Off'}</dd>
        </div>
      </dl>
    </section>
  );
}
