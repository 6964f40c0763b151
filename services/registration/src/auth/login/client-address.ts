import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';

/**
 * The address the request came from, as this service's socket sees it: what login failures are
 * counted by. (Behind a proxy every client would share its address; the per-address limits would then
 * need the proxy's forwarded header, trusted for that proxy only.)
 */
export const ClientAddress = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  const request = ctx.switchToHttp().getRequest<IncomingMessage & { ip?: string }>();
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
});
