import { Controller, Get, Param } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller } from '../../access/caller';
import { ScopeChecker } from '../../access/scope.checker';
import { OrgDirectory } from '../org-directory';
import { KnownOrgUnitDto } from './known-org-unit.response.dto';

/** This service's view of one org unit: what its scope checks see, for support and for checking the feed. */
@ApiTags('org tree')
@Controller('org-tree/units')
export class GetOrgTreeUnitHttpController {
  constructor(
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
  ) {}

  @Get(':id')
  @ApiOperation({ operationId: 'getKnownOrgUnit', summary: '查看本服务所知的组织单位', description: "The unit as this service knows it from registration's org-unit events" })
  @ApiOkResponse({ type: KnownOrgUnitDto })
  @ApiNotFoundResponse({ description: 'This service has not been told about the unit (yet)' })
  @ApiForbiddenResponse({ description: 'The unit is outside your subtree' })
  async get(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<KnownOrgUnitDto> {
    const unit = await this.directory.get(id, 'id');
    await this.scope.assert(caller, 'read', { orgPath: unit.path });
    return unit;
  }
}
