import { ApiProperty } from '@nestjs/swagger';
import { DashboardChildDto, DashboardPeriodDto, DashboardUnitDto } from '@lc/platform';
import { SCORE_BANDS } from './score-bands';

class ScoreBandDto {
  @ApiProperty({ enum: SCORE_BANDS.map((b) => b.band), description: "The score as a percent of the form's total points: 90-100, 80-89, 70-79, 60-69 or 0-59" })
  band: string;
  @ApiProperty({ type: 'integer' }) sheets: number;
}

class PassRateFiguresDto {
  @ApiProperty({ type: 'integer', description: 'Sheets finalised in the period' }) finalised: number;
  @ApiProperty({ type: 'integer', description: "Of them, at or above their form's pass mark (合格)" }) passed: number;
  @ApiProperty({ type: Number, nullable: true, description: 'passed ÷ finalised, in percent to one decimal; null with nothing finalised' })
  passRatePercent: number | null;
  @ApiProperty({ type: [ScoreBandDto], description: 'Every band, highest first, with its number of sheets' }) bands: ScoreBandDto[];
}

class AssessmentDashboardChildDto extends DashboardChildDto {
  @ApiProperty({ type: PassRateFiguresDto }) figures: PassRateFiguresDto;
}

/** Pass rates of the sheets finalised in a period under a unit, and under each unit directly under it. */
export class AssessmentDashboardDto {
  @ApiProperty({ type: DashboardUnitDto }) unit: DashboardUnitDto;
  @ApiProperty({ type: DashboardPeriodDto }) period: DashboardPeriodDto;
  @ApiProperty({ type: PassRateFiguresDto }) totals: PassRateFiguresDto;
  @ApiProperty({ type: [AssessmentDashboardChildDto], description: 'Each unit directly under the unit with sheets finalised in the period' })
  children: AssessmentDashboardChildDto[];
}
