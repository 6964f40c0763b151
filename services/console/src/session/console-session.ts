import { decodeJwt } from 'jose';

/** What the encrypted lc_session cookie holds: the browser never sees any of it. */
export interface ConsoleSession {
  accessToken: string;
  refreshToken: string;
  /** When the access token runs out, in ms since the epoch. */
  accessExpiresAt: number;
  /** Registration's login session (the tokens' `sid`). */
  sessionId: string;
  /** The value the lc_csrf cookie carries and every unsafe request must echo in X-CSRF-Token. */
  csrfToken: string;
}

/** The tokens registration answers a login, a password change or a refresh with. */
export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

export function isSessionTokens(body: unknown): body is SessionTokens & { user: unknown } {
  const b = body as Partial<SessionTokens> | null;
  return typeof b?.accessToken === 'string' && typeof b.refreshToken === 'string' && typeof b.expiresIn === 'number';
}

/**
 * The session after registration issued tokens. The access token's own `exp` is preferred to
 * `expiresIn` (no clock of ours between its signing and our reading); the session id is its `sid`.
 */
export function sessionFromTokens(tokens: SessionTokens, csrfToken: string, now = Date.now()): ConsoleSession {
  // Registration signed it and we got it straight from registration: it is read, not verified.
  const claims = decodeJwt(tokens.accessToken);
  const sessionId = typeof claims.sid === 'string' ? claims.sid : '';
  const accessExpiresAt = typeof claims.exp === 'number' ? claims.exp * 1000 : now + tokens.expiresIn * 1000;
  return { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, accessExpiresAt, sessionId, csrfToken };
}
