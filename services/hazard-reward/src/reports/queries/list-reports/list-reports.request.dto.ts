import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { HazardCategory, hazardCategories } from '@lc/contracts';
import { IsCalendarDate, PageQueryDto } from '@lc/platform';

const statuses = ['reported', 'confirmed', 'duplicate', 'rejected'] as const;

export class ListReportsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: "A unit in your subtree (default: your own unit); its whole subtree's reports are listed" })
  @IsOptional()
  @IsString()
  unitId?: string;

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
