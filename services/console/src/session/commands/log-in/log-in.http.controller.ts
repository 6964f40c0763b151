import { Controller, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CorrelationId } from '@lc/platform';
import { ConsoleError } from '../../../errors/console-error';
import { browserAddress } from '../../browser-address';
import { RegistrationAuthClient } from '../../registration-auth.client';
import { jsonObject, SessionStart } from '../../session-start';

@ApiTags('session')
@Controller('api/session')
export class LogInHttpController {
  constructor(
    private readonly registration: RegistrationAuthClient,
    private readonly start: SessionStart,
  ) {}

  @Post('login')
  @ApiOperation({
    operationId: 'logIn',
    summary: '登录管理端',
    description:
      "Registration's login; with tokens, the session cookies and { user }; passwordChangeRequired and refusals (400, 401, 429 with Retry-After) as registration answered them.",
  })
  async logIn(@Req() req: Request, @Res() res: Response, @CorrelationId() correlationId: string): Promise<void> {
    const body = jsonObject(req.body);
    if (!body) throw new ConsoleError('invalid-body');
    const answer = await this.registration.post('/auth/login', { username: body.username, password: body.password }, { correlationId, client: browserAddress(req) });
    await this.start.answer(req, res, answer);
  }
}
