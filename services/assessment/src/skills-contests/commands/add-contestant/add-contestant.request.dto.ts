import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class AddContestantRequestDto {
  @ApiProperty({ description: "The contestant's user id: a worker (or team leader) of an enterprise under the organiser" })
  @IsUUID('all', { message: 'userId: must be a user id (UUID)' })
  userId: string;
}
