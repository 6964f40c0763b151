import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { CORRELATION_HEADER } from '@lc/platform';

/**
 * What of the browser's request a service gets: what describes the body and the answer wanted, and the
 * Idempotency-Key that makes a retried submission safe. Not its cookies (the sealed session), its CSRF
 * header, its own Authorization, or anything about the browser or the hops in between.
 */
const REQUEST_HEADERS = [
  'accept',
  'accept-language',
  'content-type',
  'content-length',
  'content-encoding',
  'range',
  'if-match',
  'if-none-match',
  'if-modified-since',
  'idempotency-key',
];

/** What of a service's answer the browser gets: the body's description and caching; never cookies. */
const RESPONSE_HEADERS = [
  'content-type',
  'content-length',
  'content-disposition',
  'content-encoding',
  'content-language',
  'content-range',
  'accept-ranges',
  'cache-control',
  'etag',
  'last-modified',
  'expires',
  'retry-after',
  'vary',
];

export function forwardedRequestHeaders(incoming: IncomingHttpHeaders, accessToken: string, correlationId: string): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  for (const name of REQUEST_HEADERS) {
    const value = incoming[name];
    if (value !== undefined) headers[name] = value;
  }
  headers.authorization = `Bearer ${accessToken}`;
  headers[CORRELATION_HEADER] = correlationId;
  return headers;
}

export function forwardedResponseHeaders(incoming: IncomingHttpHeaders): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  for (const name of RESPONSE_HEADERS) {
    const value = incoming[name];
    if (value !== undefined) headers[name] = value;
  }
  return headers;
}
