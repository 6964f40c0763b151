import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { Topics } from '../topics';

/**
 * Hazard reports (安全隐患随手拍) and their archive (隐患档案). No hazard event names or tags the
 * reporter: whoever consumes them learns what was reported where, never by whom.
 */
export const hazardCategories = ['accident', 'occupational'] as const;
export type HazardCategory = (typeof hazardCategories)[number];
export const hazardGrades = ['general', 'major'] as const;
export type HazardGrade = (typeof hazardGrades)[number];

const hazardRef = z.object({
  reportId: z.uuid(),
  enterpriseUnitId: z.string().min(1),
  enterprisePath: z.string().min(1),
  category: z.enum(hazardCategories),
  reportedAt: z.iso.datetime(),
});

const verifier = z.object({ userId: z.string().min(1), orgUnitId: z.string().min(1), orgPath: z.string().min(1) });

export const hazardReportedV1 = defineEvent({
  type: 'hazard.reported',
  version: 1,
  topic: Topics.hazardRewardHazards,
  description: 'A hazard was reported (with its photos, if any) and awaits verification (核实).',
  payload: hazardRef.extend({ photoCount: z.number().int().min(0).max(9), anonymous: z.boolean() }),
});

export const hazardConfirmedV1 = defineEvent({
  type: 'hazard.confirmed',
  version: 1,
  topic: Topics.hazardRewardHazards,
  description:
    'A report was verified as a real hazard with a grade. The reward follows from it, exactly once, and the hazard enters the archive.',
  payload: hazardRef.extend({ grade: z.enum(hazardGrades), confirmedAt: z.iso.datetime(), confirmedBy: verifier }),
});

export const hazardRejectedV1 = defineEvent({
  type: 'hazard.rejected',
  version: 1,
  topic: Topics.hazardRewardHazards,
  description: 'A report was rejected with a reason, or marked a duplicate of an earlier report (whose reporter keeps the reward).',
  payload: hazardRef.extend({
    outcome: z.enum(['rejected', 'duplicate']),
    reason: z.string().min(1),
    duplicateOf: z.uuid().nullable(),
    rejectedAt: z.iso.datetime(),
  }),
});

export const hazardClosedV1 = defineEvent({
  type: 'hazard.closed',
  version: 1,
  topic: Topics.hazardRewardHazards,
  description: 'A confirmed hazard was closed out (销号) after its rectification was verified (and approved up the chain when major).',
  payload: hazardRef.extend({ grade: z.enum(hazardGrades), closedAt: z.iso.datetime(), deadline: z.iso.datetime(), closedLate: z.boolean() }),
});

export type HazardConfirmedV1 = z.infer<typeof hazardConfirmedV1.payload>;

const rewardRef = z.object({
  rewardId: z.uuid(),
  reportId: z.uuid(),
  issuingUnitId: z.string().min(1),
  budgetYear: z.number().int().min(2000).max(2100),
  /** In fen (分), never floating yuan. */
  amountFen: z.number().int().min(1),
});

export const rewardIssuedV1 = defineEvent({
  type: 'reward.issued',
  version: 1,
  topic: Topics.hazardRewardRewards,
  description: "A hazard reward was charged to the issuing union's yearly budget and awaits payment.",
  payload: rewardRef.extend({ issuedAt: z.iso.datetime() }),
});

export const rewardPaidV1 = defineEvent({
  type: 'reward.paid',
  version: 1,
  topic: Topics.hazardRewardRewards,
  description: "A hazard reward was paid to its reporter's reward account (a ledger entry, once per reward).",
  payload: rewardRef.extend({ paidAt: z.iso.datetime() }),
});

export type RewardIssuedV1 = z.infer<typeof rewardIssuedV1.payload>;
