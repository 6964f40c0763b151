import { backoffDelay, BackoffPolicy, defaultBackoff } from './backoff';
import { errorMessage, MessagingLogger } from './logger';

export interface WorkLoopOptions {
  /** Names the loop in logs and in the health report. */
  name: string;
  logger: MessagingLogger;
  /** One round of work: 'more' to go again at once, 'idle' to wait for a wake-up or the poll interval. */
  round: () => Promise<'more' | 'idle'>;
  /** Longest wait between two rounds when nothing wakes the loop. */
  pollIntervalMs: number;
  /**
   * After a wake-up, how long to let more arrive before the round: a burst of commits then goes out as
   * one batch instead of one round each. 0 (default): at once.
   */
  gatherMs?: number;
  backoff?: BackoffPolicy;
}

export interface WorkLoopStatus {
  name: string;
  running: boolean;
  /** Rounds failed in a row (0 when the last one went through). */
  failures: number;
  lastError?: string;
}

/**
 * A background loop that does rounds of work (relay the outbox, seal the audit trail, start
 * workflows) until stopped: immediately again while there is more, otherwise after a wake-up (a
 * NOTIFY) or the poll interval, and with exponential backoff while rounds fail. `stop` lets the round
 * in progress finish.
 */
export class WorkLoop {
  private loop?: Promise<void>;
  private stopped = true;
  private failures = 0;
  private lastError?: string;
  private wakeUp?: () => void;
  /** A wake-up that came while a round ran: look again at once instead of idling. */
  private wokenWhileBusy = false;

  constructor(private readonly options: WorkLoopOptions) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeUp?.();
    await this.loop;
  }

  /** Something arrived: do a round now. */
  wake(): void {
    if (this.wakeUp) this.wakeUp();
    else this.wokenWhileBusy = true;
  }

  status(): WorkLoopStatus {
    return { name: this.options.name, running: !this.stopped, failures: this.failures, ...(this.lastError ? { lastError: this.lastError } : {}) };
  }

  private async run(): Promise<void> {
    const { logger, name } = this.options;
    while (!this.stopped) {
      let next: 'more' | 'idle';
      try {
        next = await this.options.round();
        if (this.failures > 0) logger.info({ component: name, after: this.failures }, `${name} recovered`);
        this.failures = 0;
        this.lastError = undefined;
      } catch (err) {
        this.failures += 1;
        this.lastError = errorMessage(err);
        const delay = backoffDelay(this.failures, this.options.backoff ?? defaultBackoff);
        logger.warn({ component: name, err: this.lastError, failures: this.failures, retryInMs: delay }, `${name} failed; will retry`);
        await this.idle(delay, true);
        continue;
      }
      if (next === 'idle' && (await this.idle(this.options.pollIntervalMs, false)) === 'woken') await this.gather();
    }
  }

  /** Waits `ms`, or less when woken (unless told to ignore wake-ups); says which ended the wait. */
  private idle(ms: number, ignoreWakeUps: boolean): Promise<'woken' | 'elapsed'> {
    if (this.stopped) return Promise.resolve('elapsed');
    if (this.wokenWhileBusy && !ignoreWakeUps) {
      this.wokenWhileBusy = false;
      return Promise.resolve('woken');
    }
    this.wokenWhileBusy = false;
    return new Promise((resolve) => {
      const done = (how: 'woken' | 'elapsed') => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        resolve(how);
      };
      const timer = setTimeout(() => done('elapsed'), ms);
      // While backing off, a wake-up must not shorten the wait; only stop() may.
      this.wakeUp = ignoreWakeUps ? () => (this.stopped ? done('elapsed') : undefined) : () => done('woken');
    });
  }

  private async gather(): Promise<void> {
    const ms = this.options.gatherMs ?? 0;
    if (ms > 0 && !this.stopped) await new Promise((resolve) => setTimeout(resolve, ms));
  }
}
