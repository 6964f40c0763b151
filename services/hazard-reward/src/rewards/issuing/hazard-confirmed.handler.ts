import { chinaDayOf, chinaYearOf, InboxContext, InboxEvent, yuanOf } from '@lc/platform';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import { AuditTrail } from '@lc/audit';
import { EventEnvelope, hazardConfirmedV1, HazardConfirmedV1 } from '@lc/contracts';
import { RewardSchemeRepository } from '../schemes/reward-scheme.repository';
import { systemActor } from '../system-actor';
import { RewardApproval } from './reward-approval';
import { RewardIssuer } from './reward-issuer';
import { RewardRepository } from '../reward.repository';

/**
 * The reward of a confirmed hazard, made once however often the event arrives: the inbox drops a
 * redelivered event, and the rewards table's unique report id drops a copy that comes under another
 * event id or races in on another partition.
 */
@Controller()
export class HazardConfirmedHandler {
  constructor(
    private readonly schemes: RewardSchemeRepository,
    private readonly issuer: RewardIssuer,
    private readonly approval: RewardApproval,
    private readonly rewards: RewardRepository,
    private readonly audit: AuditTrail,
  ) {}

  @InboxEvent(hazardConfirmedV1, { consumer: 'rewards' })
  async handle(@Payload() event: EventEnvelope<HazardConfirmedV1>, @Ctx() { tx }: InboxContext): Promise<void> {
    const hazard = event.payload;
    const reportedAt = new Date(hazard.reportedAt);
    const scheme = await this.schemes.applicable(tx, hazard.enterprisePath, chinaDayOf(reportedAt), hazard.category, hazard.grade);
    const needsApproval = scheme !== undefined && BigInt(scheme.amount_fen) > BigInt(scheme.approval_threshold_fen);
    const status = !scheme ? 'no_scheme' : needsApproval ? 'awaiting_approval' : 'queued';
    const note = !scheme ? 'no reward scheme of this enterprise or the unions above it covered the day of the report' : null;
    const rewardId = await this.rewards.create(tx, {
      id: randomUUID(),
      reportId: hazard.reportId,
      schemeId: scheme?.id ?? null,
      issuingUnitId: scheme?.issuing_unit_id ?? null,
      issuingPath: scheme?.issuing_path ?? null,
      budgetYear: chinaYearOf(reportedAt),
      amountFen: scheme?.amount_fen ?? 0,
      status,
      note,
    });
    if (rewardId === undefined) return;

    let outcome: string = status;
    let outcomeNote = note;
    if (scheme && needsApproval) {
      const submitted = await this.approval.submit(tx, {
        rewardId,
        amountFen: Number(scheme.amount_fen),
        category: hazard.category,
        grade: hazard.grade,
        enterpriseUnitId: hazard.enterpriseUnitId,
        issuingUnitId: scheme.issuing_unit_id,
        submittedByUserId: hazard.confirmedBy.userId,
        correlationId: event.correlationId,
      });
      outcomeNote = 'problem' in submitted ? submitted.problem : null;
      await this.rewards.recordChain(tx, rewardId, 'workflowId' in submitted ? submitted.workflowId : null, outcomeNote);
    } else if (scheme) {
      outcome = await this.issuer.issueOrQueue(tx, rewardId, event.correlationId);
    }
    await this.audit.append(tx, {
      actor: systemActor(scheme?.issuing_unit_id ?? hazard.enterpriseUnitId),
      action: 'reward.created',
      entity: {
        type: 'hazard-reward',
        id: rewardId,
        orgUnitId: scheme?.issuing_unit_id ?? hazard.enterpriseUnitId,
        orgPath: scheme?.issuing_path ?? hazard.enterprisePath,
      },
      after: { reportId: hazard.reportId, status: outcome, amountYuan: yuanOf(scheme?.amount_fen ?? 0), schemeId: scheme?.id ?? null },
      reason: outcomeNote ?? undefined,
      correlationId: event.correlationId,
    });
  }
}
