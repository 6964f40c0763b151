import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import type { Principal } from '@lc/auth';
import { correlationIdOf } from '../http/correlation-id';
import { AuthenticatedRequest } from './access.decorators';

/**
 * Who is acting and on which request: what a use case needs to check scope, write the audit trail
 * and stamp its events, without knowing about HTTP.
 */
export interface Caller {
  principal: Principal;
  method: string;
  path: string;
  correlationId: string;
}

/** The verified caller of the request; only on routes that need a token. */
export const CurrentCaller = createParamDecorator((_: unknown, ctx: ExecutionContext): Caller => {
  const request = ctx.switchToHttp().getRequest<IncomingMessage & AuthenticatedRequest>();
  if (!request.principal) throw new Error('CurrentCaller used on a public route');
  return {
    principal: request.principal,
    method: request.method ?? '',
    path: request.url ?? '',
    correlationId: correlationIdOf(request),
  };
});

/** The audit trail's actor for a caller. */
export const auditActorOf = (caller: Caller): { userId: string; orgUnitId: string } => ({
  userId: caller.principal.userId,
  orgUnitId: caller.principal.orgUnitId,
});
