import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { FIRST_YEAR, LAST_YEAR, PageQueryDto } from '@lc/platform';

export class ListHonourQuotasQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ type: 'integer', example: 2026, description: 'Only this year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year: must be a whole year such as 2026' })
  @Min(FIRST_YEAR, { message: `year: must be ${FIRST_YEAR} or later` })
  @Max(LAST_YEAR, { message: `year: must be ${LAST_YEAR} or earlier` })
  year?: number;

  @ApiPropertyOptional({ description: 'Only this honour' })
  @IsOptional()
  @IsString()
  honourCode?: string;
}
