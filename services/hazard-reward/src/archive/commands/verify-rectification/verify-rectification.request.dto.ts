import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsString, MaxLength } from 'class-validator';
import { IsNotBlank } from '@lc/platform';

export class VerifyRectificationRequestDto {
  @ApiProperty({ description: 'Whether the rectification was checked on site and is complete' })
  @IsBoolean({ message: 'accepted: must be true or false' })
  accepted: boolean;

  @ApiProperty({ description: 'What was checked, or what is still missing', maxLength: 2000 })
  @IsString()
  @IsNotBlank({ message: 'note: say what was checked or what is missing' })
  @MaxLength(2000)
  note: string;
}
