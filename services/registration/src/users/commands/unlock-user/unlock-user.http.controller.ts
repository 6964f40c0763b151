import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { treeKeeperRoles } from '@lc/org';
import { Caller, CurrentCaller, RequireRoles, IsNotBlank } from '@lc/platform';
import { toUserResponse, UserResponseDto } from '../../user.response.dto';
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
  constructor(private readonly accounts: UserAccountChanges) {}

  @Post(':id/unlock')
  @HttpCode(200)
  @RequireRoles(...treeKeeperRoles)
  @ApiOkResponse({ type: UserResponseDto, description: 'Unlocked before the lock ran out' })
  @ApiForbiddenResponse({ description: "The user's unit is outside your subtree" })
  async unlock(@Param('id', userIdPipe) id: string, @Body() body: UnlockUserRequestDto, @CurrentCaller() caller: Caller): Promise<UserResponseDto> {
    const user = await this.accounts.change(id, caller, 'user.unlocked', async () => ({ failedAttempts: 0, lockedUntil: null }), body.reason);
    return toUserResponse(user, await this.accounts.hasPassword(id));
  }
}
