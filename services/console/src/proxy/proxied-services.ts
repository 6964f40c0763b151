import type { ConsoleConfig } from '../config/console-config';

/** The path segment after /api that names a service, and the setting holding its address. */
const SERVICE_URL_SETTINGS = {
  registration: 'REGISTRATION_URL',
  'hazard-reward': 'HAZARD_REWARD_URL',
  assessment: 'ASSESSMENT_URL',
  awards: 'AWARDS_URL',
} as const satisfies Record<string, keyof ConsoleConfig>;

export type ProxiedService = keyof typeof SERVICE_URL_SETTINGS;

export function serviceUrlOf(config: ConsoleConfig, service: string): string | null {
  return Object.hasOwn(SERVICE_URL_SETTINGS, service) ? config[SERVICE_URL_SETTINGS[service as ProxiedService]] : null;
}

/**
 * The service's path and query, verbatim from the browser's URL (/api/<service><rest>), or null when
 * it must not be forwarded: a dot segment (it would climb out of the service's base URL), and
 * registration's token routes (the browser never holds a token: /api/session opens and ends sessions).
 */
export function forwardedPath(originalUrl: string, service: string): string | null {
  const rest = originalUrl.slice(`/api/${service}`.length);
  const path = rest.split('?')[0];
  if (path.split('/').some((segment) => /^(\.|%2e){1,2}$/i.test(segment))) return null;
  if (service === 'registration' && /^\/auth(\/|$)/i.test(path)) return null;
  return rest.startsWith('/') ? rest : `/${rest}`;
}
