import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';

export class RecordScoreRequestDto {
  @ApiProperty({
    description: "Points per scheme item key, each from 0 to the item's maximum with at most two decimals; every item, no other key",
    example: { practice: 61.5, theory: 27 },
    type: 'object',
    additionalProperties: { type: 'number' },
  })
  @IsObject({ message: 'points: must be an object of item key → points, e.g. { "practice": 61.5, "theory": 27 }' })
  points: Record<string, unknown>;
}
