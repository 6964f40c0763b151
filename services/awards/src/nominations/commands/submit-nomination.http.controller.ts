import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBadRequestResponse, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { unionCadreRoles } from '@lc/org';
import { ApprovalsService, auditActorOf, Caller, CurrentCaller, FirstBoxOpinionRequestDto, idParam, OrgDirectory, RequireRoles, ScopeChecker } from '@lc/platform';
import { NOMINATION_ITEM, nominationChain } from '../nomination-chain';
import { nominationAuditEntity, nominationView } from '../nomination-row';
import { NominationStore } from '../nomination-store';
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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: NominationStore,
    private readonly nominees: Nominees,
    private readonly directory: OrgDirectory,
    private readonly approvals: ApprovalsService,
    private readonly scope: ScopeChecker,
    private readonly audit: AuditTrail,
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
    const current = await this.store.load(id);
    await this.scope.assert(caller, 'write', { orgPath: current.nominee_path });
    const honour = await this.store.honour(current.honour_code);
    const conferring = await this.directory.get(current.conferring_unit_id, 'conferringUnitId');
    const nominee = await this.nominees.resolve(current.nominee_kind, current.nominee_id, conferring.path);
    const row = await this.dataSource.transaction(async (tx) => {
      const nomination = await this.store.load(id, tx, true);
      if (nomination.status !== 'candidate') throw new NominationNotCandidate(id, nomination.status);
      const [quota]: { quota: number; taken: number }[] = await tx.query(
        `SELECT quota, taken FROM honour_quotas WHERE honour_code = $1 AND conferring_unit_id = $2 AND year = $3`,
        [nomination.honour_code, nomination.conferring_unit_id, nomination.year],
      );
      if (!quota || quota.quota === 0) {
        throw new NoQuota(honour?.name, nomination.year, nomination.conferring_unit_id);
      }
      const [held]: { status: string }[] = await tx.query(
        `SELECT status FROM nominations WHERE honour_code = $1 AND year = $2 AND nominee_id = $3 AND status IN ('submitted', 'publicity', 'conferred')`,
        [nomination.honour_code, nomination.year, nomination.nominee_id],
      );
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
      const [[updated]] = (await tx
        .query(`UPDATE nominations SET status = 'submitted', approval_workflow_id = $2, status_note = NULL, updated_at = now() WHERE id = $1 RETURNING *`, [
          id,
          workflowId,
        ])
        .catch((err: { code?: string }) => {
          // Two submissions of the same nominee racing: the unique index lets one through.
          if (err.code === '23505') throw new AlreadyHonoured(`${nomination.nominee_name} is already nominated for ${honour?.name} in ${nomination.year}`, nomination.nominee_name, honour?.name, nomination.year);
          throw err;
        })) as [[typeof nomination]];
      await this.audit.append(tx, {
        actor: auditActorOf(caller),
        action: 'nomination.submitted',
        entity: nominationAuditEntity(nomination),
        after: { status: 'submitted', workflowId },
        correlationId: caller.correlationId,
      });
      return updated;
    });
    return nominationView(row);
  }
}
