import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CorrelationId } from '@lc/platform';
import { ConsoleError } from '../../../errors/console-error';
import { browserAddress } from '../../browser-address';
import { RegistrationAuthClient } from '../../registration-auth.client';
import { SessionCookies } from '../../session-cookies';
import { SessionRefresher } from '../../session-refresher';

@ApiTags('session')
@Controller('api/session')
export class LogOutHttpController {
  constructor(
    private readonly cookies: SessionCookies,
    private readonly refresher: SessionRefresher,
    private readonly registration: RegistrationAuthClient,
  ) {}

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ operationId: 'logOut', summary: '退出管理端', description: "Ends the session at registration (every service refuses its tokens within seconds) and clears the cookies; 204 with or without a session." })
  async logOut(@Req() req: Request, @Res() res: Response, @CorrelationId() correlationId: string): Promise<void> {
    const session = await this.cookies.sessionOf(req);
    if (session) {
      // Logout takes an access token: one that ran out is renewed first, or the session would live on.
      const fresh = await this.refresher.fresh(session, correlationId, browserAddress(req));
      if (fresh) {
        const answer = await this.registration.post('/auth/logout', {}, { correlationId, accessToken: fresh.session.accessToken });
        // 401: it had ended already. Anything else but success: the session may live on, so say so.
        if (answer.status >= 300 && answer.status !== 401) throw new ConsoleError('service-unavailable');
      }
    }
    this.cookies.clear(res);
    res.status(204).end();
  }
}
