import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNoContentResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { hashPassword } from '@lc/auth';
import { treeKeeperRoles } from '@lc/org';
import { Caller, CurrentCaller, RequireRoles } from '@lc/platform';
import { IsAcceptablePassword } from '../../password-policy';
import { UserAccountChanges } from '../../user-account.service';
import { userIdPipe } from '../../user-id.pipe';

class SetPasswordRequestDto {
  @ApiProperty({ description: 'At least 8 characters with a letter and a digit' })
  @IsAcceptablePassword('newPassword')
  newPassword: string;
}

/** A cadre sets a password for a user of their subtree: an imported worker's first, or a forgotten one. */
@ApiTags('users')
@Controller('users')
export class SetPasswordHttpController {
  constructor(private readonly accounts: UserAccountChanges) {}

  @Post(':id/password')
  @HttpCode(204)
  @RequireRoles(...treeKeeperRoles)
  @ApiNoContentResponse({ description: 'Set; the account is unlocked too' })
  @ApiForbiddenResponse({ description: "The user's unit is outside your subtree" })
  async setPassword(@Param('id', userIdPipe) id: string, @Body() body: SetPasswordRequestDto, @CurrentCaller() caller: Caller): Promise<void> {
    const passwordHash = await hashPassword(body.newPassword);
    await this.accounts.change(id, caller, 'user.password-set', async () => ({ passwordHash, failedAttempts: 0, lockedUntil: null }));
  }
}
