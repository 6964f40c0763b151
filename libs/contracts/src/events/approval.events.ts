import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { Topics } from '../topics';

/**
 * Every step of every approval chain (DOMAIN §6), from whichever service owns the item: enough for a
 * notification service to tell people, and for other services to follow items they care about.
 */
export const approvalTransitionedV1 = defineEvent({
  type: 'approval.transitioned',
  version: 1,
  topic: Topics.approvals,
  description:
    'An approval chain moved: submitted, signed, a step approved, approved, rejected, returned, resubmitted, withdrawn, reminded or escalated.',
  payload: z.object({
    workflowId: z.string().min(1),
    itemKind: z.string().min(1),
    itemId: z.string().min(1),
    title: z.string(),
    seq: z.number().int().min(1),
    kind: z.enum(['submitted', 'signed', 'step-approved', 'approved', 'rejected', 'returned', 'resubmitted', 'withdrawn', 'reminded', 'escalated']),
    stepId: z.string().nullable(),
    actorUserId: z.string().nullable(),
    onBehalfOf: z.string().nullable(),
    opinion: z.string().nullable(),
    status: z.enum(['pending', 'returned', 'approved', 'rejected', 'withdrawn']),
    currentStepId: z.string().nullable(),
    waitingFor: z.array(z.string()),
    notify: z.array(z.string()),
    /** Who submitted the item. Optional: events recorded before it was added lack it. */
    submitterUserId: z.string().min(1).optional(),
    /** The title of the step the item waits at now (or of the step it was decided at, once decided). */
    stepTitle: z.string().nullable().optional(),
    /**
     * The deadline of the wait this transition starts (submitted, a step approved, resubmitted), after
     * which the chain escalates; absent from transitions that start no wait.
     */
    dueAt: z.iso.datetime({ offset: true }).nullable().optional(),
  }),
});

export type ApprovalTransitionedV1 = z.infer<typeof approvalTransitionedV1.payload>;
