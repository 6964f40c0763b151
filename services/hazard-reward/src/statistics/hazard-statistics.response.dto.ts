import { ApiProperty } from '@nestjs/swagger';

const yuan = { example: '2000.00', description: 'Yuan, two decimals' };

class HazardFiguresDto {
  @ApiProperty({ type: 'integer' }) reports: number;
  @ApiProperty({ type: 'integer' }) confirmed: number;
  @ApiProperty({ type: 'integer' }) duplicates: number;
  @ApiProperty({ type: 'integer' }) rejected: number;
  @ApiProperty({ type: 'integer', description: 'Not verified yet' }) pending: number;
  @ApiProperty({ type: 'integer' }) closed: number;
  @ApiProperty({ type: Number, nullable: true, description: 'closed ÷ confirmed, in percent to one decimal; null with nothing confirmed' })
  rectificationRatePercent: number | null;
  @ApiProperty({ type: 'integer' }) overdue: number;
  @ApiProperty({ type: 'integer' }) rewardsPaid: number;
  @ApiProperty(yuan) rewardsPaidYuan: string;
}

class ChildFiguresDto extends HazardFiguresDto {
  @ApiProperty() unitId: string;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
}

class StatisticsUnitDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

class StatisticsPeriodDto {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
}

class YearBudgetDto {
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty(yuan) totalYuan: string;
  @ApiProperty(yuan) committedYuan: string;
  @ApiProperty(yuan) leftYuan: string;
}

class CategoryGradeFiguresDto {
  @ApiProperty({ enum: ['accident', 'occupational'] }) category: string;
  @ApiProperty({ type: String, enum: ['general', 'major'], nullable: true, description: 'null for reports not confirmed (pending, duplicate, rejected)' }) grade: string | null;
  @ApiProperty({ type: 'integer' }) reports: number;
  @ApiProperty({ type: 'integer' }) confirmed: number;
  @ApiProperty({ type: 'integer' }) closed: number;
  @ApiProperty({ type: 'integer' }) overdue: number;
}

/** 安康杯 figures of a unit and of each unit directly under it, for the reports made in the period. */
export class HazardStatisticsDto {
  @ApiProperty({ type: StatisticsUnitDto }) unit: StatisticsUnitDto;
  @ApiProperty({ type: StatisticsPeriodDto }) period: StatisticsPeriodDto;
  @ApiProperty({ type: HazardFiguresDto }) totals: HazardFiguresDto;
  @ApiProperty({ type: [CategoryGradeFiguresDto], description: 'The same reports by category and, once confirmed, grade' }) byCategoryAndGrade: CategoryGradeFiguresDto[];
  @ApiProperty({ type: [YearBudgetDto], description: "The unit's budgets of the period's years that were set" }) budgets: YearBudgetDto[];
  @ApiProperty({ type: [ChildFiguresDto] }) children: ChildFiguresDto[];
}

export class TopReporterDto {
  @ApiProperty() userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: 'integer', description: 'Confirmed hazards in the period' }) confirmed: number;
  @ApiProperty({ type: 'integer', description: 'Of them, major' }) major: number;
  @ApiProperty(yuan) rewardsPaidYuan: string;
}
