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
    // Added later within v1: optional, so events written before them still read.
    kind: z.string().min(1).optional(),
    parentCompetitionId: z.uuid().nullable().optional(),
  }),
});

/** Every move of the lifecycle: draft → filing → filed → open → running → assessing → closed (or back to draft). */
export const competitionStatusChangedV1 = defineEvent({
  type: 'competition.status-changed',
  version: 1,
  topic: Topics.registrationCompetitions,
  description: "A competition's status changed; assessment opens sheets when it runs, awards follows its close.",
  payload: z.object({
    competitionId: z.uuid(),
    organiserOrgUnitId: z.string().min(1),
    from: z.enum(['draft', 'filing', 'filed', 'open', 'running', 'assessing', 'closed']),
    to: z.enum(['draft', 'filing', 'filed', 'open', 'running', 'assessing', 'closed']),
  }),
});

export type CompetitionStatusChangedV1 = z.infer<typeof competitionStatusChangedV1.payload>;

export type CompetitionCreatedV1 = z.infer<typeof competitionCreatedV1.payload>;
