import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { IncomingMessage } from 'node:http';
import { InvalidTokenError, Principal, TokenVerifier } from '@lc/auth';
import { isReadOnlyRole, isRole } from '@lc/org';
import { correlationIdOf } from '../http/correlation-id';
import { RevokedSessions } from '../sessions/revoked-sessions';
import { AccessDenialRecorder } from './access-denial.recorder';
import { AuthenticatedRequest, PUBLIC_ROUTE, REQUIRED_ROLES } from './access.decorators';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every request needs a valid access token unless its route is @Public(). Then the coarse checks that
 * need no data: a role the route requires, and read-only roles (auditors) never changing anything.
 * Which unit's data the caller may touch is decided in the use case with ScopeChecker, which knows
 * the target. 401 says the token is missing, bad, expired or of an ended session; 403 says why the caller may not, and is recorded.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    private readonly denials: AccessDenialRecorder,
    private readonly revokedSessions: RevokedSessions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest<IncomingMessage & AuthenticatedRequest>();
    const header = request.headers.authorization;
    const token = typeof header === 'string' && /^Bearer [^\s]+$/.test(header) ? header.slice('Bearer '.length) : undefined;
    if (!token) throw new UnauthorizedException('an access token is required: send "Authorization: Bearer <token>"');
    let principal: Principal;
    try {
      principal = await this.verifier.verify(token);
    } catch (err) {
      if (err instanceof InvalidTokenError) throw new UnauthorizedException(err.message);
      throw err;
    }
    // Registration ended the session (logout, a password change or reset, deactivation, new roles).
    if (principal.sessionId && this.revokedSessions.isRevoked(principal.sessionId)) {
      throw new UnauthorizedException('access token rejected: its session has ended; log in again');
    }
    request.principal = principal;

    const required = this.reflector.getAllAndOverride<string[] | undefined>(REQUIRED_ROLES, targets);
    if (required && !principal.roles.some((role) => required.includes(role))) {
      await this.deny(request, principal, `this action needs one of the roles ${required.join(', ')}; you have ${principal.roles.join(', ') || 'none'}`);
    }
    const writes = !SAFE_METHODS.has(request.method ?? 'GET');
    if (writes && principal.roles.length > 0 && principal.roles.every((r) => isRole(r) && isReadOnlyRole(r))) {
      await this.deny(request, principal, 'your roles are read-only: you may look but not change anything');
    }
    return true;
  }

  private async deny(request: IncomingMessage, principal: Principal, reason: string): Promise<never> {
    await this.denials.record({
      principal,
      method: request.method ?? '',
      path: request.url ?? '',
      reason,
      correlationId: correlationIdOf(request),
    });
    throw new ForbiddenException(reason);
  }
}
