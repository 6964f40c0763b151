import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { Topics } from '../topics';

/**
 * Honours (荣誉) from nomination to conferral. Keyed by nomination: one nomination's events stay in
 * order. A nominee is a person (a user id), a team or a unit (an org unit id).
 */
const nominationRef = z.object({
  nominationId: z.uuid(),
  honourCode: z.string().min(1),
  year: z.number().int().min(2000).max(2100),
  conferringUnitId: z.string().min(1),
  nomineeKind: z.enum(['person', 'team', 'unit']),
  nomineeId: z.string().min(1),
  nomineeName: z.string().min(1),
});

export const awardApprovedV1 = defineEvent({
  type: 'award.approved',
  version: 1,
  topic: Topics.awardsNominations,
  description: 'A nomination was approved up to the conferring level, took a quota place, and is in its publicity period (公示) until publicityEndsAt.',
  payload: nominationRef.extend({ publicityEndsAt: z.iso.datetime() }),
});

export const awardWithdrawnV1 = defineEvent({
  type: 'award.withdrawn',
  version: 1,
  topic: Topics.awardsNominations,
  description: 'A nomination in publicity was withdrawn because an objection was upheld; its quota place is free again.',
  payload: nominationRef.extend({ objectionId: z.uuid(), reason: z.string().min(1) }),
});

export const awardConferredV1 = defineEvent({
  type: 'award.conferred',
  version: 1,
  topic: Topics.awardsNominations,
  description: "An honour was conferred: it is in the nominee's honour history with its certificate, and its material reward was paid from the fund (or noted as waiting).",
  payload: nominationRef.extend({
    certificateNo: z.string().min(1),
    conferredAt: z.iso.datetime(),
    rewardFen: z.number().int().min(0),
    rewardPaid: z.boolean(),
  }),
});
