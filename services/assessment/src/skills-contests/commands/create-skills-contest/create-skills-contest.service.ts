import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { skillsContestCreatedV1 } from '@lc/contracts';
import { OutboxPublisher } from '@lc/messaging';
import { auditActorOf, Caller, OrgDirectory, ScopeChecker } from '@lc/platform';
import { centipointsOf } from '../../points';
import { SkillsContestViews } from '../../skills-contest-views';
import { CreateSkillsContestRequestDto } from './create-skills-contest.request.dto';
import { NotAnOrganiser, SchemeKeyRepeated } from '../../skills-contest.errors';

export const DEFAULT_TRIM_AT_JUDGES = 5;

/** A union cadre opens a skills contest at their union or one under it; panel and contestants follow. */
@Injectable()
export class CreateSkillsContestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly views: SkillsContestViews,
    private readonly audit: AuditTrail,
    private readonly outbox: OutboxPublisher,
  ) {}

  async execute(request: CreateSkillsContestRequestDto, caller: Caller) {
    const unit = await this.directory.getReferenced(request.organiserUnitId, 'organiserUnitId');
    if (unit.kind === 'team') throw new NotAnOrganiser(unit.id, false);
    if (!unit.active) throw new NotAnOrganiser(unit.id, true);
    await this.scope.assert(caller, 'write', { orgPath: unit.path });
    const seen = new Set<string>();
    for (const item of request.scheme) {
      if (seen.has(item.key)) throw new SchemeKeyRepeated(item.key);
      seen.add(item.key);
    }
    const id = randomUUID();
    const trimAtJudges = request.trimAtJudges ?? DEFAULT_TRIM_AT_JUDGES;
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO skills_contests (id, competition_id, name, trade, organiser_unit_id, organiser_path, trim_at_judges, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [id, request.competitionId ?? null, request.name.trim(), request.trade.trim(), unit.id, unit.path, trimAtJudges, caller.principal.userId],
      );
      await tx.query(
        `INSERT INTO skills_contest_items (contest_id, position, key, name, max_centipoints)
         SELECT $1, i.p, i.k, i.n, i.m FROM unnest($2::int[], $3::text[], $4::text[], $5::int[]) AS i(p, k, n, m)`,
        [
          id,
          request.scheme.map((_, i) => i + 1),
          request.scheme.map((item) => item.key),
          request.scheme.map((item) => item.name.trim()),
          request.scheme.map((item) => centipointsOf(item.maxPoints)),
        ],
      );
      await this.audit.append(tx, {
        actor: auditActorOf(caller),
        action: 'skills-contest.created',
        entity: { type: 'skills-contest', id, orgUnitId: unit.id, orgPath: unit.path },
        after: { ...request, trimAtJudges },
        correlationId: caller.correlationId,
      });
      // Awards attaches honours only to contests it knows, checked against their organiser.
      await this.outbox.publish(tx, skillsContestCreatedV1, {
        aggregateId: id,
        orgUnitId: unit.id,
        correlationId: caller.correlationId,
        payload: { contestId: id, competitionId: request.competitionId ?? null, name: request.name.trim(), trade: request.trade.trim(), organiserUnitId: unit.id },
      });
    });
    return this.views.contest(id);
  }
}
