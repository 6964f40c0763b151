import { Injectable } from '@nestjs/common';
import { Caller, OrgDirectory, Participation, ScopeChecker } from '@lc/platform';
import { KnownContestRepository } from './known-contest.repository';
import { NotKnownToAwards } from './nomination.errors';

/**
 * The competition or skills contest whose honour is set: it must exist here (404 otherwise) and its
 * organiser must lie in the caller's subtree (403 with the reason), before anything in the body is
 * looked at. The organiser's path is read from the current copy of the tree, so it follows moves.
 */
@Injectable()
export class HonourTargets {
  constructor(
    private readonly contests: KnownContestRepository,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly participation: Participation,
  ) {}

  async assertCompetitionWritable(competitionId: string, caller: Caller): Promise<void> {
    const competition = await this.participation.competition(competitionId);
    if (!competition) throw NotKnownToAwards.competition(competitionId, 'id');
    await this.assertOrganiserWritable(competition.organiserUnitId, `competition ${competitionId}`, caller);
  }

  async assertContestWritable(contestId: string, caller: Caller): Promise<void> {
    const organiserUnitId = await this.contests.organiserOf(contestId);
    if (!organiserUnitId) throw NotKnownToAwards.contest(contestId);
    await this.assertOrganiserWritable(organiserUnitId, `skills contest ${contestId}`, caller);
  }

  private async assertOrganiserWritable(unitId: string, what: string, caller: Caller): Promise<void> {
    const organiser = await this.directory.find(unitId);
    if (!organiser) throw NotKnownToAwards.organiserOf(what, 'id');
    await this.scope.assert(caller, 'write', { orgPath: organiser.path });
  }
}
