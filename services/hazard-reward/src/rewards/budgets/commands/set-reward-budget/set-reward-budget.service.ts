import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { descendantsLikePattern } from '@lc/org';
import { AccessDenialRecorder, auditActorOf, Caller, fenOf, OrgDirectory, ScopeChecker, yuanOf } from '@lc/platform';
import { lockUnionForMoneySetting } from '../../../duties/reward-duty-lock';
import { RewardIssuer } from '../../../issuing/reward-issuer';
import { rewardBudgetView } from '../../reward-budget.view';
import { SetRewardBudgetRequestDto } from './set-reward-budget.request.dto';
import { BudgetBelowCommitted, TeamIsNotAUnion, YearOutOfRange } from '../../../reward.errors';
import { SeparationOfDuties } from '../../../../reports/report.errors';

/**
 * Sets a union's yearly reward budget; raising it issues the rewards that were waiting, in order.
 * Separation of duties: whoever sets a union's budget for a year is recorded and may not verify the
 * reports it pays (see VerificationDuties), and whoever verified a report it pays may not set it.
 */
@Injectable()
export class SetRewardBudgetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly issuer: RewardIssuer,
    private readonly denials: AccessDenialRecorder,
    private readonly audit: AuditTrail,
  ) {}

  async execute(unitId: string, year: number, request: SetRewardBudgetRequestDto, caller: Caller) {
    if (year < 2000 || year > 2100) throw new YearOutOfRange();
    const unit = await this.directory.get(unitId, 'unitId');
    if (unit.kind === 'team') throw new TeamIsNotAUnion('unitId', `${unit.id} is a team; budgets belong to unions`);
    await this.scope.assert(caller, 'write', { orgPath: unit.path });
    const total = fenOf(request.totalYuan);
    const released = await this.inTransaction(caller, async (tx) => {
      // Checked under the lock a verification takes too, so that the two cannot pass each other.
      await lockUnionForMoneySetting(tx, unit.id);
      // A confirmed report whose reward is not worked out yet may still be paid from this budget.
      const [verified]: { id: string; pending: boolean }[] = await tx.query(
        `SELECT r.id, w.id IS NULL AS pending FROM hazard_reports r LEFT JOIN rewards w ON w.report_id = r.id
          WHERE r.verified_by = $3 AND r.status = 'confirmed' AND (r.enterprise_path = $4 OR r.enterprise_path LIKE $5)
            AND ((w.issuing_unit_id = $1 AND w.budget_year = $2)
                 OR (w.id IS NULL AND extract(year FROM r.reported_at AT TIME ZONE 'Asia/Shanghai') = $2))
          LIMIT 1`,
        [unit.id, year, caller.principal.userId, unit.path, descendantsLikePattern(unit.path)],
      );
      if (verified) {
        const pays = verified.pending ? 'is still being worked out and may come from' : 'comes from';
        throw new SeparationOfDuties(
          `separation of duties: you verified report ${verified.id}, whose reward ${pays} ${unit.id}'s ${year} budget; someone else must set this budget`,
          `您核实的一份报告的奖励由这份 ${year} 年预算支付，须由他人设定该预算`,
        );
      }
      await tx.query(
        `INSERT INTO reward_budgets (issuing_unit_id, year, issuing_path, total_fen) VALUES ($1, $2, $3, 0) ON CONFLICT DO NOTHING`,
        [unit.id, year, unit.path],
      );
      const [before]: { total_fen: string; committed_fen: string }[] = await tx.query(
        `SELECT total_fen, committed_fen FROM reward_budgets WHERE issuing_unit_id = $1 AND year = $2 FOR UPDATE`,
        [unit.id, year],
      );
      if (BigInt(total) < BigInt(before.committed_fen)) {
        throw new BudgetBelowCommitted(yuanOf(before.committed_fen), year);
      }
      await tx.query(`UPDATE reward_budgets SET total_fen = $3, updated_at = now() WHERE issuing_unit_id = $1 AND year = $2`, [unit.id, year, total]);
      await tx.query(`INSERT INTO reward_budget_setters (issuing_unit_id, year, user_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
        unit.id,
        year,
        caller.principal.userId,
      ]);
      await this.audit.append(tx, {
        actor: auditActorOf(caller),
        action: 'reward-budget.set',
        entity: { type: 'reward-budget', id: `${unit.id}:${year}`, orgUnitId: unit.id, orgPath: unit.path },
        before: { totalYuan: yuanOf(before.total_fen) },
        after: { totalYuan: yuanOf(total) },
        correlationId: caller.correlationId,
      });
      return this.issuer.releaseQueued(tx, unit.id, year, caller.correlationId);
    });
    return { ...(await rewardBudgetView(this.dataSource.manager, unit.id, year)), releasedFromQueue: released };
  }

  /** The change in one transaction; a refusal of duty is recorded like any 403, after the rollback. */
  private async inTransaction<T>(caller: Caller, work: (tx: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (err) {
      if (err instanceof ForbiddenException) await this.denials.record({ ...caller, reason: err.message });
      throw err;
    }
  }
}
