import { Injectable } from '@nestjs/common';
import { Caller } from '@lc/platform';
import { SkillsContests } from '../../skills-contests';

/**
 * The organiser takes a judge off the panel while the contest is open (they cannot finish, or were
 * seated by mistake). The scores they gave go with them, and are kept in the audit entry.
 */
@Injectable()
export class RemoveJudgeService {
  constructor(private readonly contests: SkillsContests) {}

  execute(contestId: string, userId: string, caller: Caller) {
    return this.contests.unseat(caller, contestId, 'judge', userId);
  }
}
