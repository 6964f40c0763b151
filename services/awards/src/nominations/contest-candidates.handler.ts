import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import { EventEnvelope, skillsContestSignedOffV1, SkillsContestSignedOffV1 } from '@lc/contracts';
import { chinaYearOf, InboxContext, InboxEvent } from '@lc/platform';
import { HonourRecommendationRepository } from './honour-recommendation.repository';
import { NominationRepository } from './nomination.repository';

/**
 * A signed-off skills contest makes its top-ranked contestants candidates (优先推荐) for the honour the
 * contest recommends for (PUT /skills-contests/{id}/honour), once per contest and person.
 */
@Controller()
export class ContestCandidatesHandler {
  constructor(
    private readonly recommendations: HonourRecommendationRepository,
    private readonly nominations: NominationRepository,
  ) {}

  @InboxEvent(skillsContestSignedOffV1, { consumer: 'assessment-results' })
  async handle(@Payload() { payload: contest, occurredAt }: EventEnvelope<SkillsContestSignedOffV1>, @Ctx() { tx }: InboxContext): Promise<void> {
    const config = await this.recommendations.forContest(tx, contest.contestId);
    if (!config?.conferring_path) return;
    const year = chinaYearOf(new Date(occurredAt));
    for (const result of contest.results.filter((r) => r.rank <= config.top_ranks && r.unitPath.startsWith(`${config.conferring_path}/`))) {
      // The contestant's unit where it is now (a sign-off read after a move keeps no old path).
      await this.nominations.addContestCandidate(tx, {
        id: randomUUID(),
        honourCode: config.honour_code,
        year,
        conferring: { id: config.conferring_unit_id, path: config.conferring_path },
        nominee: { kind: 'person', id: result.userId, name: result.displayName, unitId: result.unitId, path: result.unitPath },
        competitionId: contest.competitionId,
        skillsContestId: contest.contestId,
        material: `${contest.name}（${contest.trade}）第 ${result.rank} 名，最终得分 ${result.finalScore}`,
      });
    }
  }
}
