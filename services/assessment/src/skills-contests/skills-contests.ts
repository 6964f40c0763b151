import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccessDenialRecorder, AuditedCommand, Caller, CommandAuditEntry, ScopeChecker } from '@lc/platform';
import { ContestRow, JudgeRow, shownPoints } from './skills-contest.row';
import { SkillsContestRepository } from './skills-contest.repository';
import { SkillsContestViews } from './skills-contest-views';
import { ContestSignedOff, JudgeNotAllowed, NotSeated } from './skills-contest.errors';

/** The audit trail's entity of a contest: it belongs to its organiser. */
export const contestEntity = (contest: ContestRow) => ({ type: 'skills-contest', id: contest.id, orgUnitId: contest.organiser_unit_id, orgPath: contest.organiser_path });

/** What a change of a contest's panel or contestants says in its audit entry. */
export type ContestChange = Pick<CommandAuditEntry, 'action' | 'before' | 'after'>;

/**
 * The checks every skills-contest use case shares: the organiser's scope, the contest still open, the
 * caller on the panel. The statements are the repository's.
 */
@Injectable()
export class SkillsContests {
  constructor(
    private readonly repository: SkillsContestRepository,
    private readonly views: SkillsContestViews,
    private readonly commands: AuditedCommand,
    private readonly scope: ScopeChecker,
    private readonly denials: AccessDenialRecorder,
  ) {}

  /** The contest, when the caller organises it. */
  async organisedBy(caller: Caller, contestId: string): Promise<ContestRow> {
    const contest = await this.repository.load(contestId);
    await this.assertOrganiser(caller, contest);
    return contest;
  }

  /**
   * The organiser's change of an open contest's panel or contestants: in one transaction the contest
   * locked and still open, the change, and its audit entry on the contest; answers the contest as it is
   * after commit.
   */
  async changeOpen(caller: Caller, contestId: string, change: (tx: EntityManager, contest: ContestRow) => Promise<ContestChange>) {
    const contest = await this.commands.run(caller, async ({ tx, audit }) => {
      const contest = await this.lockOpen(tx, contestId);
      const { action, before, after } = await change(tx, contest);
      await audit({ action, entity: contestEntity(contest), before, after });
      return contest;
    });
    return this.views.contest(contestId, contest);
  }

  /**
   * The organiser takes a judge off the panel or a contestant out of the open contest. The scores that
   * involve them go with them, and are kept in the audit entry.
   */
  async unseat(caller: Caller, contestId: string, who: 'judge' | 'contestant', userId: string) {
    await this.organisedBy(caller, contestId);
    return this.changeOpen(caller, contestId, async (tx) => {
      if (who === 'judge') {
        const judge = await this.repository.judge(contestId, userId, tx);
        if (!judge) throw new NotSeated('userId', `${userId} is not on the panel of skills contest ${contestId}`, '该用户不是本技能竞赛的评委');
        const discarded = await this.repository.removeWithScores(tx, contestId, 'judge', userId);
        const discardedScores = discarded.map((s) => ({ contestantUserId: s.contestant_user_id, ...shownPoints(s) }));
        return { action: 'skills-contest.judge-removed', before: { userId, displayName: judge.display_name, chief: judge.chief, discardedScores } };
      }
      const contestant = await this.repository.contestant(contestId, userId, tx);
      if (!contestant) throw new NotSeated('userId', `${userId} is not a contestant of skills contest ${contestId}`, '该用户不是本技能竞赛的选手');
      const discarded = await this.repository.removeWithScores(tx, contestId, 'contestant', userId);
      const discardedScores = discarded.map((s) => ({ judgeUserId: s.judge_user_id, ...shownPoints(s) }));
      return { action: 'skills-contest.contestant-removed', before: { userId, displayName: contestant.display_name, discardedScores } };
    });
  }

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
