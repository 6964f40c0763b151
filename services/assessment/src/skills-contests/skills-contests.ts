import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessDenialRecorder, Caller, ScopeChecker } from '@lc/platform';
import { ContestantRow, ContestRow, ItemRow, JudgeRow, ScoreRow } from './skills-contest-rows';
import { ContestSignedOff, JudgeNotAllowed, SkillsContestNotFound } from './skills-contest.errors';

/**
 * Loads skills contests and their panel, contestants and scores, and holds the checks every use case
 * shares: the organiser's scope, the contest still open, the caller on the panel.
 *
 * Locking: a score takes the contest row FOR SHARE, a change of panel, contestants or status takes it
 * FOR UPDATE, so a sign-off waits for scores being written and no score lands after it.
 */
@Injectable()
export class SkillsContests {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ScopeChecker,
    private readonly denials: AccessDenialRecorder,
  ) {}

  async load(contestId: string, manager: EntityManager = this.dataSource.manager, lock?: 'share' | 'update'): Promise<ContestRow> {
    const clause = lock === 'update' ? 'FOR UPDATE' : lock === 'share' ? 'FOR SHARE' : '';
    const [row]: ContestRow[] = await manager.query(`SELECT * FROM skills_contests WHERE id = $1 ${clause}`, [contestId]);
    if (!row) throw new SkillsContestNotFound(contestId);
    return row;
  }

  /** The contest, locked for a change, refused with 409 once signed off. */
  async lockOpen(tx: EntityManager, contestId: string, lock: 'share' | 'update' = 'update'): Promise<ContestRow> {
    const contest = await this.load(contestId, tx, lock);
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

  /** One judge's scores in the contest, in the order the contestants were entered. */
  scoresBy(contestId: string, judgeUserId: string): Promise<ScoreRow[]> {
    return this.dataSource.query(
      `SELECT s.judge_user_id, s.contestant_user_id, s.points, s.total_centipoints, s.recorded_at, s.updated_at
         FROM skills_contest_scores s JOIN skills_contest_contestants c ON c.contest_id = s.contest_id AND c.user_id = s.contestant_user_id
        WHERE s.contest_id = $1 AND s.judge_user_id = $2 ORDER BY c.seat`,
      [contestId, judgeUserId],
    );
  }

  items(contestId: string, manager: EntityManager = this.dataSource.manager): Promise<ItemRow[]> {
    return manager.query(`SELECT position, key, name, max_centipoints FROM skills_contest_items WHERE contest_id = $1 ORDER BY position`, [contestId]);
  }

  judges(contestId: string, manager: EntityManager = this.dataSource.manager): Promise<JudgeRow[]> {
    return manager.query(
      `SELECT user_id, display_name, org_unit_id, org_path, enterprise_unit_id, chief FROM skills_contest_judges WHERE contest_id = $1 ORDER BY seat`,
      [contestId],
    );
  }

  contestants(contestId: string, manager: EntityManager = this.dataSource.manager): Promise<ContestantRow[]> {
    return manager.query(
      `SELECT user_id, display_name, org_unit_id, org_path, enterprise_unit_id FROM skills_contest_contestants WHERE contest_id = $1 ORDER BY seat`,
      [contestId],
    );
  }

  scores(contestId: string, manager: EntityManager = this.dataSource.manager): Promise<ScoreRow[]> {
    return manager.query(
      `SELECT judge_user_id, contestant_user_id, points, total_centipoints, recorded_at, updated_at FROM skills_contest_scores WHERE contest_id = $1`,
      [contestId],
    );
  }

  async judge(contestId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<JudgeRow | undefined> {
    const [row]: JudgeRow[] = await manager.query(
      `SELECT user_id, display_name, org_unit_id, org_path, enterprise_unit_id, chief FROM skills_contest_judges WHERE contest_id = $1 AND user_id = $2`,
      [contestId, userId],
    );
    return row;
  }

  async contestant(contestId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<ContestantRow | undefined> {
    const [row]: ContestantRow[] = await manager.query(
      `SELECT user_id, display_name, org_unit_id, org_path, enterprise_unit_id FROM skills_contest_contestants WHERE contest_id = $1 AND user_id = $2`,
      [contestId, userId],
    );
    return row;
  }

  /** The panel judge acting, or a recorded 403 saying they are not on the panel. */
  async panelJudgeOrDeny(caller: Caller, contest: ContestRow, manager: EntityManager = this.dataSource.manager): Promise<JudgeRow> {
    const judge = await this.judge(contest.id, caller.principal.userId, manager);
    if (judge) return judge;
    return this.deny(
      caller,
      new JudgeNotAllowed(
        `you are not on the judge panel of skills contest ${contest.id} ("${contest.name}"); only its judges score and sign off`,
        `您不是技能竞赛“${contest.name}”的评委；只有评委才能评分和签字确认`,
      ),
    );
  }

  /**
   * Takes a judge off the panel or a contestant out of the contest, with every score that involves
   * them; the scores are returned so that the audit entry keeps them.
   */
  async removeWithScores(tx: EntityManager, contestId: string, who: 'judge' | 'contestant', userId: string): Promise<ScoreRow[]> {
    const column = who === 'judge' ? 'judge_user_id' : 'contestant_user_id';
    const members = who === 'judge' ? 'skills_contest_judges' : 'skills_contest_contestants';
    // For a DELETE, TypeORM's postgres driver answers [rows, affected count].
    const [discarded]: [ScoreRow[], number] = await tx.query(
      `DELETE FROM skills_contest_scores WHERE contest_id = $1 AND ${column} = $2
       RETURNING judge_user_id, contestant_user_id, points, total_centipoints, recorded_at, updated_at`,
      [contestId, userId],
    );
    await tx.query(`DELETE FROM ${members} WHERE contest_id = $1 AND user_id = $2`, [contestId, userId]);
    return discarded;
  }
}
