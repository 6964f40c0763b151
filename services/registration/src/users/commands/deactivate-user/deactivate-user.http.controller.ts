import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { treeKeeperRoles } from '@lc/org';
import { Caller, CurrentCaller, IsNotBlank, RequireRoles } from '@lc/platform';
import { SessionEnder } from '../../../auth/sessions/session-ender';
import { toUserResponse, UserResponseDto } from '../../user.response.dto';
import { UserAccountChanges } from '../../user-account.service';
import { userIdPipe } from '../../user-id.pipe';
import { publishUserUpdated } from '../../user-registrar';
import { UserAlreadyDeactivated } from '../../user.errors';

class DeactivateUserRequestDto {
  @ApiProperty({ example: '调离本单位', description: 'Why, for the audit trail' })
  @IsString()
  @IsNotBlank({ message: 'reason is required: say why the account is deactivated' })
  @MaxLength(500)
  reason: string;
}

/**
 * A cadre at or above the user's unit deactivates the account: it stays with its history but cannot
 * log in, its sessions end at once everywhere, and other services stop counting it as a decider.
 */
@ApiTags('users')
@Controller('users')
export class DeactivateUserHttpController {
  constructor(
    private readonly accounts: UserAccountChanges,
    private readonly sessions: SessionEnder,
  ) {}

  @Post(':id/deactivate')
  @HttpCode(200)
  @RequireRoles(...treeKeeperRoles)
  @ApiOperation({
    operationId: 'deactivateUser',
    summary: '停用用户账号',
    description: "A cadre at or above the user's unit, never for their own account. The account keeps its history but can no longer log in; its sessions end at once.",
  })
  @ApiOkResponse({ type: UserResponseDto, description: 'Deactivated; every session of the user has ended' })
  @ApiForbiddenResponse({ description: "The user's unit is outside your subtree, or it is your own account" })
  @ApiConflictResponse({ description: 'The account is already deactivated' })
  async deactivate(@Param('id', userIdPipe) id: string, @Body() body: DeactivateUserRequestDto, @CurrentCaller() caller: Caller): Promise<UserResponseDto> {
    const user = await this.accounts.change(
      id,
      caller,
      'user.deactivated',
      async (target, command) => {
        if (!target.active) throw new UserAlreadyDeactivated(id);
        const changes = { active: false, version: target.version + 1 };
        await this.sessions.end(command.tx, { userIds: [target.id] }, 'user-deactivated', caller.correlationId);
        await publishUserUpdated(command, { ...target, ...changes });
        return changes;
      },
      { from: 'at-or-above', reason: body.reason },
    );
    return toUserResponse(user, await this.accounts.hasPassword(id));
  }
}
