import { Injectable } from '@nestjs/common';
import { Role, sharesLineage, unionCadreRoles } from '@lc/org';
import { Caller } from '@lc/platform';
import { ContestPeople } from '../../contest-people';
import { SkillsContestRepository } from '../../skills-contest.repository';
import { SkillsContests } from '../../skills-contests';
import { AddJudgeRequestDto } from './add-judge.request.dto';
import { AlreadySeated, PersonNotEligible } from '../../skills-contest.errors';

/** Who may sit on a panel: judges (评委), and union cadres, who often judge the contests their unions hold. */
export const panelRoles: readonly Role[] = ['judge', ...unionCadreRoles];

/**
 * The organiser seats a judge on the panel while the contest is open. The judge's enterprise is
 * taken now, from their unit: it decides which contestants they may not score (回避).
 */
@Injectable()
export class AddJudgeService {
  constructor(
    private readonly contests: SkillsContests,
    private readonly repository: SkillsContestRepository,
    private readonly people: ContestPeople,
  ) {}

  async execute(contestId: string, request: AddJudgeRequestDto, caller: Caller) {
    const current = await this.contests.organisedBy(caller, contestId);
    const person = await this.people.resolve(request.userId, 'userId');
    const { user, unit } = person;
    if (!user.roles.some((role) => panelRoles.includes(role))) {
      throw new PersonNotEligible(
        'userId',
        `${user.displayName} (${user.id}) holds ${user.roles.join(', ') || 'no role'}; a judge needs the role judge (评委) or a union cadre role`,
        `${user.displayName} 没有评委或工会干部角色，不能担任评委`,
      );
    }
    if (!sharesLineage(unit.path, current.organiser_path)) {
      throw new PersonNotEligible(
        'userId',
        `${user.displayName}'s unit ${unit.id} is neither above nor under the organiser ${current.organiser_unit_id}; judges come from the organiser's line of units`,
        `${user.displayName} 所在单位既不是组织单位的上级也不是下级；评委须来自组织单位的上下级单位`,
      );
    }
    const chief = request.chief ?? false;
    return this.contests.changeOpen(caller, contestId, async (tx) => {
      if (await this.repository.judge(contestId, user.id, tx)) throw new AlreadySeated('userId', `${user.displayName} is already on the panel`, `${user.displayName} 已经是评委`);
      if (await this.repository.contestant(contestId, user.id, tx)) {
        throw new AlreadySeated('userId', `${user.displayName} is a contestant of this contest and cannot also judge it`, `${user.displayName} 是本竞赛的选手，不能同时担任评委`);
      }
      if (chief) {
        const other = await this.repository.chiefJudge(tx, contestId);
        if (other) {
          throw new AlreadySeated(
            'chief',
            `${other.display_name} (${other.user_id}) is already the chief judge; there is one per contest (move it with PUT /skills-contests/${contestId}/chief-judge)`,
            `${other.display_name} 已是裁判长；每个竞赛只有一位裁判长`,
          );
        }
      }
      await this.repository.seatJudge(
        tx,
        contestId,
        { userId: user.id, displayName: user.displayName, orgUnitId: unit.id, orgPath: unit.path, enterpriseUnitId: person.enterpriseUnitId, addedBy: caller.principal.userId },
        chief,
      );
      return {
        action: 'skills-contest.judge-added',
        after: { userId: user.id, displayName: user.displayName, orgUnitId: unit.id, enterpriseUnitId: person.enterpriseUnitId, chief },
      };
    });
  }
}
