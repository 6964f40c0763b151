import { Injectable } from '@nestjs/common';
import { ConsoleError } from '../errors/console-error';
import { ConsoleSession, isSessionTokens, sessionFromTokens } from './console-session';
import { RegistrationAuthClient } from './registration-auth.client';

/** An access token with less than this left is renewed before it is used: it must outlive the request. */
const RENEW_WITHIN_MS = 30_000;
/** How long the tokens a refresh gave are handed to requests still carrying the cookie from before it. */
const REMEMBER_MS = 60_000;

/**
 * Keeps a session's access token fresh. Registration's refresh tokens work once, and one presented
 * again ends the whole session as a suspected theft. A page fires requests in parallel, all with the
 * same cookie, so: one refresh at a time per refresh token in this process (the others wait for it),
 * and for a minute after, a request still carrying the spent token gets the tokens its refresh gave
 * instead of presenting the spent one again. (Several console instances would need this shared, or
 * requests of one browser kept on one instance.)
 */
@Injectable()
export class SessionRefresher {
  private readonly inFlight = new Map<string, Promise<ConsoleSession | null>>();
  private readonly given = new Map<string, { session: ConsoleSession; until: number }>();

  constructor(private readonly registration: RegistrationAuthClient) {}

  /**
   * The session with an access token good for at least RENEW_WITHIN_MS more, and whether it changed
   * (then its cookie must be set again); null when registration refused the refresh: the session ended.
   */
  async fresh(session: ConsoleSession, correlationId: string, client?: string): Promise<{ session: ConsoleSession; renewed: boolean } | null> {
    let current = session;
    // Tokens remembered from an earlier refresh may themselves be near their end: renew those too.
    for (let round = 0; round < 3 && current.accessExpiresAt - Date.now() < RENEW_WITHIN_MS; round++) {
      const next = await this.next(current, correlationId, client);
      if (!next) return null;
      current = next;
    }
    return { session: current, renewed: current !== session };
  }

  private next(session: ConsoleSession, correlationId: string, client?: string): Promise<ConsoleSession | null> {
    this.forgetOld();
    const spent = session.refreshToken;
    const remembered = this.given.get(spent);
    if (remembered) return Promise.resolve(remembered.session);
    let flight = this.inFlight.get(spent);
    if (!flight) {
      flight = this.refresh(session, correlationId, client).finally(() => this.inFlight.delete(spent));
      this.inFlight.set(spent, flight);
    }
    return flight;
  }

  private async refresh(session: ConsoleSession, correlationId: string, client?: string): Promise<ConsoleSession | null> {
    const answer = await this.registration.post('/auth/refresh', { refreshToken: session.refreshToken }, { correlationId, client });
    if (answer.status === 200 && isSessionTokens(answer.body)) {
      // The CSRF token stays: the page keeps the lc_csrf it read.
      const next = sessionFromTokens(answer.body, session.csrfToken);
      this.given.set(session.refreshToken, { session: next, until: Date.now() + REMEMBER_MS });
      return next;
    }
    if (answer.status === 400 || answer.status === 401) return null;
    throw new ConsoleError('service-unavailable');
  }

  /** Entries are added in time order, so the expired ones are at the front. */
  private forgetOld(): void {
    const now = Date.now();
    for (const [token, entry] of this.given) {
      if (entry.until > now) break;
      this.given.delete(token);
    }
  }
}
