import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { HazardCategory, hazardCategories } from '@lc/contracts';
import { IsCalendarDate } from '@lc/platform';
import { UnitPageQueryDto } from '../../../subtree-query';

const statuses = ['reported', 'confirmed', 'duplicate', 'rejected'] as const;

export class ListReportsQueryDto extends UnitPageQueryDto {
  @ApiPropertyOptional({ enum: statuses })
  @IsOptional()
  @IsIn(statuses, { message: `status: must be one of ${statuses.join(', ')}` })
  status?: (typeof statuses)[number];

  @ApiPropertyOptional({ enum: hazardCategories })
  @IsOptional()
  @IsIn(hazardCategories, { message: `category: must be one of ${hazardCategories.join(', ')}` })
  category?: HazardCategory;

  @ApiPropertyOptional({ description: 'Reported on or after this day (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Reported on or before this day (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}
