import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SERVICE_CONFIG, TooManyRequestsException } from '@lc/platform';
import type { HazardRewardConfig } from '../config/hazard-reward-config';

const HOUR_MS = 3600_000;

/**
 * Reports per worker and clock hour (HAZARD_REPORTS_PER_HOUR), counted in the database so the limit
 * holds across replicas and restarts. What is kept must not tell whose an anonymous report is:
 * - a row is (bucket, hour, count), the bucket an HMAC of the user id and the hour under a key derived
 *   from REPORTER_TAG_KEY; no report id, no time finer than the hour;
 * - rows of past hours are deleted by the next count, so at most the current hour's buckets exist;
 * - the count is its own statement, before the report is written, never in the report's transaction
 *   (a shared transaction id in both rows would tie the bucket to the report).
 * Within the hour someone holding the key and the database could still tell that a given person filed
 * n reports this hour, which a cross-replica counter cannot avoid; nothing is left once the hour is over.
 * A refused or failed report still counts: the limit is on attempts that reached the expensive part.
 */
@Injectable()
export class ReportQuota {
  private readonly key: Buffer;
  private readonly perHour: number;

  constructor(@Inject(SERVICE_CONFIG) config: Pick<HazardRewardConfig, 'REPORTER_TAG_KEY' | 'HAZARD_REPORTS_PER_HOUR'>) {
    this.key = createHmac('sha256', config.REPORTER_TAG_KEY).update('report-quota').digest();
    this.perHour = config.HAZARD_REPORTS_PER_HOUR;
  }

  /** Counts one report of this user, or refuses it with 429 and Retry-After (the start of the next hour). */
  async take(dataSource: DataSource, userId: string, now = new Date()): Promise<void> {
    const hour = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
    const bucket = createHmac('sha256', this.key).update(`${hour.toISOString()}|${userId}`).digest('hex');
    const counted: { reports: number }[] = await dataSource.query(
      `WITH past AS (DELETE FROM report_quota WHERE hour < $2)
       INSERT INTO report_quota AS q (bucket, hour, reports, max_reports) VALUES ($1, $2, 1, $3)
       ON CONFLICT (bucket) DO UPDATE SET reports = q.reports + 1, max_reports = $3 WHERE q.reports < $3
       RETURNING reports`,
      [bucket, hour, this.perHour],
    );
    if (counted.length > 0) return;
    const seconds = Math.ceil((hour.getTime() + HOUR_MS - now.getTime()) / 1000);
    const minutes = Math.max(1, Math.ceil(seconds / 60));
    throw new TooManyRequestsException(
      `每小时最多可报告 ${this.perHour} 条隐患，请 ${minutes} 分钟后再报。` +
        `You may file at most ${this.perHour} hazard reports an hour; please try again in ${minutes} minutes.`,
      seconds,
    );
  }
}
