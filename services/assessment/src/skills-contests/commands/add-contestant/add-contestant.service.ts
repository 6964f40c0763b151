import { Injectable } from '@nestjs/common';
import { isSelfOrDescendant, Role } from '@lc/org';
import { Caller } from '@lc/platform';
import { ContestPeople } from '../../contest-people';
import { SkillsContestRepository } from '../../skills-contest.repository';
import { SkillsContests } from '../../skills-contests';
import { AddContestantRequestDto } from './add-contestant.request.dto';
import { AlreadySeated, PersonNotEligible } from '../../skills-contest.errors';

/** Who may contest: workers, team leaders included (they are workers of their team too). */
export const contestantRoles: readonly Role[] = ['worker', 'team_leader'];

/**
 * The organiser enters a worker while the contest is open. Their enterprise is taken now, from their
 * unit: the judges of that enterprise will not score them (回避).
 */
@Injectable()
export class AddContestantService {
  constructor(
    private readonly contests: SkillsContests,
    private readonly repository: SkillsContestRepository,
    private readonly people: ContestPeople,
  ) {}

  async execute(contestId: string, request: AddContestantRequestDto, caller: Caller) {
    const current = await this.contests.organisedBy(caller, contestId);
    const { user, unit, enterpriseUnitId } = await this.people.resolve(request.userId, 'userId');
    if (!user.roles.some((role) => contestantRoles.includes(role))) {
      throw new PersonNotEligible('userId', `${user.displayName} (${user.id}) holds ${user.roles.join(', ') || 'no role'}; contestants are workers (职工)`, `${user.displayName} 不是职工，不能参赛`);
    }
    if (!isSelfOrDescendant(unit.path, current.organiser_path)) {
      throw new PersonNotEligible(
        'userId',
        `${user.displayName}'s unit ${unit.id} is not under the organiser ${current.organiser_unit_id}; a contest is open to the workers of the units under its organiser`,
        `${user.displayName} 所在单位不在组织单位之下；竞赛只对组织单位下属单位的职工开放`,
      );
    }
    if (!enterpriseUnitId) throw new PersonNotEligible('userId', `${user.displayName}'s unit ${unit.id} belongs to no enterprise`, `${user.displayName} 所在单位不属于任何企业`);
    return this.contests.changeOpen(caller, contestId, async (tx) => {
      if (await this.repository.contestant(contestId, user.id, tx)) throw new AlreadySeated('userId', `${user.displayName} is already a contestant`, `${user.displayName} 已经是选手`);
      if (await this.repository.judge(contestId, user.id, tx)) {
        throw new AlreadySeated('userId', `${user.displayName} is on the judge panel of this contest and cannot also contest it`, `${user.displayName} 是本竞赛的评委，不能同时参赛`);
      }
      await this.repository.seatContestant(tx, contestId, {
        userId: user.id,
        displayName: user.displayName,
        orgUnitId: unit.id,
        orgPath: unit.path,
        enterpriseUnitId,
        addedBy: caller.principal.userId,
      });
      return {
        action: 'skills-contest.contestant-added',
        after: { userId: user.id, displayName: user.displayName, orgUnitId: unit.id, enterpriseUnitId },
      };
    });
  }
}
