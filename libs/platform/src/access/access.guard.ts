import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { IncomingMessage } from 'node:http';
import { InvalidTokenError, Principal, TokenVerifier } from '@lc/auth';
import { isReadOnlyRole, isRole } from '@lc/org';
import { DomainError } from '../errors/domain-error';
import { correlationIdOf } from '../http/correlation-id';
import { RevokedSessions } from '../sessions/revoked-sessions';
import { AccessDenialRecorder } from './access-denial.recorder';
import { AccessTokenRejected, AccessTokenRequired, ReadOnlyRoles, RoleRequired, SessionEnded } from './access.errors';
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
    if (!token) throw new AccessTokenRequired();
    let principal: Principal;
    try {
      principal = await this.verifier.verify(token);
    } catch (err) {
      if (err instanceof InvalidTokenError) throw new AccessTokenRejected(err.message);
      throw err;
    }
    // Registration ended the session (logout, a password change or reset, deactivation, new roles).
    if (principal.sessionId && this.revokedSessions.isRevoked(principal.sessionId)) {
      throw new SessionEnded();
    }
    request.principal = principal;

    const required = this.reflector.getAllAndOverride<string[] | undefined>(REQUIRED_ROLES, targets);
    if (required && !principal.roles.some((role) => required.includes(role))) {
      await this.deny(request, principal, new RoleRequired(required, principal.roles));
    }
    const writes = !SAFE_METHODS.has(request.method ?? 'GET');
    if (writes && principal.roles.length > 0 && principal.roles.every((r) => isRole(r) && isReadOnlyRole(r))) {
      await this.deny(request, principal, new ReadOnlyRoles());
    }
    return true;
  }

  private async deny(request: IncomingMessage, principal: Principal, refusal: DomainError): Promise<never> {
    await this.denials.record({
      principal,
      method: request.method ?? '',
      path: request.url ?? '',
      reason: refusal.message,
      correlationId: correlationIdOf(request),
    });
    throw refusal;
  }
}
