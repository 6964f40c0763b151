import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';

export class AddJudgeRequestDto {
  @ApiProperty({ description: "The judge's user id: a user with the role judge (评委) or a union cadre, at a unit above or under the organiser" })
  @IsUUID('all', { message: 'userId: must be a user id (UUID)' })
  userId: string;

  @ApiPropertyOptional({ description: 'The chief judge (裁判长), who signs the scores off; one per contest', default: false })
  @IsOptional()
  @IsBoolean({ message: 'chief: must be true or false' })
  chief?: boolean;
}
