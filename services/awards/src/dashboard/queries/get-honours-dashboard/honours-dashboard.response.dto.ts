import { ApiProperty } from '@nestjs/swagger';
import { DashboardChildDto, DashboardPeriodDto, DashboardUnitDto } from '@lc/platform';
import { HONOUR_LEVELS } from './honour-levels';

class HonourLevelDto {
  @ApiProperty({ enum: HONOUR_LEVELS, description: 'The level that confers the honour' }) level: string;
  @ApiProperty({ type: 'integer', description: 'Honours of this level conferred in the period' }) conferred: number;
  @ApiProperty({ type: 'integer', description: 'Nominations for an honour of this level made in the period and still under way (candidate, in approval, in publicity)' })
  underWay: number;
}

class HonoursFiguresDto {
  @ApiProperty({ type: 'integer' }) conferred: number;
  @ApiProperty({ type: 'integer' }) underWay: number;
  @ApiProperty({ type: [HonourLevelDto], description: 'Every level, county to national' }) levels: HonourLevelDto[];
}

class HonoursDashboardChildDto extends DashboardChildDto {
  @ApiProperty({ type: HonoursFiguresDto }) figures: HonoursFiguresDto;
}

/** Honours per level conferred on the nominees of a subtree in a period, and for each unit directly under it. */
export class HonoursDashboardDto {
  @ApiProperty({ type: DashboardUnitDto }) unit: DashboardUnitDto;
  @ApiProperty({ type: DashboardPeriodDto }) period: DashboardPeriodDto;
  @ApiProperty({ type: HonoursFiguresDto }) totals: HonoursFiguresDto;
  @ApiProperty({ type: [HonoursDashboardChildDto], description: 'Each unit directly under the unit with honours or nominations in the period' })
  children: HonoursDashboardChildDto[];
}
