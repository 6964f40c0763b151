import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Repository } from 'typeorm';
import { CompetitionOrmEntity } from '../../competition.orm-entity';
import { CompetitionResponseDto, toCompetitionResponse } from '../../competition.response.dto';

class ListCompetitionsQueryDto {
  @ApiPropertyOptional({ description: 'Only competitions of this organiser' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  organiserOrgUnitId?: string;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;

  @ApiPropertyOptional({ default: 0, minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset = 0;
}

class CompetitionPageDto {
  @ApiProperty({ type: [CompetitionResponseDto] }) items: CompetitionResponseDto[];
  @ApiProperty() total: number;
}

@ApiTags('competitions')
@Controller('competitions')
export class ListCompetitionsHttpController {
  constructor(@InjectRepository(CompetitionOrmEntity) private readonly competitions: Repository<CompetitionOrmEntity>) {}

  @Get()
  @ApiOkResponse({ type: CompetitionPageDto, description: 'Competitions, newest first' })
  async list(@Query() query: ListCompetitionsQueryDto): Promise<CompetitionPageDto> {
    const [rows, total] = await this.competitions.findAndCount({
      where: query.organiserOrgUnitId ? { organiserOrgUnitId: query.organiserOrgUnitId } : {},
      order: { createdAt: 'DESC', id: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items: rows.map((c) => toCompetitionResponse(c)), total };
  }
}
