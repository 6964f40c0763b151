import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { hazardCategories, hazardGrades } from '@lc/contracts';
import { auditActorOf, Caller, fenOf, OrgDirectory, ScopeChecker } from '@lc/platform';
import { checkSchemePeriodAndDuties } from '../../reward-scheme-checks';
import { SCHEME_SELECT, schemeView, SchemeRow } from '../../reward-scheme.view';
import { NotTheSchemeAuthor, PeriodReversed, RewardSchemeInUse, RewardSchemeNotFound } from '../../../reward.errors';
import { CorrectRewardSchemeRequestDto } from './correct-reward-scheme.request.dto';

/**
 * A scheme corrected by its author. What rewards were worked out from stays as it was: their amounts
 * and the threshold, and the days of the reports they rewarded; a new rule from a later day is the next
 * scheme. Checked under the same locks as creating one.
 */
@Injectable()
export class CorrectRewardSchemeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly audit: AuditTrail,
  ) {}

  async execute(id: string, request: CorrectRewardSchemeRequestDto, caller: Caller) {
    const before = await this.load(id);
    const unit = await this.directory.get(before.issuing_unit_id, 'issuingUnitId');
    await this.scope.assert(caller, 'write', { orgPath: unit.path });
    if (before.created_by !== caller.principal.userId) throw new NotTheSchemeAuthor();
    if (request.validUntil && request.validUntil < request.validFrom) throw new PeriodReversed('validUntil', 'validFrom');

    const amounts = hazardCategories.flatMap((category) => hazardGrades.map((grade) => ({ category, grade, fen: fenOf(request.amounts[category][grade]) })));
    await this.dataSource.transaction(async (tx) => {
      await checkSchemePeriodAndDuties(tx, unit, request, caller, id);
      await tx.query(`SELECT 1 FROM reward_schemes WHERE id = $1 FOR UPDATE`, [id]);
      const [used]: { count: number; first_day: string | null; last_day: string | null }[] = await tx.query(
        `SELECT count(*)::int AS count,
                to_char(min(r.reported_at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD') AS first_day,
                to_char(max(r.reported_at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD') AS last_day
           FROM rewards w JOIN hazard_reports r ON r.id = w.report_id WHERE w.scheme_id = $1`,
        [id],
      );
      if (used.count > 0) {
        const [current]: SchemeRow[] = await tx.query(`${SCHEME_SELECT} WHERE s.id = $1`, [id]);
        const fenNow = (category: string, grade: string) => current.amounts.find((a) => a.category === category && a.grade === grade)?.amount_fen;
        const sameMoney =
          String(fenOf(request.approvalThresholdYuan)) === String(current.approval_threshold_fen) &&
          amounts.every((a) => String(a.fen) === String(fenNow(a.category, a.grade)));
        if (!sameMoney) throw RewardSchemeInUse.amounts(used.count);
        if (used.first_day && request.validFrom > used.first_day) throw RewardSchemeInUse.period('validFrom', used.first_day);
        if (used.last_day && request.validUntil && request.validUntil < used.last_day) throw RewardSchemeInUse.period('validUntil', used.last_day);
      }
      await tx.query(`UPDATE reward_schemes SET name = $2, valid_from = $3, valid_until = $4, approval_threshold_fen = $5 WHERE id = $1`, [
        id,
        request.name.trim(),
        request.validFrom,
        request.validUntil ?? null,
        fenOf(request.approvalThresholdYuan),
      ]);
      await tx.query(
        `UPDATE reward_scheme_amounts a SET amount_fen = n.f FROM unnest($2::text[], $3::text[], $4::bigint[]) AS n(c, g, f)
          WHERE a.scheme_id = $1 AND a.category = n.c AND a.grade = n.g`,
        [id, amounts.map((a) => a.category), amounts.map((a) => a.grade), amounts.map((a) => a.fen)],
      );
      await this.audit.append(tx, {
        actor: auditActorOf(caller),
        action: 'reward-scheme.corrected',
        entity: { type: 'reward-scheme', id, orgUnitId: unit.id, orgPath: unit.path },
        before: schemeView(before),
        after: { ...request },
        correlationId: caller.correlationId,
      });
    });
    return schemeView(await this.load(id));
  }

  private async load(id: string): Promise<SchemeRow> {
    const [row]: SchemeRow[] = await this.dataSource.query(`${SCHEME_SELECT} WHERE s.id = $1`, [id]);
    if (!row) throw new RewardSchemeNotFound(id);
    return row;
  }
}
