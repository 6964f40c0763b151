import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isSessionTokens, sessionFromTokens } from './console-session';
import { RegistrationAnswer } from './registration-auth.client';
import { SessionCookies } from './session-cookies';

/** What the browser gets for registration's answer to a login or a password change. */
@Injectable()
export class SessionStart {
  constructor(private readonly cookies: SessionCookies) {}

  async answer(req: Request, res: Response, answer: RegistrationAnswer): Promise<void> {
    if (answer.status === 200 && isSessionTokens(answer.body)) {
      await this.cookies.set(req, res, sessionFromTokens(answer.body, SessionCookies.newCsrfToken()));
      // The user, never a token: those stay sealed in the cookie.
      res.status(200).json({ user: answer.body.user });
      return;
    }
    // passwordChangeRequired (200 without tokens) and every refusal, as registration answered them.
    if (answer.retryAfter) res.setHeader('retry-after', answer.retryAfter);
    res.status(answer.status).json(answer.body);
  }
}

/** The fields of a JSON body, or null when it is not a JSON object. */
export function jsonObject(body: unknown): Record<string, unknown> | null {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
}
