import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, OrgDirectory, PageOf } from '@lc/platform';
import { CatalogueQueries } from '../../catalogue.queries';
import { HonourQuotaLineDto } from '../../catalogue.response.dto';
import { ListHonourQuotasQueryDto } from './list-honour-quotas.request.dto';

/**
 * The yearly quotas on the caller's line: those of the unions above (whose places the caller's
 * nominations climb to) and of the unions in the caller's subtree, with the places taken (approved,
 * in publicity or conferred), in approval and left.
 */
@ApiTags('honours')
@Controller('honour-quotas')
export class ListHonourQuotasHttpController {
  constructor(
    private readonly queries: CatalogueQueries,
    private readonly directory: OrgDirectory,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'listHonourQuotas',
    summary: '荣誉名额列表',
    description: "The quotas of the unions on your line (above you and in your subtree), by level, with the places taken, in approval and left.",
  })
  @ApiOkResponse({ type: PageOf(HonourQuotaLineDto) })
  async list(@Query() query: ListHonourQuotasQueryDto, @CurrentCaller() caller: Caller) {
    const filter = { year: query.year ?? null, honourCode: query.honourCode ?? null };
    const { rows, total } = await this.queries.quotasOnLineOf(caller.principal.orgPath, filter, query);
    const names = new Map<string, string>();
    for (const id of new Set(rows.map((r) => r.conferring_unit_id))) names.set(id, (await this.directory.find(id))?.name ?? id);
    return {
      total,
      items: rows.map((r) => ({
        honourCode: r.honour_code,
        honourName: r.honour_name,
        conferringLevel: r.conferring_level,
        nomineeKind: r.nominee_kind,
        unitId: r.conferring_unit_id,
        unitName: names.get(r.conferring_unit_id) ?? r.conferring_unit_id,
        year: r.year,
        quota: r.quota,
        taken: r.taken,
        inApproval: r.in_approval,
        left: r.quota - r.taken,
      })),
    };
  }
}
