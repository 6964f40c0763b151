import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccessDenialRecorder, Caller, ScopeChecker } from '@lc/platform';
import { ContestRow, JudgeRow } from './skills-contest.row';
import { SkillsContestRepository } from './skills-contest.repository';
import { ContestSignedOff, JudgeNotAllowed } from './skills-contest.errors';

/**
 * The checks every skills-contest use case shares: the organiser's scope, the contest still open, the
 * caller on the panel. The statements are the repository's.
 */
@Injectable()
export class SkillsContests {
  constructor(
    private readonly repository: SkillsContestRepository,
    private readonly scope: ScopeChecker,
    private readonly denials: AccessDenialRecorder,
  ) {}

  /** The contest, locked for a change, refused with 409 once signed off. */
  async lockOpen(tx: EntityManager, contestId: string, lock: 'share' | 'update' = 'update'): Promise<ContestRow> {
    const contest = await this.repository.load(contestId, tx, lock);
    this.assertOpen(contest);
    return contest;
  }

  assertOpen(contest: ContestRow): void {
    if (contest.status === 'locked') {
      throw new ContestSignedOff(contest.id, contest.signed_off_at);
    }
  }

  /** Panel and contestants are the organiser's: union cadres at the organising unit or above it. */
  assertOrganiser(caller: Caller, contest: ContestRow): Promise<void> {
    return this.scope.assert(caller, 'write', { orgPath: contest.organiser_path });
  }

  /** 403, recorded, with the reason: for refusals that are about who the caller is, not about the input. */
  async deny(caller: Caller, refusal: JudgeNotAllowed): Promise<never> {
    await this.denials.record({ ...caller, reason: refusal.message });
    throw refusal;
  }

  /** The panel judge acting, or a recorded 403 saying they are not on the panel. */
  async panelJudgeOrDeny(caller: Caller, contest: ContestRow, manager?: EntityManager): Promise<JudgeRow> {
    const judge = await this.repository.judge(contest.id, caller.principal.userId, manager);
    if (judge) return judge;
    return this.deny(
      caller,
      new JudgeNotAllowed(
        `you are not on the judge panel of skills contest ${contest.id} ("${contest.name}"); only its judges score and sign off`,
        `您不是技能竞赛“${contest.name}”的评委；只有评委才能评分和签字确认`,
      ),
    );
  }
}
