import { ApiProperty } from '@nestjs/swagger';
import type { Principal } from '@lc/auth';
import { roles } from '@lc/org';

/** Who the session is for, as every service sees them in the token. */
export class SessionUserDto {
  @ApiProperty() userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty() orgUnitId: string;
  @ApiProperty({ example: '/city/county-a' }) orgPath: string;
  @ApiProperty({ enum: roles, isArray: true }) roles: string[];
}

export class SessionTokensDto {
  @ApiProperty({ description: 'Send as "Authorization: Bearer <token>" to every service; it lives minutes (expiresIn)' })
  accessToken: string;
  @ApiProperty({ example: 'Bearer' }) tokenType: 'Bearer';
  @ApiProperty({ example: 300, description: 'Seconds the access token is good for' }) expiresIn: number;
  @ApiProperty({ description: 'Send once to POST /auth/refresh for the next access token; each works once' })
  refreshToken: string;
  @ApiProperty({ type: SessionUserDto }) user: Principal;
}
