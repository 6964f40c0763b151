import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@lc/platform';
import type { HazardRewardConfig } from '../config/hazard-reward-config';

/**
 * A report keeps an HMAC of its reporter's user id, never the id itself (a named report also has a
 * row in hazard_reporters, an anonymous one has nothing else). The tag is never sent out: it lets the
 * signed-in reporter find their own reports and rewards, and nobody else tell whose they are.
 */
@Injectable()
export class ReporterTags {
  constructor(@Inject(SERVICE_CONFIG) private readonly config: HazardRewardConfig) {}

  tagOf(userId: string): string {
    return createHmac('sha256', this.config.REPORTER_TAG_KEY).update(`reporter:${userId}`).digest('hex');
  }
}

/** The audit trail's actor for a reporter: the report, not the person (the trail is read widely). */
export const reporterActor = (reportId: string, enterpriseUnitId: string) => ({ userId: `reporter-of:${reportId}`, orgUnitId: enterpriseUnitId });
