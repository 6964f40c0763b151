import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { CorrelationId, Public } from '@lc/platform';
import { ClientAddress } from '../login/client-address';
import { SessionTokensDto } from '../sessions/session-tokens.dto';
import { ChangePasswordRequestDto } from './change-password.request.dto';
import { ChangePasswordService } from './change-password.service';

@ApiTags('auth')
@Controller('auth')
export class ChangePasswordHttpController {
  constructor(private readonly changePassword: ChangePasswordService) {}

  /** Public: a user whose password was set by a cadre has no token until they choose their own here. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('password')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'changePassword',
    summary: '修改密码',
    description: 'Public: the user proves the current password and chooses their own, which is how a password set by a cadre is replaced. Answers the tokens of a new session and ends every other.',
  })
  @ApiOkResponse({ type: SessionTokensDto, description: 'Changed; every other session of the user has ended; tokens of a new one' })
  @ApiBadRequestResponse({ description: 'newPassword is too short, too easy to guess, or the same as the current one' })
  @ApiUnauthorizedResponse({ description: 'Username or password is wrong (the same answer as login)' })
  @ApiTooManyRequestsResponse({ description: 'Throttled like login; see Retry-After' })
  change(@Body() body: ChangePasswordRequestDto, @ClientAddress() client: string, @CorrelationId() correlationId: string): Promise<SessionTokensDto> {
    return this.changePassword.execute({ username: body.username, password: body.password, client, correlationId }, body.newPassword);
  }
}
