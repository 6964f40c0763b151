import { createPrivateKey, createPublicKey } from 'node:crypto';
import { z } from 'zod';
import { privateKeySetting, serviceConfigSchema, wholeNumberSetting } from '@lc/platform';

const wholeNumber = wholeNumberSetting;

/** Registration logs users in, so it alone holds the private key that signs access tokens. */
export const registrationConfigSchema = serviceConfigSchema
  .extend({
    AUTH_PRIVATE_KEY: privateKeySetting,
    /**
     * How long an access token is good for. It also bounds how long a service that missed a session's
     * end (Kafka down) still takes its tokens; the client refreshes before it runs out.
     */
    ACCESS_TOKEN_TTL_MINUTES: wholeNumber(1, 60).default(5),
    /** How long a login session lasts at most, however often it is refreshed: then the user logs in again. */
    SESSION_TTL_HOURS: wholeNumber(1, 30 * 24).default(12),
    /** Failed logins in a row for one name from one address before that address must wait (429). */
    LOGIN_MAX_FAILURES: wholeNumber(3, 20).default(5),
    LOGIN_LOCK_MINUTES: wholeNumber(1, 24 * 60).default(15),
    /** Login, refresh and password-change attempts per minute from one address, whatever the name. */
    LOGIN_RATE_LIMIT_PER_MINUTE: wholeNumber(1, 10_000).default(20),
    /**
     * The proxies (the console) whose X-Forwarded-For names the client: login failures and attempts
     * are then counted by the browser's address, not the proxy's one address for everybody. Addresses,
     * subnets (10.0.0.0/8) or loopback, linklocal, uniquelocal, comma-separated; none by default.
     */
    TRUSTED_PROXIES: z
      .string()
      .trim()
      .regex(
        /^((loopback|linklocal|uniquelocal|[0-9A-Fa-f.:]+(\/\d{1,3})?)(\s*,\s*(?=.)|$))*$/,
        'must list addresses, subnets (10.0.0.0/8) or loopback, linklocal, uniquelocal, comma-separated',
      )
      .default(''),
  })
  .superRefine((config, ctx) => {
    const derived = createPublicKey(createPrivateKey(config.AUTH_PRIVATE_KEY)).export({ type: 'spki', format: 'pem' }).toString();
    const given = createPublicKey(config.AUTH_PUBLIC_KEY).export({ type: 'spki', format: 'pem' }).toString();
    if (derived !== given) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_PRIVATE_KEY'],
        message: 'does not belong to AUTH_PUBLIC_KEY: tokens it signs would be refused by every service',
      });
    }
  });

export type RegistrationConfig = z.infer<typeof registrationConfigSchema>;
