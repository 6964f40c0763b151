import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope, skillsContestCreatedV1, SkillsContestCreatedV1 } from '@lc/contracts';
import { EventHandler } from '@lc/messaging';

/** Records a skills contest assessment opened, so that PUT /skills-contests/{id}/honour can check it exists and whose it is. */
@Injectable()
export class KnownContestHandler implements EventHandler<SkillsContestCreatedV1> {
  readonly contract = skillsContestCreatedV1;

  async handle({ payload: c }: EventEnvelope<SkillsContestCreatedV1>, tx: EntityManager): Promise<void> {
    await tx.query(
      `INSERT INTO known_skills_contests (contest_id, competition_id, name, organiser_unit_id) VALUES ($1, $2, $3, $4) ON CONFLICT (contest_id) DO NOTHING`,
      [c.contestId, c.competitionId, c.name, c.organiserUnitId],
    );
  }
}
