import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, Max, Min } from 'class-validator';

export class SetRewardBudgetRequestDto {
  @ApiProperty({ description: "The year's total for hazard rewards, in yuan", example: 200000 })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }, { message: 'totalYuan: must be an amount in yuan with at most two decimals' })
  @Min(0, { message: 'totalYuan: must not be negative' })
  @Max(1_000_000_000, { message: 'totalYuan: must be at most 1,000,000,000' })
  totalYuan: number;
}
