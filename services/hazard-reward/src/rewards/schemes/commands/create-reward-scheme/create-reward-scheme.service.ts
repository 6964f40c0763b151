import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { hazardCategories, hazardGrades } from '@lc/contracts';
import { auditActorOf, Caller, fenOf, OrgDirectory, ScopeChecker } from '@lc/platform';
import { checkSchemePeriodAndDuties } from '../../reward-scheme-checks';
import { SCHEME_SELECT, schemeView, SchemeRow } from '../../reward-scheme.view';
import { CreateRewardSchemeRequestDto } from './create-reward-scheme.request.dto';
import { PeriodReversed, TeamIsNotAUnion } from '../../../reward.errors';

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
      await checkSchemePeriodAndDuties(tx, unit, request, caller);
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
}
