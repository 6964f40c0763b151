import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Principal } from '@lc/auth';
import type { Role } from '@lc/org';
import { PUBLIC_OPERATION } from '../http/error-responses';

export const PUBLIC_ROUTE = 'lc:public-route';
export const REQUIRED_ROLES = 'lc:required-roles';

/**
 * Open to anyone, without a token: health, API docs, login. Every other route needs a valid token.
 * The spec says so too (see documentRefusals).
 */
export const Public = (): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(PUBLIC_ROUTE, true), ApiExtension(PUBLIC_OPERATION, true)) as MethodDecorator & ClassDecorator;

/** The route needs one of these roles; where in the tree the caller may use it is a scope check. */
export const RequireRoles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(REQUIRED_ROLES, roles);

export interface AuthenticatedRequest {
  principal?: Principal;
}

/** The verified caller of the request. */
export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a public route');
  return principal;
});
