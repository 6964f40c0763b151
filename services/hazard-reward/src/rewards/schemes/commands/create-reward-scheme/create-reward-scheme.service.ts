import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { hazardCategories, hazardGrades } from '@lc/contracts';
import { descendantsLikePattern } from '@lc/org';
import { auditActorOf, Caller, fenOf, OrgDirectory, OrgUnitRef, ScopeChecker } from '@lc/platform';
import { lockUnionForMoneySetting } from '../../../duties/reward-duty-lock';
import { SCHEME_SELECT, schemeView, SchemeRow } from '../../reward-scheme.view';
import { CreateRewardSchemeRequestDto } from './create-reward-scheme.request.dto';
import { PeriodReversed, RewardBeingWorkedOut, SchemePeriodsOverlap, TeamIsNotAUnion } from '../../../reward.errors';

/** A union's reward measure for a period; periods of one union never overlap, so exactly one rule applies. */
@Injectable()
export class CreateRewardSchemeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly audit: AuditTrail,
  ) {}

  async execute(request: CreateRewardSchemeRequestDto, caller: Caller) {
    const unit = await this.directory.getReferenced(request.issuingUnitId, 'issuingUnitId');
    if (unit.kind === 'team') throw new TeamIsNotAUnion('issuingUnitId', `${unit.id} is a team; rewards are issued by a union`);
    await this.scope.assert(caller, 'write', { orgPath: unit.path });
    if (request.validUntil && request.validUntil < request.validFrom) {
      throw new PeriodReversed('validUntil', 'validFrom');
    }
    const id = randomUUID();
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('reward-schemes:' || $1))`, [unit.id]);
      await this.assertNoRewardPendingOnYourWord(tx, unit, caller);
      const [overlap]: { id: string; name: string; valid_from: string; valid_until: string | null }[] = await tx.query(
        `SELECT id, name, to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_until, 'YYYY-MM-DD') AS valid_until
           FROM reward_schemes WHERE issuing_unit_id = $1 AND valid_from <= coalesce($3::date, 'infinity') AND coalesce(valid_until, 'infinity') >= $2::date
          LIMIT 1`,
        [unit.id, request.validFrom, request.validUntil ?? null],
      );
      if (overlap) {
        throw new SchemePeriodsOverlap(unit.id, overlap);
      }
      await tx.query(
        `INSERT INTO reward_schemes (id, issuing_unit_id, issuing_path, name, valid_from, valid_until, approval_threshold_fen, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [id, unit.id, unit.path, request.name.trim(), request.validFrom, request.validUntil ?? null, fenOf(request.approvalThresholdYuan), caller.principal.userId],
      );
      const amounts = hazardCategories.flatMap((category) => hazardGrades.map((grade) => ({ category, grade, fen: fenOf(request.amounts[category][grade]) })));
      await tx.query(
        `INSERT INTO reward_scheme_amounts (scheme_id, category, grade, amount_fen)
         SELECT $1, a.c, a.g, a.f FROM unnest($2::text[], $3::text[], $4::bigint[]) AS a(c, g, f)`,
        [id, amounts.map((a) => a.category), amounts.map((a) => a.grade), amounts.map((a) => a.fen)],
      );
      await this.audit.append(tx, {
        actor: auditActorOf(caller),
        action: 'reward-scheme.created',
        entity: { type: 'reward-scheme', id, orgUnitId: unit.id, orgPath: unit.path },
        after: { ...request },
        correlationId: caller.correlationId,
      });
    });
    const [row]: SchemeRow[] = await this.dataSource.query(`${SCHEME_SELECT} WHERE s.id = $1`, [id]);
    return schemeView(row);
  }

  /**
   * Separation of duties: a reward is worked out from the scheme in force just after its report is
   * confirmed. A scheme created in that moment by the report's verifier would pay, on one person's word,
   * amounts that person set; so a verifier whose confirmed reports under this union have no reward yet
   * waits until they have one. Under the lock a verification takes, so the two cannot pass each other.
   */
  private async assertNoRewardPendingOnYourWord(tx: EntityManager, unit: OrgUnitRef, caller: Caller): Promise<void> {
    await lockUnionForMoneySetting(tx, unit.id);
    const [pending]: { id: string }[] = await tx.query(
      `SELECT r.id FROM hazard_reports r
        WHERE r.verified_by = $1 AND r.status = 'confirmed' AND (r.enterprise_path = $2 OR r.enterprise_path LIKE $3)
          AND NOT EXISTS (SELECT 1 FROM rewards w WHERE w.report_id = r.id)
        LIMIT 1`,
      [caller.principal.userId, unit.path, descendantsLikePattern(unit.path)],
    );
    if (pending) {
      throw new RewardBeingWorkedOut(pending.id);
    }
  }
}
