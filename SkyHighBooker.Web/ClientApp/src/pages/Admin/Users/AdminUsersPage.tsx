import { useEffect, useState } from 'react';
import { exportUsersCsv, listUsers } from '../../../api/admin';
import type { AdminUserView } from '../../../api/adminTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useApiResource } from '../../../hooks/useApiResource';
import { formatInstant } from '../formatInstant';
import { AdminTable } from '../AdminTable';

/** /admin/users: the user pool's users with role, verification and MFA, a page at a time, and the CSV export. */
export function AdminUsersPage() {
  // The tokens of the pages before this one, so "Previous" can go back (Cognito's tokens only go forward).
  const [tokens, setTokens] = useState<(string | null)[]>([null]);
  const token = tokens.at(-1) ?? null;
  const { state, reload } = useApiResource((signal) => listUsers(token, signal), `users:${token ?? ''}`);

  useEffect(() => {
    document.title = 'Users · Admin · Sky High Booker';
  }, []);

  return (
    <section className="admin-page" aria-labelledby="admin-users-heading">
      <div className="admin-page__header">
        <h1 id="admin-users-heading" className="admin-page__title">
          Users
        </h1>
        <ExportUsersButton />
      </div>
      {state.status === 'loading' && (
        <p className="admin-page__loading" role="status">
          <span className="spinner" aria-hidden="true" /> Loading users…
        </p>
      )}
      {state.status === 'error' && <ProblemAlert error={state.error} onRetry={reload} testId="admin-users-error" />}
      {state.status === 'success' && (
        <>
          <AdminTable label="Users" columns={['Email', 'Name', 'Role', 'Email verified', 'Two-step verification', 'Status', 'Created']}>
            {state.value.items.map((user) => (
              <UserRow key={user.id} user={user} />
            ))}
          </AdminTable>
          <div className="actions">
            <button
              type="button"
              className="button button--secondary"
              disabled={tokens.length === 1}
              onClick={() => setTokens((previous) => previous.slice(0, -1))}
            >
              Previous page
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={!state.value.nextPageToken}
              onClick={() => setTokens((previous) => [...previous, state.value.nextPageToken ?? null])}
            >
              Next page
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function UserRow({ user }: { user: AdminUserView }) {
  return (
    <tr data-testid="admin-users-row">
      <th scope="row">{user.email ?? user.id}</th>
      <td>{[user.firstName, user.lastName].filter(Boolean).join(' ') || '—'}</td>
      <td>{user.role === 'admin' ? 'Administrator' : 'Traveller'}</td>
      <td>{user.emailVerified ? 'Yes' : 'No'}</td>
      <td>{user.mfaEnabled ? 'On' : 'Off'}</td>
      <td>{user.enabled ? (user.status ?? '—') : 'Disabled'}</td>
      <td>{user.createdAt ? formatInstant(user.createdAt) : '—'}</td>
    </tr>
  );
}

/** Downloads every user as Cognito's import CSV: fetched with the admin's token, then saved from memory. */
function ExportUsersButton() {
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function download() {
    setExporting(true);
    setError(null);
    try {
      const csv = await exportUsersCsv();
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = 'sky-high-booker-users.csv';
      link.click();
      URL.revokeObjectURL(url);
    } catch (failure) {
      setError(failure);
    } finally {
      setExporting(false);
    }
  }

  return (
    <div>
      <button type="button" className="button button--primary" onClick={download} disabled={exporting}>
        {exporting ? 'Exporting…' : 'Export users (CSV)'}
      </button>
      {error !== null && <ProblemAlert error={error} testId="admin-users-export-error" />}
    </div>
  );
}
