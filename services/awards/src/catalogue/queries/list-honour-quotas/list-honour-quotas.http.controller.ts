import { Controller, Get, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { descendantsLikePattern, lineagePaths } from '@lc/org';
import { Caller, CurrentCaller, OrgDirectory, PageOf } from '@lc/platform';
import { HonourQuotaLineDto } from '../../catalogue.response.dto';
import { ListHonourQuotasQueryDto } from './list-honour-quotas.request.dto';

interface QuotaRow {
  honour_code: string;
  honour_name: string;
  conferring_level: string;
  nominee_kind: string;
  conferring_unit_id: string;
  year: number;
  quota: number;
  taken: number;
  in_approval: number;
}

/**
 * The yearly quotas on the caller's line: those of the unions above (whose places the caller's
 * nominations climb to) and of the unions in the caller's subtree, with the places taken (approved,
 * in publicity or conferred), in approval and left.
 */
@ApiTags('honours')
@Controller('honour-quotas')
export class ListHonourQuotasHttpController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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
    const own = caller.principal.orgPath;
    const params = [lineagePaths(own), descendantsLikePattern(own), query.year ?? null, query.honourCode ?? null];
    const where = `(q.conferring_path = ANY($1) OR q.conferring_path LIKE $2) AND ($3::int IS NULL OR q.year = $3) AND ($4::text IS NULL OR q.honour_code = $4)`;
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM honour_quotas q WHERE ${where}`, params);
    const rows: QuotaRow[] = await this.dataSource.query(
      `SELECT q.honour_code, h.name AS honour_name, h.conferring_level, h.nominee_kind, q.conferring_unit_id, q.year, q.quota, q.taken,
              (SELECT count(*)::int FROM nominations n
                WHERE n.honour_code = q.honour_code AND n.conferring_unit_id = q.conferring_unit_id AND n.year = q.year AND n.status = 'submitted') AS in_approval
         FROM honour_quotas q JOIN honours h ON h.code = q.honour_code
        WHERE ${where}
        ORDER BY q.year DESC, array_position(ARRAY['national', 'province', 'city', 'county'], h.conferring_level), q.conferring_unit_id, q.honour_code
        LIMIT ${query.limit} OFFSET ${query.offset}`,
      params,
    );
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
