import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { Topics } from '../topics';

/**
 * One delegation (委托审批), granted in registration and held by every service that owns approval
 * chains: from validFrom until validUntil (or its revocation) the deputy decides the approver's steps
 * on their behalf. The message key is the delegation id, so its revocation follows its grant.
 */
export const approvalDelegationGrantedV1 = defineEvent({
  type: 'approval-delegation.granted',
  version: 1,
  topic: Topics.approvalDelegations,
  description: "An approver delegated their approval decisions to a deputy for a time: every service's chains accept the deputy's decisions on their behalf.",
  payload: z.object({
    delegationId: z.uuid(),
    approverUserId: z.string().min(1),
    deputyUserId: z.string().min(1),
    validFrom: z.iso.datetime({ offset: true }),
    validUntil: z.iso.datetime({ offset: true }),
    reason: z.string(),
  }),
});

export type ApprovalDelegationGrantedV1 = z.infer<typeof approvalDelegationGrantedV1.payload>;

export const approvalDelegationRevokedV1 = defineEvent({
  type: 'approval-delegation.revoked',
  version: 1,
  topic: Topics.approvalDelegations,
  description: 'A delegation was revoked before it ran out: no service accepts the deputy’s decisions under it any more.',
  payload: z.object({
    delegationId: z.uuid(),
    approverUserId: z.string().min(1),
    revokedAt: z.iso.datetime({ offset: true }),
  }),
});

export type ApprovalDelegationRevokedV1 = z.infer<typeof approvalDelegationRevokedV1.payload>;
