import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { EventEnvelope, skillsContestCreatedV1, SkillsContestCreatedV1 } from '@lc/contracts';
import { InboxContext, InboxEvent } from '@lc/platform';
import { KnownContestRepository } from './known-contest.repository';

/** Records a skills contest assessment opened, so that PUT /skills-contests/{id}/honour can check it exists and whose it is. */
@Controller()
export class KnownContestHandler {
  constructor(private readonly contests: KnownContestRepository) {}

  @InboxEvent(skillsContestCreatedV1, { consumer: 'assessment-results' })
  async handle(@Payload() { payload: c }: EventEnvelope<SkillsContestCreatedV1>, @Ctx() { tx }: InboxContext): Promise<void> {
    await this.contests.record(tx, c);
  }
}
