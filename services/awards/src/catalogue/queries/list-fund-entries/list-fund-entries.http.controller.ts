import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, OrgDirectory, PageOf, PageQueryDto, ScopeChecker, yearParam, yuanOf } from '@lc/platform';
import { mayReadNomination } from '../../../nominations/nomination-visibility';
import { CatalogueQueries } from '../../catalogue.queries';
import { FundEntryDto } from '../../catalogue.response.dto';

/**
 * The fund's ledger (经费台账): each material reward paid from a union's competition fund for the year,
 * one line per conferred nomination, in the order paid. A reward for a nomination from hazard reporting
 * shows its amount to every reader of the fund, and its nominee only to those who may know the reporter.
 */
@ApiTags('honours')
@Controller('competition-funds')
export class ListFundEntriesHttpController {
  constructor(
    private readonly queries: CatalogueQueries,
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
    const { rows, total } = await this.queries.fundEntries(unit.id, year, query);
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
