import { Controller, Get, Param } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Caller, CurrentCaller, OrgDirectory, ScopeChecker } from '@lc/platform';
import { OrgUnitOrmEntity } from '../../org-unit.orm-entity';
import { OrgUnitResponseDto, toOrgUnitResponse } from '../../org-unit.response.dto';

@ApiTags('org units')
@Controller('org-units')
export class GetOrgUnitHttpController {
  constructor(
    @InjectRepository(OrgUnitOrmEntity) private readonly units: Repository<OrgUnitOrmEntity>,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
  ) {}

  @Get(':id')
  @ApiOperation({ operationId: 'getOrgUnit', summary: '查看组织单位' })
  @ApiOkResponse({ type: OrgUnitResponseDto })
  @ApiForbiddenResponse({ description: 'The unit is outside your subtree' })
  @ApiNotFoundResponse({ description: 'No unit has this id' })
  async get(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<OrgUnitResponseDto> {
    const ref = await this.directory.get(id, 'id');
    await this.scope.assert(caller, 'read', { orgPath: ref.path });
    return toOrgUnitResponse(await this.units.findOneByOrFail({ id }));
  }
}
