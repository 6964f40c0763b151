import { Controller, Get, Param, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, OrgDirectory, PageOf, PageQueryDto, ScopeChecker, yearParam, yuanOf } from '@lc/platform';
import { mayReadNomination } from '../../../nominations/nomination-visibility';
import { FundEntryDto } from '../../catalogue.response.dto';

interface EntryRow {
  nomination_id: string;
  honour_code: string;
  honour_name: string;
  nominee_kind: 'person' | 'team' | 'unit';
  nominee_name: string;
  nominee_path: string;
  source: 'assessment' | 'hazard' | 'manual';
  amount_fen: string;
  recorded_at: Date;
}

/**
 * The fund's ledger (经费台账): each material reward paid from a union's competition fund for the year,
 * one line per conferred nomination, in the order paid. A reward for a nomination from hazard reporting
 * shows its amount to every reader of the fund, and its nominee only to those who may know the reporter.
 */
@ApiTags('honours')
@Controller('competition-funds')
export class ListFundEntriesHttpController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
  ) {}

  @Get(':unitId/:year/entries')
  @ApiOperation({ operationId: 'listCompetitionFundEntries', summary: '竞赛经费台账', description: "The lines of a union's competition fund for the year: each material reward paid, oldest first." })
  @ApiOkResponse({ type: PageOf(FundEntryDto) })
  @ApiForbiddenResponse({ description: 'The union is outside your subtree' })
  async list(@Param('unitId') unitId: string, @Param('year', yearParam) year: number, @Query() query: PageQueryDto, @CurrentCaller() caller: Caller) {
    const unit = await this.directory.get(unitId, 'unitId');
    await this.scope.assert(caller, 'read', { orgPath: unit.path });
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM fund_entries WHERE unit_id = $1 AND year = $2`, [unit.id, year]);
    const rows: EntryRow[] = await this.dataSource.query(
      `SELECT e.nomination_id, n.honour_code, h.name AS honour_name, n.nominee_kind, n.nominee_name, n.nominee_path, n.source, e.amount_fen, e.recorded_at
         FROM fund_entries e JOIN nominations n ON n.id = e.nomination_id JOIN honours h ON h.code = n.honour_code
        WHERE e.unit_id = $1 AND e.year = $2
        ORDER BY e.id LIMIT ${query.limit} OFFSET ${query.offset}`,
      [unit.id, year],
    );
    return {
      total,
      items: rows.map((r, i) => ({
        lineNo: query.offset + i + 1,
        nominationId: r.nomination_id,
        honourCode: r.honour_code,
        honourName: r.honour_name,
        nominee: mayReadNomination(caller.principal, r) ? { kind: r.nominee_kind, name: r.nominee_name } : null,
        amountYuan: yuanOf(r.amount_fen),
        recordedAt: r.recorded_at.toISOString(),
      })),
    };
  }
}
