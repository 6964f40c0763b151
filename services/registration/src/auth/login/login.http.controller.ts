import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { CorrelationId, Public } from '@lc/platform';
import { LoginRequestDto } from './login.request.dto';
import { LoginService } from './login.service';

class LoginResponseDto {
  @ApiProperty({ description: 'Send as "Authorization: Bearer <token>" to every service' }) accessToken: string;
  @ApiProperty({ example: 'Bearer' }) tokenType: 'Bearer';
  @ApiProperty({ example: 28800 }) expiresIn: number;
  @ApiProperty({ description: 'userId, displayName, orgUnitId, orgPath, roles' }) user: object;
}

@ApiTags('auth')
@Controller('auth')
export class LoginHttpController {
  constructor(private readonly loginService: LoginService) {}

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ description: 'Username or password is wrong' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from your address; wait a minute' })
  async login(@Body() body: LoginRequestDto, @CorrelationId() correlationId: string): Promise<LoginResponseDto> {
    const result = await this.loginService.login(body.username, body.password, correlationId);
    return { accessToken: result.accessToken, tokenType: 'Bearer', expiresIn: result.expiresInSeconds, user: result.principal };
  }
}
