import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { Topics } from '../topics';

export const competitionCreatedV1 = defineEvent({
  type: 'competition.created',
  version: 1,
  topic: Topics.registrationCompetitions,
  description: 'A competition (竞赛活动) was created as a draft by its organiser.',
  payload: z.object({
    competitionId: z.uuid(),
    name: z.string().min(1),
    organiserOrgUnitId: z.string().min(1),
    startDate: z.iso.date(),
    endDate: z.iso.date(),
  }),
});

export type CompetitionCreatedV1 = z.infer<typeof competitionCreatedV1.payload>;
