import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { unionCadreRoles } from '@lc/org';
import { ApprovalsService, AuditedCommand, Caller, CurrentCaller, FirstBoxOpinionRequestDto, idParam, OrgDirectory, RequireRoles, ScopeChecker } from '@lc/platform';
import { HonourRepository } from '../../catalogue/honour.repository';
import { HonourQuotaRepository } from '../../catalogue/honour-quota.repository';
import { NOMINATION_ITEM, nominationChain } from '../nomination-chain';
import { nominationAuditEntity, nominationView } from '../nomination.row';
import { NominationRepository } from '../nomination.repository';
import { Nominees } from '../nominees';
import { AlreadyHonoured, NominationNotCandidate, NoQuota } from '../nomination.errors';
import { NominationDto } from '../nomination.response.dto';

/**
 * Puts a candidate up the chain, after the eligibility checks: a quota exists for the honour, the
 * conferring union and the year; the nominee does not hold or have in progress the same honour this
 * year (the database's unique index, answered with the reason).
 */
@ApiTags('nominations')
@Controller('nominations')
export class SubmitNominationHttpController {
  constructor(
    private readonly nominations: NominationRepository,
    private readonly honours: HonourRepository,
    private readonly quotas: HonourQuotaRepository,
    private readonly nominees: Nominees,
    private readonly directory: OrgDirectory,
    private readonly approvals: ApprovalsService,
    private readonly scope: ScopeChecker,
    private readonly commands: AuditedCommand,
  ) {}

  @Post(':id/submission')
  @HttpCode(200)
  @RequireRoles(...unionCadreRoles)
  @ApiOperation({
    operationId: 'submitNomination',
    summary: '提交荣誉推荐',
    description:
      "Checks eligibility (a quota for the year; the honour not held or in progress this year) and starts the approval chain from the nominee's enterprise union up to the conferring union. A cadre of that enterprise union fills its box (企业工会推荐意见) with the submission by giving firstBoxOpinion.",
  })
  @ApiBadRequestResponse({ description: 'firstBoxOpinion is missing where only you can fill the first box' })
  @ApiOkResponse({ type: NominationDto, description: 'The nomination, submitted: its approval chain runs to the conferring union' })
  @ApiConflictResponse({ description: 'Not eligible: no quota, the honour already held or in progress this year, or not a candidate' })
  async submit(@Param('id', idParam) id: string, @Body() body: FirstBoxOpinionRequestDto, @CurrentCaller() caller: Caller) {
    const current = await this.nominations.load(id);
    await this.scope.assert(caller, 'write', { orgPath: current.nominee_path });
    const honour = await this.honours.byCode(current.honour_code);
    const conferring = await this.directory.get(current.conferring_unit_id, 'conferringUnitId');
    const nominee = await this.nominees.resolve(current.nominee_kind, current.nominee_id, conferring.path);
    const row = await this.commands.run(caller, async ({ tx, audit }) => {
      const nomination = await this.nominations.load(id, tx, true);
      if (nomination.status !== 'candidate') throw new NominationNotCandidate(id, nomination.status);
      const quota = await this.quotas.places(tx, nomination);
      if (!quota || quota.quota === 0) {
        throw new NoQuota(honour?.name, nomination.year, nomination.conferring_unit_id);
      }
      const held = await this.nominations.liveForNominee(tx, nomination);
      if (held) {
        throw new AlreadyHonoured(
          `${nomination.nominee_name} ${held.status === 'conferred' ? 'already holds' : 'is already nominated for'} ${honour?.name} in ${nomination.year}; an honour is held once a year`,
          nomination.nominee_name,
          honour?.name,
          nomination.year,
        );
      }
      const { workflowId } = await this.approvals.submit(
        tx,
        {
          itemKind: NOMINATION_ITEM,
          itemId: id,
          title: `${honour?.name} 推荐：${nomination.nominee_name}`,
          submitterUnitId: nominee.enterpriseUnitId,
          ...nominationChain(nomination.nominee_kind, conferring.kind),
          firstBoxOpinion: body.firstBoxOpinion,
        },
        caller,
      );
      const updated = await this.nominations.markSubmitted(tx, id, workflowId);
      // Two submissions of the same nominee racing: the unique index lets one through.
      if (!updated) throw new AlreadyHonoured(`${nomination.nominee_name} is already nominated for ${honour?.name} in ${nomination.year}`, nomination.nominee_name, honour?.name, nomination.year);
      await audit({ action: 'nomination.submitted', entity: nominationAuditEntity(nomination), after: { status: 'submitted', workflowId } });
      return updated;
    });
    return nominationView(row);
  }
}
