import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { Topics } from '../topics';

/**
 * An enterprise or a team taking part in a competition (报名). The message key is the enrolment's id, so
 * a withdrawal arrives after the enrolment it withdraws. Coverage (参赛覆盖面)
 * counts an enterprise as taking part when it, or one of its teams, is enrolled: `enterpriseUnitId`
 * names it, and `orgPath` (the enrolled unit's path) places it in the tree.
 */
const enrolmentRef = z.object({
  enrolmentId: z.uuid(),
  competitionId: z.uuid(),
  /** The enterprise union or the team that enrolled. */
  unitId: z.string().min(1),
  /** The enterprise the unit is, or belongs to (a team's enterprise). */
  enterpriseUnitId: z.string().min(1),
  unitKind: z.enum(['enterprise_union', 'team']),
  /** Ids from the root down to the enrolled unit. */
  orgPath: z.string().regex(/^(\/[A-Za-z0-9_-]+)+$/),
});

export const enrolmentCreatedV1 = defineEvent({
  type: 'enrolment.created',
  version: 1,
  topic: Topics.registrationEnrolments,
  description: 'An enterprise or a team enrolled in a competition (报名), with the number of workers taking part.',
  payload: enrolmentRef.extend({
    /** 参赛人数. */
    participants: z.number().int().min(1),
  }),
});

export const enrolmentWithdrawnV1 = defineEvent({
  type: 'enrolment.withdrawn',
  version: 1,
  topic: Topics.registrationEnrolments,
  description: 'An enrolment was withdrawn: the unit no longer takes part in the competition.',
  payload: enrolmentRef.extend({
    reason: z.string().min(1),
  }),
});

export type EnrolmentCreatedV1 = z.infer<typeof enrolmentCreatedV1.payload>;
export type EnrolmentWithdrawnV1 = z.infer<typeof enrolmentWithdrawnV1.payload>;
