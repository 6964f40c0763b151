import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { OneStatement } from '@lc/messaging';
import { SERVICE_CONFIG, TooManyRequests } from '@lc/platform';
import type { HazardRewardConfig } from '../config/hazard-reward-config';
import { HazardReportRepository } from './hazard-report.repository';

const HOUR_MS = 3600_000;

/**
 * Reports per worker and clock hour (HAZARD_REPORTS_PER_HOUR), counted in the database so the limit
 * holds across replicas and restarts. What is kept must not tell whose an anonymous report is:
 * - a row is (bucket, hour, count), the bucket an HMAC of the user id and the hour under a key derived
 *   from REPORTER_TAG_KEY; no report id, no time finer than the hour;
 * - rows of past hours are deleted by the next count, so at most the current hour's buckets exist.
 * Within the hour someone holding the key and the database could still tell that a given person filed
 * n reports this hour, and which was the latest (the bucket row carries the id of the transaction that
 * last counted, as a separate transaction just before the report's would too); nothing is left once
 * the hour is over.
 *
 * The count is written by the report's own statement (one round trip, the intake's busiest path), and a
 * check constraint refuses a count over the limit, so parallel reports cannot slip past it. Once refused,
 * a worker's further reports this hour are refused from memory before their photos are decoded (the
 * costly part), without a database read: a flood costs each replica one decoded report, not one per try.
 */
@Injectable()
export class ReportQuota {
  private readonly key: Buffer;
  private readonly perHour: number;

  constructor(
    @Inject(SERVICE_CONFIG) config: Pick<HazardRewardConfig, 'REPORTER_TAG_KEY' | 'HAZARD_REPORTS_PER_HOUR'>,
    private readonly reports: HazardReportRepository,
  ) {
    this.key = createHmac('sha256', config.REPORTER_TAG_KEY).update('report-quota').digest();
    this.perHour = config.HAZARD_REPORTS_PER_HOUR;
  }

  /** Buckets refused this hour (by the constraint), with the end of their hour: refused again at once. */
  private readonly refused = new Map<string, number>();

  /** Refuses with 429, from memory, a worker this replica already refused this hour; counts nothing. */
  assertNotRefused(userId: string, now = new Date()): void {
    const { bucket } = this.slotOf(userId, now);
    const until = this.refused.get(bucket);
    if (until !== undefined && until > now.getTime()) throw this.refusal(now);
  }

  /** Counts the report in its own statement: the statement fails (see refusalOf) if that goes over the limit. */
  addTo(statement: OneStatement, userId: string, now = new Date()): void {
    const { bucket, hour } = this.slotOf(userId, now);
    this.reports.addQuotaCount(statement, bucket, hour, this.perHour);
  }

  /** The 429 for a report's statement refused by the limit's constraint, remembered for the hour; else undefined. */
  refusalOf(err: unknown, userId: string, now = new Date()): TooManyRequests | undefined {
    const driverError = (err as { driverError?: { code?: string; constraint?: string } }).driverError;
    if (driverError?.code !== '23514' || driverError.constraint !== 'report_quota_not_exceeded') return undefined;
    const { bucket, hour } = this.slotOf(userId, now);
    for (const [key, until] of this.refused) if (until <= now.getTime()) this.refused.delete(key);
    this.refused.set(bucket, hour.getTime() + HOUR_MS);
    return this.refusal(now);
  }

  private slotOf(userId: string, now: Date): { bucket: string; hour: Date } {
    const hour = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
    return { bucket: createHmac('sha256', this.key).update(`${hour.toISOString()}|${userId}`).digest('hex'), hour };
  }

  private refusal(now: Date): TooManyRequests {
    const hourEnds = (Math.floor(now.getTime() / HOUR_MS) + 1) * HOUR_MS;
    const seconds = Math.ceil((hourEnds - now.getTime()) / 1000);
    const minutes = Math.max(1, Math.ceil(seconds / 60));
    return new TooManyRequests(
      {
        en: `You may file at most ${this.perHour} hazard reports an hour; please try again in ${minutes} minutes.`,
        zh: `每小时最多可报告 ${this.perHour} 条隐患，请 ${minutes} 分钟后再报。`,
      },
      seconds,
      'hourly-report-limit',
    );
  }
}
