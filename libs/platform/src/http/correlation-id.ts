import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const CORRELATION_HEADER = 'x-correlation-id';

/**
 * The id that follows one user action through HTTP, events and workflows. Taken from the caller's
 * header when it is sensible, else made here; pino-http uses it as the request id.
 */
export function correlationIdOf(req: IncomingMessage, res?: ServerResponse): string {
  const carried = (req as IncomingMessage & { id?: unknown }).id;
  if (typeof carried === 'string') return carried;
  const header = req.headers[CORRELATION_HEADER];
  const id = typeof header === 'string' && /^[A-Za-z0-9._:-]{1,100}$/.test(header) ? header : randomUUID();
  res?.setHeader(CORRELATION_HEADER, id);
  return id;
}

export const CorrelationId = createParamDecorator((_: unknown, ctx: ExecutionContext): string =>
  correlationIdOf(ctx.switchToHttp().getRequest<IncomingMessage>()),
);
