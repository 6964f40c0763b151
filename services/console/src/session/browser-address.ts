import type { Request } from 'express';

/**
 * The browser's address as the console's socket sees it. Registration counts login failures and
 * attempts by client address; behind the console every browser would share the console's, so the
 * console names the browser in X-Forwarded-For (replacing whatever the browser sent: the console is
 * the edge) and registration trusts that header from it alone (its TRUSTED_PROXIES).
 */
export function browserAddress(req: Request): string | undefined {
  return req.socket.remoteAddress;
}
