import { useEffect } from 'react';
import { ApiError, messagesByField } from '../../../api';
import { listFailedEmails } from '../../../api/admin';
import { FilterForm } from '../../../components/FilterForm';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { useApiResource } from '../../../hooks/useApiResource';
import { AdminResults } from '../AdminResults';
import { formatInstant } from '../formatInstant';
import { useUrlFilters } from '../useUrlFilters';
import { emailFilterKeys, emailKindLabels, emailQueryOf, emailTroubleLabels } from './emailFilters';
import { AdminTable } from '../AdminTable';

const emailNoun = { one: 'email', many: 'emails' };

const textFilters = [
  { key: 'bookingId', label: 'Booking ID' },
  { key: 'userId', label: 'User ID' },
] as const;

/**
 * Emails to travellers the mail server refused for good, and emails still not sent after several tries (the Worker
 * keeps trying those), oldest first; the filters live in the URL.
 */
export function FailedEmailsPage() {
  const filters = useUrlFilters(emailFilterKeys);
  const { state, reload } = useApiResource((signal) => listFailedEmails(emailQueryOf(filters.committed), signal), filters.query);

  useEffect(() => {
    document.title = 'Failed emails · Admin · Sky High Booker';
  }, []);

  const problem = state.status === 'error' && state.error instanceof ApiError ? state.error.problem : null;
  const { byField, unmatched } = messagesByField(problem, emailFilterKeys);
  const { draft, change } = filters;

  return (
    <section className="admin-page" aria-labelledby="failed-emails-heading">
      <div className="admin-page__header">
        <h1 id="failed-emails-heading" className="admin-page__title">
          Failed emails
        </h1>
        <button type="button" className="button button--secondary" onClick={reload} disabled={state.status === 'loading'}>
          Refresh
        </button>
      </div>
      <FilterForm className="admin-filters" aria-label="Find emails" applyLabel="Find emails" onApply={filters.apply} onClear={filters.clear}>
        <SelectField id="state" name="state" label="State" errors={byField.state} value={draft.state} onChange={(value) => change({ state: value })}>
          <option value="">Failed or stuck</option>
          {Object.entries(emailTroubleLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField id="kind" name="kind" label="Email" errors={byField.kind} value={draft.kind} onChange={(value) => change({ kind: value })}>
          <option value="">Any email</option>
          {Object.entries(emailKindLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        {textFilters.map(({ key, label }) => (
          <TextField
            key={key}
            id={key}
            name={key}
            label={label}
            errors={byField[key]}
            autoComplete="off"
            value={draft[key]}
            onChange={(value) => change({ [key]: value })}
          />
        ))}
      </FilterForm>

      <AdminResults
        state={state}
        noun={emailNoun}
        testId="failed-emails"
        pagesLabel="Email pages"
        unmatchedMessages={unmatched}
        hasFieldMessages={Object.keys(byField).length > 0}
        onRetry={reload}
        onPageChange={filters.goToPage}
      >
        {(emails) => (
          <AdminTable label="Failed emails" columns={['Email', 'State', 'Booking', 'To', 'Attempts', 'Last error', 'Next try']}>
            {emails.map((email) => (
              <tr key={email.id} data-testid="failed-emails-row">
                <th scope="row">{emailKindLabels[email.kind] ?? email.kind}</th>
                <td>{emailTroubleLabels[email.state] ?? email.state}</td>
                <td className="admin-table__id" title={email.bookingId}>
                  {email.bookingReference}
                </td>
                <td>{email.recipient}</td>
                <td>{email.attempts}</td>
                <td className="admin-table__error">{email.lastError ?? '—'}</td>
                <td>{email.nextAttemptAt ? formatInstant(email.nextAttemptAt) : 'Not tried again'}</td>
              </tr>
            ))}
          </AdminTable>
        )}
      </AdminResults>
    </section>
  );
}
