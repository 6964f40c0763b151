import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import { AssessmentCompletedV1, assessmentCompletedV1, EventEnvelope } from '@lc/contracts';
import { chinaYearOf, InboxContext, InboxEvent } from '@lc/platform';
import { HonourRecommendationRepository } from './honour-recommendation.repository';
import { NominationRepository } from './nomination.repository';

/**
 * A passing result of a competition's assessment makes its unit a candidate (优先推荐) for the honour
 * the competition recommends for (PUT /competitions/{id}/honour), once per result. A union cadre then
 * submits the candidates it puts forward.
 */
@Controller()
export class AssessmentCandidatesHandler {
  constructor(
    private readonly recommendations: HonourRecommendationRepository,
    private readonly nominations: NominationRepository,
  ) {}

  @InboxEvent(assessmentCompletedV1, { consumer: 'assessment-results' })
  async handle(@Payload() { payload: r, occurredAt }: EventEnvelope<AssessmentCompletedV1>, @Ctx() { tx }: InboxContext): Promise<void> {
    if (!r.passed) return;
    const config = await this.recommendations.forCompetition(tx, r.competitionId, r.unitId);
    // Only units of the kind the honour goes to: an enterprise's result does not make a team honour.
    const kind = r.level === 'team' ? 'team' : 'unit';
    if (!config || config.nominee_kind !== kind || !config.conferring_path) return;
    await this.nominations.addAssessmentCandidate(tx, {
      id: randomUUID(),
      honourCode: config.honour_code,
      year: chinaYearOf(new Date(occurredAt)),
      conferring: { id: config.conferring_unit_id, path: config.conferring_path },
      // Where the unit is now: a result published before a move and read after it keeps no old path.
      nominee: { kind, id: r.unitId, name: config.unit_name ?? r.unitId, unitId: r.unitId, path: config.unit_path ?? r.unitPath },
      competitionId: r.competitionId,
      material: `年末考核 ${r.score}/${r.maxScore} 分，第 ${r.rank} 名（共 ${r.rankedAmong}），合格`,
    });
  }
}
