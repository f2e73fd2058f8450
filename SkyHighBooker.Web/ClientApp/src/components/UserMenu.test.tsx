import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ada, fakeAuth, renderWithAuth } from '../test/auth';
import { UserMenu } from './UserMenu';

describe('UserMenu', () => {
  it('offers to sign in, coming back to the page', () => {
    renderWithAuth(<UserMenu />, { url: '/?from=JFK', path: '/', auth: fakeAuth() });

    expect(screen.getByTestId('sign-in-link').getAttribute('href')).toBe('/signin?returnTo=%2F%3Ffrom%3DJFK');
  });

  it('shows nothing when sign-in is not configured', () => {
    const { container } = renderWithAuth(<UserMenu />, {
      url: '/',
      path: '/',
      auth: fakeAuth({ status: 'unavailable', unavailableReason: 'not-configured' }),
    });

    expect(container.querySelector('[data-testid="sign-in-link"], [data-testid="user-menu"]')).toBeNull();
  });

  it('names the signed-in user and opens a menu with their account', async () => {
    const user = userEvent.setup();
    renderWithAuth(<UserMenu />, { url: '/', path: '/', auth: fakeAuth({ status: 'signedIn', user: ada }) });

    const button = screen.getByRole('button', { name: /Ada/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await user.click(button);

    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('link', { name: 'My account' }).getAttribute('href')).toBe('/account');
    expect(screen.getByText('ada@example.com')).toBeTruthy();
    expect(screen.queryByTestId('admin-badge')).toBeNull();

    await user.keyboard('{Escape}');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('signs out once it has left the page', async () => {
    const auth = fakeAuth({ status: 'signedIn', user: ada });
    const user = userEvent.setup();
    renderWithAuth(<UserMenu />, { url: '/somewhere', path: '*', auth });

    await user.click(screen.getByTestId('user-menu-button'));
    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    await waitFor(() => expect(auth.signOut).toHaveBeenCalledTimes(1));
    expect(screen.getByTestId('location').textContent).toBe('/');
  });

  it('marks admins', () => {
    renderWithAuth(<UserMenu />, {
      url: '/',
      path: '/',
      auth: fakeAuth({ status: 'signedIn', user: { ...ada, groups: ['admin'], isAdmin: true } }),
    });

    expect(screen.getByTestId('admin-badge').textContent).toBe('Admin');
  });
});
