import { Controller, Get, Param } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { ancestorIds } from '@lc/org';
import { Caller, CurrentCaller, OrgDirectory, ScopeChecker } from '@lc/platform';
import { OrgUnitOrmEntity } from '../../org-unit.orm-entity';

class AncestorDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() kind: string;
  @ApiProperty() path: string;
}

@ApiTags('org units')
@Controller('org-units')
export class ListAncestorsHttpController {
  constructor(
    @InjectRepository(OrgUnitOrmEntity) private readonly units: Repository<OrgUnitOrmEntity>,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
  ) {}

  /** Names and kinds only: where a unit sits, not the details of the unions above it. */
  @Get(':id/ancestors')
  @ApiOperation({
    operationId: 'listOrgUnitAncestors',
    summary: '上级组织列表',
    description: 'Names and kinds only, from the root down: where a unit sits, not the details of the unions above it.',
  })
  @ApiOkResponse({ type: [AncestorDto], description: 'The units above, from the root down (the unit itself excluded)' })
  @ApiForbiddenResponse({ description: 'The unit is outside your subtree' })
  async ancestors(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<AncestorDto[]> {
    const ref = await this.directory.get(id, 'id');
    await this.scope.assert(caller, 'read', { orgPath: ref.path });
    const ids = ancestorIds(ref.path);
    const rows = await this.units.findBy({ id: In(ids) });
    const byId = new Map(rows.map((u) => [u.id, u]));
    return ids.flatMap((ancestorId) => {
      const unit = byId.get(ancestorId);
      return unit ? [{ id: unit.id, name: unit.name, kind: unit.kind, path: unit.path }] : [];
    });
  }
}
