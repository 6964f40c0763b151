import { ApiProperty } from '@nestjs/swagger';
import { DashboardChildDto, DashboardPeriodDto, DashboardUnitDto } from '@lc/platform';

const yuan = { example: '2000.00', description: 'Yuan, two decimals' };

class HazardDashboardFiguresDto {
  @ApiProperty({ type: 'integer', description: 'Reports made in the period' }) reports: number;
  @ApiProperty({ type: 'integer', description: 'Of them, confirmed' }) confirmed: number;
  @ApiProperty({ type: 'integer', description: 'Of them, not verified yet' }) pending: number;
  @ApiProperty({ type: 'integer', description: 'Hazards entered in the archive (隐患档案, on confirmation) in the period' }) hazards: number;
  @ApiProperty({ type: 'integer', description: 'Of them, closed out (销号)' }) closed: number;
  @ApiProperty({ type: Number, nullable: true, description: 'closed ÷ hazards, in percent to one decimal; null with no hazard' })
  rectificationRatePercent: number | null;
  @ApiProperty({ type: 'integer', description: 'Of them, past their deadline before they were closed out (still open past it, or closed after it)' })
  overdue: number;
}

class HazardDashboardChildDto extends DashboardChildDto {
  @ApiProperty({ type: HazardDashboardFiguresDto }) figures: HazardDashboardFiguresDto;
}

class HazardMonthDto {
  @ApiProperty({ example: '2026-03', description: 'Month in China time, YYYY-MM' }) month: string;
  @ApiProperty({ enum: ['accident', 'occupational'] }) category: string;
  @ApiProperty({ enum: ['general', 'major', 'pending'], description: "The confirmed grade, or 'pending' for a report not verified yet (rejected and duplicate reports are not hazards and not counted)" })
  grade: string;
  @ApiProperty({ type: 'integer' }) reports: number;
}

class BudgetYearDto {
  @ApiProperty({ type: 'integer', example: 2026 }) year: number;
  @ApiProperty({ ...yuan, description: 'The budgets the unions of the subtree set for the year, added up' }) budgetYuan: string;
  @ApiProperty({ ...yuan, description: 'Of it, committed to rewards issued or queued' }) committedYuan: string;
  @ApiProperty({ ...yuan, description: 'Rewards of the year paid out by the unions of the subtree' }) paidYuan: string;
}

/** The hazard dashboard of a unit's subtree over a period, and of each unit directly under it. */
export class HazardDashboardDto {
  @ApiProperty({ type: DashboardUnitDto }) unit: DashboardUnitDto;
  @ApiProperty({ type: DashboardPeriodDto }) period: DashboardPeriodDto;
  @ApiProperty({ type: HazardDashboardFiguresDto }) totals: HazardDashboardFiguresDto;
  @ApiProperty({ type: [HazardMonthDto], description: 'Hazards per month, category and grade; combinations with none are left out' }) months: HazardMonthDto[];
  @ApiProperty({ type: [BudgetYearDto], description: "Each year of the period: the subtree's reward budgets against the rewards paid" }) budgets: BudgetYearDto[];
  @ApiProperty({ type: [HazardDashboardChildDto], description: 'Each unit directly under the unit with reports or hazards in the period' })
  children: HazardDashboardChildDto[];
}
