import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { IsNotBlank } from '@lc/platform';

export class RecordProgressRequestDto {
  @ApiProperty({ description: 'How the rectification stands (整改情况)', maxLength: 2000 })
  @IsString()
  @IsNotBlank({ message: 'note: say how the rectification stands' })
  @MaxLength(2000)
  note: string;
}
