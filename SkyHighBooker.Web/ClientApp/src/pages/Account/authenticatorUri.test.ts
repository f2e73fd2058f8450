import { describe, expect, it } from 'vitest';
import { authenticatorUri, groupedSecret } from './authenticatorUri';

describe('authenticatorUri', () => {
  it('names the issuer and the account, and carries the secret', () => {
    expect(authenticatorUri('JBSWY3DPEHPK3PXP', 'ada+trips@example.com')).toBe(
      'otpauth://totp/Sky%20High%20Booker:ada%2Btrips%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Sky%20High%20Booker',
    );
  });
});

describe('groupedSecret', () => {
  it('splits the secret into groups of four', () => {
    expect(groupedSecret('JBSWY3DPEHPK3PXPAB')).toBe('JBSW Y3DP EHPK 3PXP AB');
  });
});
