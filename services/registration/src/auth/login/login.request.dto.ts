import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { IsNotBlank } from '@lc/platform';

export class LoginRequestDto {
  @ApiProperty({ example: 'city.cadre' })
  @IsString()
  @IsNotBlank()
  @MaxLength(64)
  username: string;

  @ApiProperty({ example: 'Demo2026pass' })
  @IsString()
  @IsNotBlank()
  @MaxLength(128)
  password: string;
}
