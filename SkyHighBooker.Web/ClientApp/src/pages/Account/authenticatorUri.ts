const issuer = 'Sky High Booker';

/**
 * The otpauth:// URI authenticator apps read from a QR code (Google's Key URI format): the account's label, the
 * base32 secret, and the issuer both in the label and as a parameter, as most apps expect. Cognito's TOTP is the
 * default of the format (SHA-1, 6 digits, 30 s), so those are left out.
 */
export function authenticatorUri(secret: string, email: string): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(email)}`;
  return `otpauth://totp/${label}?secret=${encodeURIComponent(secret)}&issuer=${encodeURIComponent(issuer)}`;
}

/** The secret in groups of four, easier to type into an app by hand. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}
