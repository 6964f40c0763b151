import { Injectable } from '@nestjs/common';
import { Caller } from '@lc/platform';
import { SkillsContests } from '../../skills-contests';

/** The organiser withdraws a contestant while the contest is open; their scores go, kept in the audit entry. */
@Injectable()
export class RemoveContestantService {
  constructor(private readonly contests: SkillsContests) {}

  execute(contestId: string, userId: string, caller: Caller) {
    return this.contests.unseat(caller, contestId, 'contestant', userId);
  }
}
