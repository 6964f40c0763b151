/**
 * The users' HTTP client, as a phone app or a browser would behave: every request has a timeout; a
 * request refused because its service is down (connection refused, 503) is retried with backoff; a
 * request whose answer was lost (timeout, connection cut) is retried only when repeating it is safe
 * (reads, and writes that carry their own id, like approval decisions). Every attempt is recorded
 * with its start, latency, service and outcome, and the fault going on when it started, so the
 * figures can tell quiet periods from faults.
 */
import { ServiceName } from './system';

/** What came of one attempt: an HTTP status, or why there was none. */
export type AttemptOutcome = number | 'refused' | 'timeout' | 'lost';

export interface RequestRecord {
  /** Epoch ms when the attempt started. */
  at: number;
  ms: number;
  service: ServiceName;
  action: string;
  outcome: AttemptOutcome;
  /** 1 for the first attempt of a request, 2 for its first retry… */
  attempt: number;
  /** The fault going on when the attempt started, if any. */
  fault: string | null;
}

export type Answer =
  | { kind: 'answer'; status: number; body: unknown }
  /** No answer to the last attempt (timeout, connection cut): the service may or may not have done it. */
  | { kind: 'lost'; reason: 'timeout' | 'lost' }
  /** Refused until the retry time ran out, or the load stopped: the service did not do it. */
  | { kind: 'refused' }
  /** 5xx other than 503, not retried (the write may or may not have happened). */
  | { kind: 'failed'; status: number; body: unknown };

export interface CallOptions {
  token?: string;
  body?: unknown;
  /** Safe to send again after a lost answer or a 5xx (reads; writes with their own id). */
  idempotent?: boolean;
}

export class RequestLog {
  readonly records: RequestRecord[] = [];
  /** Requests that needed at least one retry, and the retries sent. */
  retriedRequests = 0;
  retries = 0;
}

const BACKOFF_INITIAL_MS = 250;
const BACKOFF_MAX_MS = 5_000;

function classify(err: unknown): 'refused' | 'timeout' | 'lost' {
  const e = err as { name?: string; cause?: { code?: string; name?: string } };
  if (e.name === 'TimeoutError' || e.cause?.name === 'TimeoutError') return 'timeout';
  if (e.cause?.code === 'ECONNREFUSED') return 'refused';
  return 'lost';
}

export class SoakHttp {
  constructor(
    private readonly urls: Record<ServiceName, string>,
    readonly log: RequestLog,
    private readonly settings: { requestTimeoutMs: number; retryForMs: number },
    /** The fault going on now, for the record. */
    private readonly currentFault: () => string | null,
    /** True once the load stops: no more retries then. */
    private readonly stopped: () => boolean,
  ) {}

  async call(service: ServiceName, action: string, method: string, path: string, options: CallOptions = {}): Promise<Answer> {
    const giveUpAt = Date.now() + this.settings.retryForMs;
    let attempt = 0;
    for (;;) {
      attempt++;
      if (attempt === 2) this.log.retriedRequests++;
      if (attempt > 1) this.log.retries++;
      const { outcome: result, body } = await this.attempt(service, action, method, path, options, attempt);
      const retryable =
        result === 'refused' ||
        result === 503 ||
        (options.idempotent === true && (result === 'timeout' || result === 'lost' || (typeof result === 'number' && result >= 500)));
      if (!retryable || this.stopped() || Date.now() >= giveUpAt) return answerOf(result, body);
      const backoff = Math.min(BACKOFF_MAX_MS, BACKOFF_INITIAL_MS * 2 ** (attempt - 1));
      await new Promise((resolve) => setTimeout(resolve, backoff * (0.8 + Math.random() * 0.4)));
    }
  }

  private async attempt(service: ServiceName, action: string, method: string, path: string, options: CallOptions, attempt: number): Promise<{ outcome: AttemptOutcome; body?: unknown }> {
    const at = Date.now();
    const fault = this.currentFault();
    const started = performance.now();
    let outcome: AttemptOutcome;
    let body: unknown;
    try {
      const isForm = options.body instanceof FormData;
      const res = await fetch(`${this.urls[service]}${path}`, {
        method,
        headers: {
          ...(options.body !== undefined && !isForm ? { 'content-type': 'application/json' } : {}),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body: options.body === undefined ? undefined : isForm ? (options.body as FormData) : JSON.stringify(options.body),
        signal: AbortSignal.timeout(this.settings.requestTimeoutMs),
      });
      const text = await res.text();
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        body = text;
      }
      outcome = res.status;
    } catch (err) {
      outcome = classify(err);
    }
    this.log.records.push({ at, ms: performance.now() - started, service, action, outcome, attempt, fault });
    return { outcome, body };
  }
}

function answerOf(result: AttemptOutcome, body: unknown): Answer {
  if (result === 'refused' || result === 503) return { kind: 'refused' };
  if (result === 'timeout' || result === 'lost') return { kind: 'lost', reason: result };
  if (result >= 500) return { kind: 'failed', status: result, body };
  return { kind: 'answer', status: result, body };
}
