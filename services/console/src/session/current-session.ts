import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ConsoleError } from '../errors/console-error';
import { browserAddress } from './browser-address';
import { ConsoleSession } from './console-session';
import { SessionCookies } from './session-cookies';
import { SessionRefresher } from './session-refresher';

/** The session a request acts in, with an access token fresh enough to use. */
@Injectable()
export class CurrentSession {
  constructor(
    private readonly cookies: SessionCookies,
    private readonly refresher: SessionRefresher,
  ) {}

  /**
   * The request's session, its access token renewed first when it is about to run out (the renewed
   * cookie then goes out with the answer); 401 session-required without one, or when registration
   * says it has ended (its cookies are cleared).
   */
  async require(req: Request, res: Response, correlationId: string): Promise<ConsoleSession> {
    const session = await this.cookies.sessionOf(req);
    if (!session) throw new ConsoleError('session-required');
    const fresh = await this.refresher.fresh(session, correlationId, browserAddress(req));
    if (!fresh) this.ended(res);
    if (fresh.renewed) await this.cookies.set(req, res, fresh.session);
    return fresh.session;
  }

  /** The session was ended elsewhere (logout in another tab, a password reset, a role change). */
  ended(res: Response): never {
    this.cookies.clear(res);
    throw new ConsoleError('session-required');
  }
}
