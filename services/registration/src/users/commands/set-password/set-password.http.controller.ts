import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNoContentResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { hashPassword } from '@lc/auth';
import { treeKeeperRoles } from '@lc/org';
import { Caller, CurrentCaller, RequireRoles } from '@lc/platform';
import { LoginThrottle } from '../../../auth/sessions/login-throttle';
import { SessionEnder } from '../../../auth/sessions/session-ender';
import { IsAcceptablePassword, PASSWORD_RULE } from '../../password-policy';
import { UserAccountChanges } from '../../user-account.service';
import { userIdPipe } from '../../user-id.pipe';

class SetPasswordRequestDto {
  @ApiProperty({ description: `A temporary password, which the user must replace at the next login. ${PASSWORD_RULE}` })
  @IsString()
  @IsAcceptablePassword('newPassword')
  newPassword: string;
}

/**
 * A cadre of a unit above the user's sets a temporary password: an imported worker's first, or a
 * forgotten one. The user must choose their own at the next login, and is told who set it and when.
 * Every session of the user ends, and every address may try to log in again.
 */
@ApiTags('users')
@Controller('users')
export class SetPasswordHttpController {
  constructor(
    private readonly accounts: UserAccountChanges,
    private readonly sessions: SessionEnder,
    private readonly throttle: LoginThrottle,
  ) {}

  @Post(':id/password')
  @HttpCode(204)
  @RequireRoles(...treeKeeperRoles)
  @ApiOperation({
    operationId: 'setTemporaryPassword',
    summary: '设置临时密码',
    description: "A cadre of a unit strictly above the user's sets an imported worker's first password or replaces a forgotten one. The user must choose their own at the next login.",
  })
  @ApiNoContentResponse({ description: 'Set; the user must replace it at the next login; their sessions have ended' })
  @ApiForbiddenResponse({ description: "The user's unit is not strictly under yours (a peer at the same unit may not), or it is your own account" })
  async setPassword(@Param('id', userIdPipe) id: string, @Body() body: SetPasswordRequestDto, @CurrentCaller() caller: Caller): Promise<void> {
    const passwordHash = await hashPassword(body.newPassword);
    await this.accounts.change(
      id,
      caller,
      'user.password-set',
      async (user, { tx }) => {
        await this.sessions.end(tx, { userIds: [user.id] }, 'password-reset', caller.correlationId);
        await this.throttle.forgetName(tx, user.username);
        return { passwordHash, passwordChangeRequired: true, passwordSetBy: caller.principal.userId, passwordSetAt: new Date() };
      },
      { from: 'above' },
    );
  }
}
