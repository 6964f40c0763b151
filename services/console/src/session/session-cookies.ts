import { Inject, Injectable } from '@nestjs/common';
import type { CookieOptions, Request, Response } from 'express';
import { EncryptJWT, jwtDecrypt } from 'jose';
import { randomBytes } from 'node:crypto';
import { CONSOLE_CONFIG } from '../config/console-config.token';
import type { ConsoleConfig } from '../config/console-config';
import { ConsoleSession } from './console-session';

export const SESSION_COOKIE = 'lc_session';
export const CSRF_COOKIE = 'lc_csrf';

/**
 * Strict same-site and Secure on both; the session is beyond scripts (httpOnly), the CSRF token is for
 * the app's script to read and echo in X-CSRF-Token (a page of another origin can read neither).
 */
const SESSION_COOKIE_OPTIONS: CookieOptions = { httpOnly: true, secure: true, sameSite: 'strict', path: '/' };
const CSRF_COOKIE_OPTIONS: CookieOptions = { httpOnly: false, secure: true, sameSite: 'strict', path: '/' };

/** The request with the session the cookie holds, decrypted once per request. */
type WithSession = Request & { consoleSession?: ConsoleSession | null };

/**
 * The browser's session is the tokens registration issued, encrypted and authenticated (JWE, direct
 * A256GCM) with the console's key: the browser carries it and can neither read nor change it.
 */
@Injectable()
export class SessionCookies {
  constructor(@Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig) {}

  static newCsrfToken(): string {
    return randomBytes(32).toString('base64url');
  }

  /** The request's session, or null without a cookie or with one this key did not seal (then it is ignored). */
  async sessionOf(req: Request): Promise<ConsoleSession | null> {
    const request = req as WithSession;
    if (request.consoleSession !== undefined) return request.consoleSession;
    const sealed = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
    request.consoleSession = typeof sealed === 'string' ? await this.open(sealed) : null;
    return request.consoleSession;
  }

  /** Sets both cookies for the session, and remembers it as the request's own for what follows. */
  async set(req: Request, res: Response, session: ConsoleSession): Promise<void> {
    res.cookie(SESSION_COOKIE, await this.seal(session), SESSION_COOKIE_OPTIONS);
    res.cookie(CSRF_COOKIE, session.csrfToken, CSRF_COOKIE_OPTIONS);
    (req as WithSession).consoleSession = session;
  }

  clear(res: Response): void {
    res.clearCookie(SESSION_COOKIE, SESSION_COOKIE_OPTIONS);
    res.clearCookie(CSRF_COOKIE, CSRF_COOKIE_OPTIONS);
  }

  seal(session: ConsoleSession): Promise<string> {
    return new EncryptJWT({ ...session }).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).setIssuedAt().encrypt(this.config.CONSOLE_SESSION_KEY);
  }

  private async open(sealed: string): Promise<ConsoleSession | null> {
    try {
      const { payload } = await jwtDecrypt(sealed, this.config.CONSOLE_SESSION_KEY);
      const { accessToken, refreshToken, accessExpiresAt, sessionId, csrfToken } = payload as Partial<ConsoleSession>;
      if (typeof accessToken !== 'string' || typeof refreshToken !== 'string' || typeof accessExpiresAt !== 'number') return null;
      if (typeof sessionId !== 'string' || typeof csrfToken !== 'string') return null;
      return { accessToken, refreshToken, accessExpiresAt, sessionId, csrfToken };
    } catch {
      // Another key's cookie (the key was changed), or tampered with: as if there were none.
      return null;
    }
  }
}
