import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { Topics } from '../topics';

/** Why registration ended a user's sessions; the audit trail has the details. */
export const sessionEndReasons = [
  'logout',
  'password-changed',
  'password-reset',
  'user-deactivated',
  'unit-deactivated',
  'roles-changed',
  'refresh-token-reused',
] as const;

export type SessionEndReason = (typeof sessionEndReasons)[number];

/**
 * Every service refuses access tokens of these sessions from the moment it hears of this. Access tokens
 * are short-lived and a session that has ended issues no more, so a service need remember the ids only
 * until `tokensExpireBy`, when the last token any of them issued has expired anyway. The message key is
 * the user's id.
 */
export const sessionRevokedV1 = defineEvent({
  type: 'session.revoked',
  version: 1,
  topic: Topics.registrationSessions,
  description:
    "A user's login sessions ended (logout, a password change or reset, the user's or unit's deactivation, a role change, or a refresh token used twice): every service refuses their access tokens at once.",
  payload: z.object({
    userId: z.uuid(),
    sessionIds: z.array(z.uuid()).min(1),
    reason: z.enum(sessionEndReasons),
    revokedAt: z.iso.datetime(),
    tokensExpireBy: z.iso.datetime(),
  }),
});

export type SessionRevokedV1 = z.infer<typeof sessionRevokedV1.payload>;
