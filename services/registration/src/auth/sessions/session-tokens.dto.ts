import { ApiProperty } from '@nestjs/swagger';
import type { Principal } from '@lc/auth';

export class SessionTokensDto {
  @ApiProperty({ description: 'Send as "Authorization: Bearer <token>" to every service; it lives minutes (expiresIn)' })
  accessToken: string;
  @ApiProperty({ example: 'Bearer' }) tokenType: 'Bearer';
  @ApiProperty({ example: 300, description: 'Seconds the access token is good for' }) expiresIn: number;
  @ApiProperty({ description: 'Send once to POST /auth/refresh for the next access token; each works once' })
  refreshToken: string;
  @ApiProperty({ description: 'userId, displayName, orgUnitId, orgPath, roles' }) user: Principal;
}
