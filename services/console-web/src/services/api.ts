import { currentLocale } from '../locales/current';
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths as AssessmentPaths } from './generated/assessment';
import type { paths as AwardsPaths } from './generated/awards';
import type { paths as HazardRewardPaths } from './generated/hazard-reward';
import type { paths as RegistrationPaths } from './generated/registration';

/** The cookie the console service sets beside the session; writes echo it (double-submit CSRF). */
export function csrfToken(): string | undefined {
  return document.cookie
    .split('; ')
    .find((c) => c.startsWith('lc_csrf='))
    ?.slice('lc_csrf='.length);
}

/** Fired when a call answers 401: the session ended (logged out elsewhere, revoked, expired). */
export const SESSION_ENDED = 'lc:session-ended';

const sessionAndCsrf: Middleware = {
  onRequest({ request }) {
    if (!['GET', 'HEAD'].includes(request.method)) {
      const token = csrfToken();
      if (token) request.headers.set('X-CSRF-Token', decodeURIComponent(token));
    }
    request.headers.set('Accept-Language', localStorage.getItem('lc-locale') ?? 'zh-CN');
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) window.dispatchEvent(new Event(SESSION_ENDED));
    return response;
  },
};

function clientFor<Paths extends object>(service: string) {
  const client = createClient<Paths>({ baseUrl: `/api/${service}`, credentials: 'same-origin' });
  client.use(sessionAndCsrf);
  return client;
}

/** One typed client per service, each generated from that service's OpenAPI spec. */
export const registration = clientFor<RegistrationPaths>('registration');
export const hazardReward = clientFor<HazardRewardPaths>('hazard-reward');
export const assessment = clientFor<AssessmentPaths>('assessment');
export const awards = clientFor<AwardsPaths>('awards');

export const serviceClients = { registration, 'hazard-reward': hazardReward, assessment, awards } as const;
export type ServiceName = keyof typeof serviceClients;

/** The refusal every service answers (statusCode, code, English and Chinese messages, the field at fault). */
export interface ApiRefusal {
  statusCode: number;
  code?: string;
  message: string | string[];
  messageZh?: string;
  field?: string;
  errors?: { field: string; code: string; message: string; messageZh?: string }[];
}

/** Thrown by `unwrap` so that screens show the service's own words. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly refusal: ApiRefusal,
    /** From Retry-After, on 429: how long to wait. */
    readonly retryAfterSeconds?: number,
  ) {
    super(refusalText(refusal));
  }
}

/** The refusal in the console's language: the service's Chinese message, or its English one. */
export function refusalText(refusal: ApiRefusal): string {
  if (currentLocale() === 'zh-CN' && refusal.messageZh) return refusal.messageZh;
  return Array.isArray(refusal.message) ? refusal.message.join(currentLocale() === 'zh-CN' ? '；' : '; ') : refusal.message;
}

/** The message for each field of a refusal, in the console's language, to show on that field of a form. */
export function fieldErrors(refusal: ApiRefusal): { name: string; errors: string[] }[] {
  const byField = new Map<string, string[]>();
  const zh = currentLocale() === 'zh-CN';
  for (const e of refusal.errors ?? []) byField.set(e.field, [...(byField.get(e.field) ?? []), (zh && e.messageZh) || e.message]);
  if (refusal.field && !byField.has(refusal.field)) byField.set(refusal.field, [refusalText(refusal)]);
  return [...byField].map(([name, errors]) => ({ name, errors }));
}

/** The data of a successful answer, or an ApiError carrying the refusal. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const refusal = (error ?? { statusCode: response.status, message: response.statusText }) as ApiRefusal;
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new ApiError(response.status, { ...refusal, statusCode: response.status }, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined);
  }
  return data as T;
}

/** The JSON a route answers on success, read off the generated paths: `Ok<RegistrationApi['/users']['get']>`. */
export type Ok<Operation> = Operation extends { responses: infer R }
  ? R extends { 200: { content: { 'application/json': infer J } } }
    ? J
    : R extends { 201: { content: { 'application/json': infer J } } }
      ? J
      : never
  : never;

export type { AssessmentPaths as AssessmentApi, AwardsPaths as AwardsApi, HazardRewardPaths as HazardRewardApi, RegistrationPaths as RegistrationApi };
