import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { descendantsLikePattern, escapeLike, OrgUnitKind, orgUnitKinds } from '@lc/org';
import { Caller, CurrentCaller, OrgDirectory, PageQueryDto, ScopeChecker } from '@lc/platform';
import { OrgUnitOrmEntity } from '../../org-unit.orm-entity';
import { OrgUnitResponseDto, toOrgUnitResponse } from '../../org-unit.response.dto';
import { SubtreeCountsDto, subtreeCounts } from './subtree-counts.query';

class ListSubtreeQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: orgUnitKinds, description: 'Only units of this kind' })
  @IsOptional()
  @IsIn(orgUnitKinds, { message: `kind must be one of ${orgUnitKinds.join(', ')}` })
  kind?: OrgUnitKind;

  @ApiPropertyOptional({ enum: ['active', 'inactive', 'all'], default: 'active' })
  @IsOptional()
  @IsIn(['active', 'inactive', 'all'], { message: "status must be 'active', 'inactive' or 'all'" })
  status: 'active' | 'inactive' | 'all' = 'active';

  @ApiPropertyOptional({ type: Boolean, description: "Only the unit's direct children (the unit itself left out): a tree opened one level at a time" })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: "childrenOnly must be 'true' or 'false'" })
  childrenOnly?: boolean;

  @ApiPropertyOptional({ description: 'Only units whose name contains this, e.g. to pick one by name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'Each unit with the enterprises, teams and workers at or under it (counts), as a tree shows them' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: "withCounts must be 'true' or 'false'" })
  withCounts?: boolean;
}

class OrgUnitInSubtreeDto extends OrgUnitResponseDto {
  @ApiPropertyOptional({ type: SubtreeCountsDto, description: 'With withCounts=true only' }) counts?: SubtreeCountsDto;
}

class OrgUnitPageDto {
  @ApiProperty({ type: [OrgUnitInSubtreeDto] }) items: OrgUnitInSubtreeDto[];
  @ApiProperty() total: number;
}

@ApiTags('org units')
@Controller('org-units')
export class ListSubtreeHttpController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
  ) {}

  @Get(':id/subtree')
  @ApiOperation({
    operationId: 'listOrgUnitSubtree',
    summary: '下级组织列表',
    description: 'The unit and every unit under it (or only its children), in tree order, optionally of one kind, status or name, and with what stands under each (withCounts).',
  })
  @ApiOkResponse({ type: OrgUnitPageDto, description: 'The unit and every unit under it, in tree order (by path)' })
  @ApiForbiddenResponse({ description: 'The unit is outside your subtree' })
  async subtree(@Param('id') id: string, @Query() query: ListSubtreeQueryDto, @CurrentCaller() caller: Caller): Promise<OrgUnitPageDto> {
    const ref = await this.directory.get(id, 'id');
    await this.scope.assert(caller, 'read', { orgPath: ref.path });
    const builder = this.dataSource.getRepository(OrgUnitOrmEntity).createQueryBuilder('u');
    if (query.childrenOnly) builder.where('u.parentId = :id', { id: ref.id });
    else builder.where(`(u.path = :path OR u.path LIKE :under)`, { path: ref.path, under: descendantsLikePattern(ref.path) });
    if (query.q) builder.andWhere(`u.name ILIKE :name`, { name: `%${escapeLike(query.q)}%` });
    if (query.kind) builder.andWhere('u.kind = :kind', { kind: query.kind });
    if (query.status !== 'all') builder.andWhere('u.active = :active', { active: query.status === 'active' });
    const [rows, total] = await builder.orderBy('u.path', 'ASC').take(query.limit).skip(query.offset).getManyAndCount();
    if (!query.withCounts) return { items: rows.map(toOrgUnitResponse), total };
    const counts = await subtreeCounts(this.dataSource, rows);
    return { items: rows.map((u) => ({ ...toOrgUnitResponse(u), counts: counts.get(u.id) })), total };
  }
}
