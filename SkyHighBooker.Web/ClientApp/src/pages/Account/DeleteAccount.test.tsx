import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ada, fakeAuth, renderWithAuth } from '../../test/auth';
import { fakeApi, inTurn, on } from '../../test/fakeApi';
import { DeleteAccount } from './DeleteAccount';

const erased = { cancelledBookings: 1, refundedAmount: 240, anonymisedBookings: 2 };

afterEach(() => vi.unstubAllGlobals());

function renderDelete() {
  const auth = fakeAuth({ status: 'signedIn', user: ada });
  renderWithAuth(<DeleteAccount />, { url: '/account', path: '/account', auth });
  return { auth, user: userEvent.setup() };
}

describe('DeleteAccount', () => {
  it('needs DELETE typed before it asks, and does nothing when the user keeps the account', async () => {
    const api = fakeApi();
    const { auth, user } = renderDelete();
    const button = screen.getByRole('button', { name: 'Delete my account' });

    expect(button.hasAttribute('disabled')).toBe(true);
    await user.type(screen.getByLabelText('Type DELETE to confirm'), 'delete');
    expect(button.hasAttribute('disabled')).toBe(true);
    await user.clear(screen.getByLabelText('Type DELETE to confirm'));
    await user.type(screen.getByLabelText('Type DELETE to confirm'), 'DELETE');
    await user.click(button);
    await user.click(screen.getByRole('button', { name: 'Keep my account' }));

    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(api.requests()).toEqual([]);
    expect(auth.signOut).not.toHaveBeenCalled();
  });

  it('asks the Api to delete the account with an Idempotency-Key, then signs out and says so', async () => {
    const api = fakeApi(on('POST', '/api/me/erasure', { status: 201, body: erased }));
    const { auth, user } = renderDelete();

    await user.type(screen.getByLabelText('Type DELETE to confirm'), 'DELETE');
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete my account' }));

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/signin'));
    expect(api.requests()).toEqual(['POST /api/me/erasure']);
    const headers = api.fetchMock.mock.calls[0]![1]!.headers as Record<string, string>;
    expect(headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(auth.signOut).toHaveBeenCalled();
    expect(screen.getByTestId('location-state').textContent).toContain('Your account is deleted.');
  });

  it('retries a failed deletion with the same key and stays signed in until it succeeds', async () => {
    const api = fakeApi(
      on('POST', '/api/me/erasure', inTurn({ status: 503, body: { title: 'Account deletion not finished', status: 503 } }, { status: 201, body: erased })),
    );
    const { auth, user } = renderDelete();

    await user.type(screen.getByLabelText('Type DELETE to confirm'), 'DELETE');
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete my account' }));

    expect(await screen.findByTestId('delete-account-error')).toBeTruthy();
    expect(auth.signOut).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Yes, delete my account' }));

    await waitFor(() => expect(auth.signOut).toHaveBeenCalled());
    const keys = api.fetchMock.mock.calls.map(([, init]) => (init!.headers as Record<string, string>)['Idempotency-Key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });
});
