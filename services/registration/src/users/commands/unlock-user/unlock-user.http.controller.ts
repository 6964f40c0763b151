import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { treeKeeperRoles } from '@lc/org';
import { Caller, CurrentCaller, RequireRoles, IsNotBlank } from '@lc/platform';
import { toUserResponse, UserResponseDto } from '../../user.response.dto';
import { LoginThrottle } from '../../../auth/sessions/login-throttle';
import { UserAccountChanges } from '../../user-account.service';
import { userIdPipe } from '../../user-id.pipe';

class UnlockUserRequestDto {
  @ApiProperty({ example: '本人来电确认', description: 'Why, for the audit trail' })
  @IsString()
  @IsNotBlank({ message: 'reason is required: say why the account is unlocked' })
  @MaxLength(500)
  reason: string;
}

@ApiTags('users')
@Controller('users')
export class UnlockUserHttpController {
  constructor(
    private readonly accounts: UserAccountChanges,
    private readonly throttle: LoginThrottle,
  ) {}

  @Post(':id/unlock')
  @HttpCode(200)
  @RequireRoles(...treeKeeperRoles)
  @ApiOperation({
    operationId: 'unlockUser',
    summary: '解除登录锁定',
    description: "A cadre at or above the user's unit lets every address that had to wait after failed logins for this user try again.",
  })
  @ApiOkResponse({ type: UserResponseDto, description: 'Every address that had to wait after failed logins for this user may try again' })
  @ApiForbiddenResponse({ description: "The user's unit is outside your subtree" })
  async unlock(@Param('id', userIdPipe) id: string, @Body() body: UnlockUserRequestDto, @CurrentCaller() caller: Caller): Promise<UserResponseDto> {
    const user = await this.accounts.change(
      id,
      caller,
      'user.unlocked',
      async (target, { tx }) => {
        await this.throttle.forgetName(tx, target.username);
        return {};
      },
      { from: 'at-or-above', reason: body.reason },
    );
    return toUserResponse(user, await this.accounts.hasPassword(id));
  }
}
