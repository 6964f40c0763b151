import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { ConsoleError } from '../errors/console-error';
import { SessionCookies } from './session-cookies';

export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** They open a session and so carry none to protect; registration checks the password they carry. */
const OPEN_ROUTES = new Set(['/api/session/login', '/api/session/password']);

/**
 * Double-submit CSRF check on every unsafe request under /api: X-CSRF-Token must equal the token
 * sealed in the session (which another origin can neither read nor set), and an Origin, when the
 * browser sends one, must be this service's own. A request with no session carries no authority to
 * abuse; the route then answers it as it answers anyone not logged in.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(private readonly cookies: SessionCookies) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    if (SAFE_METHODS.has(req.method) || !req.path.startsWith('/api/') || OPEN_ROUTES.has(req.path)) return true;
    if (!sameOrigin(req)) throw new ConsoleError('csrf-token-invalid');
    const session = await this.cookies.sessionOf(req);
    if (!session) return true;
    if (!tokensMatch(req.headers[CSRF_HEADER], session.csrfToken)) throw new ConsoleError('csrf-token-invalid');
    return true;
  }
}

/** No Origin (not every request carries one), or the origin whose Host the request was sent to. */
function sameOrigin(req: Request): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

function tokensMatch(sent: string | string[] | undefined, expected: string): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
