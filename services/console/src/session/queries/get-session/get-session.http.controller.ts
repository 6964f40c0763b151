import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CorrelationId } from '@lc/platform';
import { CurrentSession } from '../../current-session';
import { RegistrationAuthClient } from '../../registration-auth.client';

@ApiTags('session')
@Controller('api/session')
export class GetSessionHttpController {
  constructor(
    private readonly current: CurrentSession,
    private readonly registration: RegistrationAuthClient,
  ) {}

  /** Who the browser is logged in as: registration's GET /users/me (unit, its name and path, roles). */
  @Get()
  @ApiOperation({ operationId: 'getSession', summary: '当前登录信息', description: "{ user } as registration's GET /users/me answers it for the session; 401 session-required without one." })
  async getSession(@Req() req: Request, @Res() res: Response, @CorrelationId() correlationId: string): Promise<void> {
    const session = await this.current.require(req, res, correlationId);
    const acceptLanguage = req.headers['accept-language'];
    const me = await this.registration.get('/users/me', { correlationId, accessToken: session.accessToken, acceptLanguage });
    if (me.status === 401) this.current.ended(res);
    res.setHeader('cache-control', 'no-store');
    // A refusal (the account removed meanwhile) as registration gave it.
    res.status(me.status).json(me.status === 200 ? { user: me.body } : me.body);
  }
}
