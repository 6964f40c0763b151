import { Inject, Injectable } from '@nestjs/common';
import { CONSOLE_CONFIG } from '../config/console-config.token';
import type { ConsoleConfig } from '../config/console-config';
import { ConsoleError } from '../errors/console-error';

/** Registration's answer, as it came: passed on to the browser when it is a refusal. */
export interface RegistrationAnswer {
  status: number;
  body: unknown;
  retryAfter: string | null;
}

const TIMEOUT_MS = 15_000;

/** Calls registration's session routes (JSON both ways) on the browser's behalf. */
@Injectable()
export class RegistrationAuthClient {
  constructor(@Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig) {}

  post(
    path: '/auth/login' | '/auth/password' | '/auth/refresh' | '/auth/logout',
    body: unknown,
    options: { correlationId: string; accessToken?: string; client?: string },
  ): Promise<RegistrationAnswer> {
    return this.call('POST', path, body, options);
  }

  get(path: '/users/me', options: { correlationId: string; accessToken: string; acceptLanguage?: string }): Promise<RegistrationAnswer> {
    return this.call('GET', path, undefined, options);
  }

  private async call(
    method: string,
    path: string,
    body: unknown,
    options: { correlationId: string; accessToken?: string; acceptLanguage?: string; client?: string },
  ): Promise<RegistrationAnswer> {
    let res: Response;
    try {
      res = await fetch(`${this.config.REGISTRATION_URL}${path}`, {
        method,
        headers: {
          accept: 'application/json',
          'x-correlation-id': options.correlationId,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(options.accessToken ? { authorization: `Bearer ${options.accessToken}` } : {}),
          ...(options.acceptLanguage ? { 'accept-language': options.acceptLanguage } : {}),
          // See browser-address.ts: what registration counts login attempts by.
          ...(options.client ? { 'x-forwarded-for': options.client } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      throw new ConsoleError('service-unavailable');
    }
    const text = await res.text().catch(() => '');
    let parsed: unknown = text || null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON: passed on as the text it was.
    }
    return { status: res.status, body: parsed, retryAfter: res.headers.get('retry-after') };
  }
}
