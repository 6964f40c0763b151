import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsInt, IsNumber, Max, Min } from 'class-validator';
import { unionCadreRoles } from '@lc/org';
import { AuditedCommand, Caller, CurrentCaller, OrgDirectory, RequireRoles, ScopeChecker, yuanOf, yearParam } from '@lc/platform';
import { conferringKinds } from './honour-catalogue';
import { FundBelowSpent, QuotaBelowTaken } from './catalogue.errors';
import { NotConferredAtThisLevel, UnknownHonour } from '../nominations/nomination.errors';
import { CompetitionFundDto, HonourDto, HonourQuotaDto } from './catalogue.response.dto';
import { WaitingList } from '../publicity/waiting-list';
import { CompetitionFundRepository } from './competition-fund.repository';
import { HonourQuotaRepository } from './honour-quota.repository';
import { HonourRepository } from './honour.repository';

class SetQuotaRequestDto {
  @ApiProperty({ description: 'Places a year (e.g. the city 10-20 demonstration enterprises, a county 3-5)' })
  @IsInt({ message: 'quota: must be a whole number' })
  @Min(0)
  @Max(10_000)
  quota: number;
}

class SetFundRequestDto {
  @ApiProperty({ description: "The year's competition fund in yuan (seed 003: 500,000 at the city)", example: 500000 })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'totalYuan: must be an amount in yuan with at most two decimals' })
  @Min(0)
  @Max(1_000_000_000)
  totalYuan: number;
}

/** The honour catalogue, each conferring unit's yearly quotas, and its competition fund. */
@ApiTags('honours')
@Controller()
export class CatalogueHttpController {
  constructor(
    private readonly catalogue: HonourRepository,
    private readonly quotas: HonourQuotaRepository,
    private readonly funds: CompetitionFundRepository,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly commands: AuditedCommand,
    private readonly waitingList: WaitingList,
  ) {}

  @Get('honours')
  @ApiOperation({ operationId: 'listHonours', summary: '荣誉目录' })
  @ApiOkResponse({ type: [HonourDto], description: 'Every honour: conferring level, nominee kind, criteria, material reward' })
  async honours() {
    const rows = await this.catalogue.all();
    return rows.map((h) => ({
      code: h.code,
      name: h.name,
      conferringLevel: h.conferring_level,
      nomineeKind: h.nominee_kind,
      criteria: h.criteria,
      materialRewardYuan: yuanOf(h.material_reward_fen),
    }));
  }

  @Put('honour-quotas/:honourCode/:unitId/:year')
  @RequireRoles(...unionCadreRoles)
  @ApiOperation({
    operationId: 'setHonourQuota',
    summary: '设置荣誉名额',
    description: 'The yearly places of an honour at a union of its conferring level; never below the places already taken. Places added go to the nominations waiting (候补), first approved first.',
  })
  @ApiOkResponse({ type: HonourQuotaDto })
  @ApiConflictResponse({ description: 'The quota would be below the places already taken' })
  async setQuota(
    @Param('honourCode') honourCode: string,
    @Param('unitId') unitId: string,
    @Param('year', yearParam) year: number,
    @Body() body: SetQuotaRequestDto,
    @CurrentCaller() caller: Caller,
  ) {
    const honour = await this.catalogue.byCode(honourCode);
    if (!honour) throw new UnknownHonour('honourCode', honourCode);
    const unit = await this.directory.get(unitId, 'unitId');
    if (!(conferringKinds[honour.conferring_level] as readonly string[]).includes(unit.kind)) {
      throw new NotConferredAtThisLevel('unitId', `${honour.name} is conferred at the ${honour.conferring_level} level; ${unit.id} is a ${unit.kind}`, honour.name);
    }
    await this.scope.assert(caller, 'write', { orgPath: unit.path });
    const quota = { honour_code: honourCode, conferring_unit_id: unit.id, year };
    return this.commands.run(caller, async ({ tx, audit }) => {
      const current = await this.quotas.lockOrCreate(tx, quota, unit.path);
      if (body.quota < current.taken) throw new QuotaBelowTaken(current.taken, year);
      await this.quotas.setPlaces(tx, quota, body.quota);
      await audit({
        action: 'honour-quota.set',
        entity: { type: 'honour-quota', id: `${honourCode}:${unit.id}:${year}`, orgUnitId: unit.id, orgPath: unit.path },
        before: { quota: current.quota },
        after: { quota: body.quota },
      });
      // Places added go to the nominations waiting (候补), first approved first.
      const promoted = await this.waitingList.fillFreePlaces(tx, quota, { quotaRaisedTo: body.quota }, caller.correlationId);
      const taken = current.taken + promoted.length;
      return { honourCode, unitId: unit.id, year, quota: body.quota, taken, left: body.quota - taken };
    });
  }

  @Put('competition-funds/:unitId/:year')
  @RequireRoles('finance', ...unionCadreRoles)
  @ApiOperation({
    operationId: 'setCompetitionFund',
    summary: '设置竞赛经费',
    description: "A union's competition fund for the year, from which material rewards of honours are paid; never below what is already spent. Finance or a union cadre.",
  })
  @ApiOkResponse({ type: CompetitionFundDto })
  async setFund(@Param('unitId') unitId: string, @Param('year', yearParam) year: number, @Body() body: SetFundRequestDto, @CurrentCaller() caller: Caller) {
    const unit = await this.directory.get(unitId, 'unitId');
    await this.scope.assert(caller, 'write', { orgPath: unit.path });
    const total = Math.round(body.totalYuan * 100);
    return this.commands.run(caller, async ({ tx, audit }) => {
      const current = await this.funds.lockOrCreate(tx, unit, year);
      if (BigInt(total) < BigInt(current.spent_fen)) throw new FundBelowSpent(yuanOf(current.spent_fen));
      await this.funds.setTotal(tx, unit.id, year, total);
      await audit({
        action: 'competition-fund.set',
        entity: { type: 'competition-fund', id: `${unit.id}:${year}`, orgUnitId: unit.id, orgPath: unit.path },
        before: { totalYuan: yuanOf(current.total_fen) },
        after: { totalYuan: yuanOf(total) },
      });
      return { unitId: unit.id, year, totalYuan: yuanOf(total), spentYuan: yuanOf(current.spent_fen), leftYuan: yuanOf(BigInt(total) - BigInt(current.spent_fen)) };
    });
  }

  @Get('competition-funds/:unitId/:year')
  @ApiOperation({ operationId: 'getCompetitionFund', summary: '查看竞赛经费', description: "A union's competition fund for the year: total, spent and left, in yuan." })
  @ApiOkResponse({ type: CompetitionFundDto })
  async getFund(@Param('unitId') unitId: string, @Param('year', yearParam) year: number, @CurrentCaller() caller: Caller) {
    const unit = await this.directory.get(unitId, 'unitId');
    await this.scope.assert(caller, 'read', { orgPath: unit.path });
    const row = await this.funds.figures(unit.id, year);
    const total = row?.total_fen ?? '0';
    const spent = row?.spent_fen ?? '0';
    return { unitId: unit.id, year, totalYuan: yuanOf(total), spentYuan: yuanOf(spent), leftYuan: yuanOf(BigInt(total) - BigInt(spent)) };
  }
}
