import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString } from 'class-validator';
import { idsOfPath } from '@lc/org';
import { Caller, CurrentCaller, idParam, OrgDirectory, PageOf, PageQueryDto, ScopeChecker, UserDirectory } from '@lc/platform';
import { nominationView } from '../nomination.row';
import { NominationRepository } from '../nomination.repository';
import { NominationQueries } from '../nominations.queries';
import { NominationVisibility, seesHazardNominations } from '../nomination-visibility';
import { NomineeNotFound } from '../nomination.errors';
import { HonourHeldDto, NominationDto, NominationWithObjectionsDto } from '../nomination.response.dto';

interface EnterpriseRef {
  id: string;
  name: string;
}

const statuses = ['candidate', 'submitted', 'publicity', 'conferred', 'withdrawn', 'rejected', 'over_quota'] as const;

class ListNominationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: statuses })
  @IsOptional()
  @IsIn(statuses, { message: `status: must be one of ${statuses.join(', ')}` })
  status?: (typeof statuses)[number];

  @ApiPropertyOptional() @IsOptional() @IsString() honourCode?: string;

  @ApiPropertyOptional({ description: 'Only those conferred by this union (a 公示 notice is one union’s)' }) @IsOptional() @IsString() conferringUnitId?: string;

  @ApiPropertyOptional({ type: 'integer', example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year: must be a whole year such as 2026' })
  year?: number;
}

@ApiTags('nominations')
@Controller()
export class NominationsHttpController {
  constructor(
    private readonly queries: NominationQueries,
    private readonly nominations: NominationRepository,
    private readonly scope: ScopeChecker,
    private readonly visibility: NominationVisibility,
    private readonly users: UserDirectory,
    private readonly directory: OrgDirectory,
  ) {}

  @Get('nominations')
  @ApiOperation({
    operationId: 'listNominations',
    summary: '荣誉推荐列表',
    description: 'Nominations of nominees in your subtree, or conferred by your union; status=publicity lists those in 公示.',
  })
  @ApiOkResponse({ type: PageOf(NominationDto), description: 'Nominations of nominees in your subtree, priority recommendations (优先推荐) first; status=publicity lists what is in 公示' })
  async list(@Query() query: ListNominationsQueryDto, @CurrentCaller() caller: Caller) {
    const { rows, total } = await this.queries.ofSubtree(
      caller.principal.orgPath,
      {
        status: query.status ?? null,
        honourCode: query.honourCode ?? null,
        conferringUnitId: query.conferringUnitId ?? null,
        year: query.year ?? null,
        withHazardNominations: seesHazardNominations(caller.principal),
      },
      { limit: query.limit, offset: query.offset },
    );
    const enterprises = new Map<string, Promise<EnterpriseRef | null>>();
    return { total, items: await Promise.all(rows.map(async (n) => this.withNames(nominationView(n), n.nominee_path, enterprises))) };
  }

  @Get('nominations/:id')
  @ApiOperation({
    operationId: 'getNomination',
    summary: '查看荣誉推荐',
    description: "A nomination with its objections (异议), for the units on the nominee's line.",
  })
  @ApiOkResponse({ type: NominationWithObjectionsDto })
  async get(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller) {
    const nomination = await this.nominations.load(id);
    await this.visibility.assertReadable(caller, nomination);
    const objections = await this.queries.objectionsTo(id);
    return {
      ...(await this.withNames(nominationView(nomination), nomination.nominee_path, new Map())),
      objections: objections.map((o) => ({ id: o.id, reason: o.reason, status: o.status, rulingNote: o.ruling_note, lodgedAt: o.lodged_at, ruledAt: o.ruled_at })),
    };
  }

  @Get('honour-history/:nomineeId')
  @ApiOperation({ operationId: 'getHonourHistory', summary: '查看荣誉记录', description: 'The honours a person, team or unit holds, for the units on its line.' })
  @ApiOkResponse({ type: [HonourHeldDto], description: "The honours a person, team or unit holds, newest first, with certificate numbers" })
  @ApiNotFoundResponse({ description: 'No person or org unit has this id' })
  @ApiForbiddenResponse({ description: 'The nominee is not on your line of units' })
  async history(@Param('nomineeId') nomineeId: string, @CurrentCaller() caller: Caller) {
    // Checked on where the nominee is now (a person's unit, or the team or unit itself), even with no honour yet.
    await this.scope.assertInLineOf(caller, await this.nomineePath(nomineeId), "the nominee's honours");
    const rows = await this.queries.honoursHeldBy(nomineeId);
    return rows.map((r) => ({
      nominationId: r.nomination_id,
      honourCode: r.honour_code,
      honour: r.name,
      year: r.year,
      conferringUnitId: r.conferring_unit_id,
      certificateNo: r.certificate_no,
      certificate: `/nominations/${r.nomination_id}/certificate.pdf`,
      conferredAt: r.conferred_at,
    }));
  }

  /**
   * The view with the names a notice prints: the conferring union's, and the enterprise the nominee
   * belongs to (a unit is its own). Readers below the conferring union (a worker on the nominee's line)
   * may not read that union's record, but may read its name on the nomination.
   */
  private async withNames<V extends ReturnType<typeof nominationView>>(view: V, nomineePath: string, cache: Map<string, Promise<EnterpriseRef | null>>) {
    let found = cache.get(nomineePath);
    if (!found) {
      found = this.enterpriseOf(nomineePath);
      cache.set(nomineePath, found);
    }
    const conferring = await this.directory.find(view.conferringUnitId);
    return { ...view, conferringUnitName: conferring?.name ?? view.conferringUnitId, nominee: { ...view.nominee, enterprise: await found } };
  }

  private async enterpriseOf(path: string): Promise<EnterpriseRef | null> {
    for (const id of idsOfPath(path).reverse()) {
      const unit = await this.directory.find(id);
      if (unit?.kind === 'enterprise_union') return { id: unit.id, name: unit.name };
    }
    return null;
  }

  private async nomineePath(nomineeId: string): Promise<string> {
    const user = await this.users.find(nomineeId);
    const unit = await this.directory.find(user?.orgUnitId ?? nomineeId);
    if (!unit) throw new NomineeNotFound(nomineeId);
    return unit.path;
  }
}
