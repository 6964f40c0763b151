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

/**
 * A skills contest (技能比武) was opened: awards keeps the contests it may attach an honour to
 * (PUT /skills-contests/{id}/honour), and checks that honour against the organiser's place in the tree.
 */
export const skillsContestCreatedV1 = defineEvent({
  type: 'skills-contest.created',
  version: 1,
  topic: Topics.assessmentSkillsContests,
  description: 'A skills contest was opened by a union; its panel, contestants and scores follow.',
  payload: z.object({
    contestId: z.uuid(),
    competitionId: z.uuid().nullable(),
    name: z.string().min(1),
    trade: z.string().min(1),
    organiserUnitId: z.string().min(1),
  }),
});

export type SkillsContestCreatedV1 = z.infer<typeof skillsContestCreatedV1.payload>;

/**
 * A skills contest (技能比武) signed off by its chief judge: its final ranking, for awards to mark the
 * top-ranked contestants as priority recommendations (优先推荐).
 */
export const skillsContestSignedOffV1 = defineEvent({
  type: 'skills-contest.signed-off',
  version: 1,
  topic: Topics.assessmentSkillsContests,
  description: 'A skills contest was signed off by its chief judge; its scores are locked and these are its final results, by rank.',
  payload: z.object({
    contestId: z.uuid(),
    competitionId: z.uuid().nullable(),
    name: z.string().min(1),
    trade: z.string().min(1),
    organiserUnitId: z.string().min(1),
    results: z.array(
      z.object({
        userId: z.string().min(1),
        displayName: z.string().min(1),
        unitId: z.string().min(1),
        unitPath: z.string().min(1),
        /** Two decimals, as published: '90.50'. */
        finalScore: z.string().regex(/^\d+\.\d{2}$/),
        rank: z.number().int().min(1),
      }),
    ),
    signedOffAt: z.iso.datetime(),
  }),
});

export type SkillsContestSignedOffV1 = z.infer<typeof skillsContestSignedOffV1.payload>;
