import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { EventEnvelope, skillsContestCreatedV1, SkillsContestCreatedV1 } from '@lc/contracts';
import { InboxContext, InboxEvent } from '@lc/platform';

/** Records a skills contest assessment opened, so that PUT /skills-contests/{id}/honour can check it exists and whose it is. */
@Controller()
export class KnownContestHandler {
  @InboxEvent(skillsContestCreatedV1, { consumer: 'assessment-results' })
  async handle(@Payload() { payload: c }: EventEnvelope<SkillsContestCreatedV1>, @Ctx() { tx }: InboxContext): Promise<void> {
    await tx.query(
      `INSERT INTO known_skills_contests (contest_id, competition_id, name, organiser_unit_id) VALUES ($1, $2, $3, $4) ON CONFLICT (contest_id) DO NOTHING`,
      [c.contestId, c.competitionId, c.name, c.organiserUnitId],
    );
  }
}
