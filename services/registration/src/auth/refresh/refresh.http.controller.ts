import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { IsString, Matches } from 'class-validator';
import { CorrelationId, Public } from '@lc/platform';
import { SessionTokensDto } from '../sessions/session-tokens.dto';
import { RefreshService } from './refresh.service';

class RefreshRequestDto {
  @ApiProperty({ description: 'The refreshToken of the last login or refresh' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'refreshToken must be the refreshToken a login or refresh answered' })
  refreshToken: string;
}

@ApiTags('auth')
@Controller('auth')
export class RefreshHttpController {
  constructor(private readonly refreshService: RefreshService) {}

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'refreshSession',
    summary: '刷新登录令牌',
    description: "Public: spends the refresh token for a new access token (with the user's roles and unit as they are now) and the next refresh token; a spent token presented again ends the session.",
  })
  @ApiOkResponse({ type: SessionTokensDto, description: 'A fresh access token and the next refresh token; the one sent is spent' })
  @ApiUnauthorizedResponse({ description: 'The refresh token was used before, has expired, or its session has ended: log in again' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from your address; see Retry-After' })
  refresh(@Body() body: RefreshRequestDto, @CorrelationId() correlationId: string): Promise<SessionTokensDto> {
    return this.refreshService.refresh(body.refreshToken, correlationId);
  }
}
