import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse, getSchemaPath } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { CorrelationId, Public } from '@lc/platform';
import { SessionTokensDto } from '../sessions/session-tokens.dto';
import { ClientAddress } from './client-address';
import { LoginRequestDto } from './login.request.dto';
import { LoginService } from './login.service';
import { PasswordChangeRequiredDto } from './password-change-required.dto';

@ApiTags('auth')
@Controller('auth')
export class LoginHttpController {
  constructor(private readonly loginService: LoginService) {}

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'login',
    summary: '登录',
    description: 'Public: username and password for the tokens of a new session, or passwordChangeRequired (and no token) when a cadre set the password.',
  })
  @ApiExtraModels(SessionTokensDto, PasswordChangeRequiredDto)
  @ApiOkResponse({
    description: 'Tokens of a new session; or, for a password someone else set, passwordChangeRequired and no token',
    schema: { oneOf: [{ $ref: getSchemaPath(SessionTokensDto) }, { $ref: getSchemaPath(PasswordChangeRequiredDto) }] },
  })
  @ApiUnauthorizedResponse({ description: 'Username or password is wrong (the same answer for every failure)' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from your address, or too many failures for this name from it; see Retry-After' })
  login(@Body() body: LoginRequestDto, @ClientAddress() client: string, @CorrelationId() correlationId: string) {
    return this.loginService.login({ username: body.username, password: body.password, client, correlationId });
  }
}
