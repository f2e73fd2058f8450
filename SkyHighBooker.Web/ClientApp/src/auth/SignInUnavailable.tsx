import { Link } from 'react-router';

/** What the account pages show when the site has no Cognito app client configured, or could not read it. */
export function SignInUnavailable({ reason = 'not-configured' }: { reason?: 'not-configured' | 'config-failed' }) {
  return (
    <div className="empty-state" data-testid="signin-unavailable">
      <h1 className="empty-state__title">
        {reason === 'not-configured' ? 'Sign-in is not configured' : 'Sign-in is unavailable right now'}
      </h1>
      <p>
        {reason === 'not-configured'
          ? 'Accounts are not set up on this site yet. You can still search for flights.'
          : 'We could not load the sign-in settings. Please reload the page in a moment.'}
      </p>
      <p>
        <Link to="/">Search flights</Link>
      </p>
    </div>
  );
}
