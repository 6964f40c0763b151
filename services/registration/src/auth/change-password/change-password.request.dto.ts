import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { IsNotBlank } from '@lc/platform';
import { IsAcceptablePassword, PASSWORD_RULE } from '../../users/password-policy';

export class ChangePasswordRequestDto {
  @ApiProperty({ example: 'wang.fang' })
  @IsString()
  @IsNotBlank()
  @MaxLength(64)
  username: string;

  @ApiProperty({ description: 'The current password: the temporary one a cadre set, or your own' })
  @IsString()
  @IsNotBlank()
  @MaxLength(128)
  password: string;

  @ApiProperty({ description: PASSWORD_RULE })
  @IsString()
  @IsAcceptablePassword('newPassword')
  newPassword: string;
}
