import { join } from 'node:path';
import { z } from 'zod';
import { portSetting, wholeNumberSetting } from '@lc/platform';

const serviceUrl = z
  .string()
  .trim()
  .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, 'must be an http(s) URL of the service, e.g. http://127.0.0.1:3001')
  .transform((url) => url.replace(/\/+$/, ''));

/** The key the session cookie is encrypted with (A256GCM): exactly 32 bytes, given as base64. */
const sessionKeySetting = z
  .string()
  .trim()
  .refine((text) => /^[A-Za-z0-9+/]+={0,2}$/.test(text) && Buffer.from(text, 'base64').length === 32, 'must be 32 random bytes in base64, e.g. the output of `openssl rand -base64 32`')
  .transform((text) => new Uint8Array(Buffer.from(text, 'base64')));

/** The SPA as Vite builds it, beside this service in the repository (dist/config → services/console-web/dist). */
export const DEFAULT_WEB_DIST = join(__dirname, '..', '..', '..', 'console-web', 'dist');

/**
 * The console holds no database, broker or workflow client: it serves the web app and stands between
 * the browser and the four services, whose addresses it is given.
 */
export const consoleConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: portSetting.default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  REGISTRATION_URL: serviceUrl,
  HAZARD_REWARD_URL: serviceUrl,
  ASSESSMENT_URL: serviceUrl,
  AWARDS_URL: serviceUrl,
  CONSOLE_SESSION_KEY: sessionKeySetting,
  CONSOLE_WEB_DIST: z.string().trim().min(1).default(DEFAULT_WEB_DIST),
  SHUTDOWN_TIMEOUT_MS: wholeNumberSetting(1_000, 120_000).default(9_000),
});

export type ConsoleConfig = z.infer<typeof consoleConfigSchema>;
