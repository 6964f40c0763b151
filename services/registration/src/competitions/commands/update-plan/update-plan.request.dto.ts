import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate, IsNotBlank } from '@lc/platform';
import { CompetitionPlanFieldsDto } from '../create-competition/competition-plan.request.dto';

/** Completing or correcting the plan; only the fields given change. */
export class UpdatePlanRequestDto extends CompetitionPlanFieldsDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string;

  @ApiPropertyOptional({ description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string;

  @ApiPropertyOptional({ description: 'Why, for the audit trail (what the upper union asked to change)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
