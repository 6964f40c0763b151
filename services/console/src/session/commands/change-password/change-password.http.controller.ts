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
export class ChangePasswordHttpController {
  constructor(
    private readonly registration: RegistrationAuthClient,
    private readonly start: SessionStart,
  ) {}

  /** How a user whose password a cadre set chooses their own, and how anyone changes theirs. */
  @Post('password')
  @ApiOperation({
    operationId: 'changeOwnPassword',
    summary: '修改密码并登录',
    description: "Registration's password change; with its tokens, the session cookies and { user }; refusals as registration answered them.",
  })
  async changePassword(@Req() req: Request, @Res() res: Response, @CorrelationId() correlationId: string): Promise<void> {
    const body = jsonObject(req.body);
    if (!body) throw new ConsoleError('invalid-body');
    const answer = await this.registration.post(
      '/auth/password',
      { username: body.username, password: body.password, newPassword: body.newPassword },
      { correlationId, client: browserAddress(req) },
    );
    await this.start.answer(req, res, answer);
  }
}
