import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class SetChiefJudgeRequestDto {
  @ApiProperty({ description: 'A judge already on the panel' })
  @IsUUID('all', { message: 'userId: must be a user id (UUID)' })
  userId: string;
}
