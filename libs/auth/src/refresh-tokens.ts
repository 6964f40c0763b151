import { createHash, randomBytes } from 'node:crypto';

/**
 * Refresh tokens: 256 random bits, opaque to the client. Only their SHA-256 is stored (a slow hash
 * adds nothing to a secret this long), so a copy of the sessions table cannot be used to refresh.
 * Each is spent by one refresh, which gives the next (rotation, OAuth 2.0 Security BCP §4.14.2).
 */
export function newRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashRefreshToken(token) };
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}
