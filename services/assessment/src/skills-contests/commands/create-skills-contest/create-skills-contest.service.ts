import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { skillsContestCreatedV1 } from '@lc/contracts';
import { AuditedCommand, Caller, OrgDirectory, ScopeChecker } from '@lc/platform';
import { centipointsOf } from '../../points';
import { SkillsContestRepository } from '../../skills-contest.repository';
import { SkillsContestViews } from '../../skills-contest-views';
import { CreateSkillsContestRequestDto } from './create-skills-contest.request.dto';
import { NotAnOrganiser, SchemeKeyRepeated } from '../../skills-contest.errors';

export const DEFAULT_TRIM_AT_JUDGES = 5;

/** A union cadre opens a skills contest at their union or one under it; panel and contestants follow. */
@Injectable()
export class CreateSkillsContestService {
  constructor(
    private readonly commands: AuditedCommand,
    private readonly repository: SkillsContestRepository,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly views: SkillsContestViews,
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
    await this.commands.run(caller, async ({ tx, audit, publish }) => {
      await this.repository.create(
        tx,
        {
          id,
          competitionId: request.competitionId ?? null,
          name: request.name.trim(),
          trade: request.trade.trim(),
          organiserUnitId: unit.id,
          organiserPath: unit.path,
          trimAtJudges,
          createdBy: caller.principal.userId,
        },
        request.scheme.map((item) => ({ key: item.key, name: item.name.trim(), maxCentipoints: centipointsOf(item.maxPoints) })),
      );
      await audit({
        action: 'skills-contest.created',
        entity: { type: 'skills-contest', id, orgUnitId: unit.id, orgPath: unit.path },
        after: { ...request, trimAtJudges },
      });
      // Awards attaches honours only to contests it knows, checked against their organiser.
      await publish(skillsContestCreatedV1, {
        aggregateId: id,
        orgUnitId: unit.id,
        payload: { contestId: id, competitionId: request.competitionId ?? null, name: request.name.trim(), trade: request.trade.trim(), organiserUnitId: unit.id },
      });
    });
    return this.views.contest(id);
  }
}
