import { Inject, Injectable } from '@nestjs/common';
import type { CaseFileDto, CaseFileKind } from '@lc/platform';
import { CONSOLE_CONFIG } from '../config/console-config.token';
import type { ConsoleConfig } from '../config/console-config';
import { ConsoleError } from '../errors/console-error';

/** Which service owns an item of each kind, and where it answers the item's case file. */
const OWNERS: Record<CaseFileKind, { url: keyof ConsoleConfig; path: (id: string) => string }> = {
  'hazard-report': { url: 'HAZARD_REWARD_URL', path: (id) => `/hazard-reports/${id}/case-file` },
  'hazard-reward': { url: 'HAZARD_REWARD_URL', path: (id) => `/hazard-rewards/${id}/case-file` },
  nomination: { url: 'AWARDS_URL', path: (id) => `/nominations/${id}/case-file` },
};

export const isCaseFileKind = (kind: string): kind is CaseFileKind => Object.hasOwn(OWNERS, kind);

export type ServiceAnswer<T> = { ok: true; body: T } | { ok: false; status: number; body: unknown };

const TIMEOUT_MS = 30_000;

/** Asks the owning service for an item's case file as the session's user: the service decides who may read it. */
@Injectable()
export class CaseFileClient {
  constructor(@Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig) {}

  caseFile(kind: CaseFileKind, id: string, auth: Credentials): Promise<ServiceAnswer<CaseFileDto>> {
    const owner = OWNERS[kind];
    return this.get(`${this.config[owner.url]}${owner.path(encodeURIComponent(id))}`, auth);
  }

  /** The signed-in user as registration knows them (their name and unit, printed on the PDF). */
  me(auth: Credentials): Promise<ServiceAnswer<{ displayName: string; orgUnitName: string }>> {
    return this.get(`${this.config.REGISTRATION_URL}/users/me`, auth);
  }

  private async get<T>(url: string, auth: Credentials): Promise<ServiceAnswer<T>> {
    let res: Response;
    try {
      res = await fetch(url, {
        headers: {
          accept: 'application/json',
          authorization: `Bearer ${auth.accessToken}`,
          'x-correlation-id': auth.correlationId,
          ...(auth.acceptLanguage ? { 'accept-language': auth.acceptLanguage } : {}),
        },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      throw new ConsoleError('service-unavailable');
    }
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON: passed on as the text it was.
    }
    return res.ok ? { ok: true, body: body as T } : { ok: false, status: res.status, body };
  }
}

export interface Credentials {
  accessToken: string;
  correlationId: string;
  acceptLanguage?: string;
}
