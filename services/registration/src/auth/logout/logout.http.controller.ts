import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditedCommand, Caller, CurrentCaller } from '@lc/platform';
import { SessionEnder } from '../sessions/session-ender';

@ApiTags('auth')
@Controller('auth')
export class LogoutHttpController {
  constructor(
    private readonly ender: SessionEnder,
    private readonly commands: AuditedCommand,
  ) {}

  /** Ends the caller's session: its refresh token stops working, and every service refuses its access tokens within seconds. */
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({
    operationId: 'logout',
    summary: '退出登录',
    description: "Ends the caller's session: its refresh token stops working, and every service refuses its access tokens within seconds.",
  })
  @ApiNoContentResponse({ description: 'The session has ended' })
  async logout(@CurrentCaller() caller: Caller): Promise<void> {
    const sessionId = caller.principal.sessionId;
    if (!sessionId) return;
    await this.commands.run(caller, async ({ tx, audit }) => {
      if ((await this.ender.end(tx, { sessionIds: [sessionId] }, 'logout', caller.correlationId)) === 0) return;
      const { principal } = caller;
      await audit({
        action: 'user.logged-out',
        entity: { type: 'user', id: principal.userId, orgUnitId: principal.orgUnitId, orgPath: principal.orgPath },
      });
    });
  }
}
