/**
 * Whether an error says the infrastructure is unavailable for a moment (the database restarting or
 * paused, a connection dropped, a timeout waiting for a lock, the process shutting down) rather than
 * that the work itself is wrong. Such work is retried until it goes through and is never dead-lettered:
 * the same event will succeed once the database answers again.
 */
export function isTransientError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (TRANSIENT_SQLSTATE_CLASSES.some((c) => code.startsWith(c)) || TRANSIENT_SQLSTATES.has(code)) return true;
      if (TRANSIENT_SOCKET_CODES.has(code)) return true;
    }
    const message = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
    if (TRANSIENT_MESSAGES.some((pattern) => pattern.test(message))) return true;
  }
  return false;
}

/** 08: connection exception; 57P: operator intervention (shutdown, crash recovery); 53: insufficient resources. */
const TRANSIENT_SQLSTATE_CLASSES = ['08', '57P', '53'];

const TRANSIENT_SQLSTATES = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '55P03', // lock_not_available (lock_timeout)
  '57014', // query_canceled (statement_timeout)
  '25P03', // idle_in_transaction_session_timeout
]);

const TRANSIENT_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** What node-postgres and its pool say when a connection is gone or cannot be had. */
const TRANSIENT_MESSAGES = [
  /Connection terminated/i,
  /Cannot use a pool after calling end on the pool/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error and is not queryable/i,
  /Client was closed and is not queryable/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];
