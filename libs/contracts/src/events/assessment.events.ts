import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { Topics } from '../topics';

/**
 * A unit's assessment in a competition, final and ranked (年末考核评比): what awards needs to mark
 * passing, top-ranked units as priority recommendations (优先推荐). A correction after publication
 * is a new revision, published again; the latest revision of a unit is its result.
 */
export const assessmentCompletedV1 = defineEvent({
  type: 'assessment.completed',
  version: 1,
  topic: Topics.assessmentResults,
  description: "A unit's finalised assessment sheet in a competition was published with its score, rank among the units of its level, and pass or fail.",
  payload: z.object({
    competitionId: z.uuid(),
    unitId: z.string().min(1),
    unitPath: z.string().min(1),
    /** Units are ranked among those of the same level: enterprises with enterprises, teams with teams. */
    level: z.enum(['enterprise', 'team']),
    sheetId: z.uuid(),
    revision: z.number().int().min(1),
    templateCode: z.string().min(1),
    templateVersion: z.number().int().min(1),
    score: z.number().min(0),
    maxScore: z.number().positive(),
    passed: z.boolean(),
    rank: z.number().int().min(1),
    rankedAmong: z.number().int().min(1),
    publishedAt: z.iso.datetime(),
  }),
});

export type AssessmentCompletedV1 = z.infer<typeof assessmentCompletedV1.payload>;
