import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { workingDayDeadline } from '@lc/calendar';
import { awardApprovedV1 } from '@lc/contracts';
import { OutboxPublisher } from '@lc/messaging';
import { SERVICE_CONFIG, WorkflowOutbox } from '@lc/platform';
import { PublicityPeriodInput, publicityPeriodWorkflowId, publicityPeriodWorkflowType, TaskQueues } from '@lc/workflows';
import type { AwardsConfig } from '../config/awards-config';
import { nominationAuditEntity, NominationRow, nominationRef } from '../nominations/nomination.row';
import { NominationRepository } from '../nominations/nomination.repository';

/** How a nomination came to take its place: approved with a place free, or the first waiting when one was freed. */
export interface PublicityEntry {
  actor: { userId: string; orgUnitId: string };
  action: 'nomination.approved' | 'nomination.promoted';
  correlationId: string;
  /** More of the audit entry's after-image (the place it waited at, what freed the place). */
  after?: Record<string, unknown>;
}

/**
 * Puts a nomination that holds a quota place into publicity (公示), in the caller's transaction: its
 * period counted in working days (工作日, 不少于5个工作日) by the official calendar, to the end of the
 * last one in China (or in seconds when PUBLICITY_PERIOD_SECONDS is set, for short runs); audited,
 * evented (award.approved), and its publicity workflow recorded to start once the transaction commits,
 * under the nomination's id, so it runs once.
 */
@Injectable()
export class PublicityStarter {
  private readonly logger = new Logger(PublicityStarter.name);

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: AwardsConfig,
    private readonly nominations: NominationRepository,
    private readonly workflows: WorkflowOutbox,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditTrail,
  ) {}

  /** When a period starting now ends, and the workflow's input that ends it then. */
  private period(nominationId: string, now: Date): { endsAt: Date; input: PublicityPeriodInput } {
    const seconds = this.config.PUBLICITY_PERIOD_SECONDS;
    if (seconds !== undefined) return { endsAt: new Date(now.getTime() + seconds * 1000), input: { nominationId, periodSeconds: seconds } };
    const period = workingDayDeadline(now, this.config.PUBLICITY_PERIOD_WORKING_DAYS);
    if (!period.official) {
      this.logger.warn(`the publicity of nomination ${nominationId} runs to ${period.lastDay}, beyond the official calendar installed: counted Monday to Friday`);
    }
    return { endsAt: period.endsAt, input: { nominationId, endsAt: period.endsAt.toISOString() } };
  }

  async enter(tx: EntityManager, nomination: NominationRow, entry: PublicityEntry): Promise<void> {
    const { endsAt, input } = this.period(nomination.id, new Date());
    await this.nominations.enterPublicity(tx, nomination.id, endsAt);
    await this.audit.append(tx, {
      actor: entry.actor,
      action: entry.action,
      entity: nominationAuditEntity(nomination),
      after: { publicityEndsAt: endsAt.toISOString(), ...entry.after },
      correlationId: entry.correlationId,
    });
    await this.outbox.publish(tx, awardApprovedV1, {
      aggregateId: nomination.id,
      orgUnitId: nomination.conferring_unit_id,
      correlationId: entry.correlationId,
      payload: { ...nominationRef(nomination), publicityEndsAt: endsAt.toISOString() },
    });
    await this.workflows.start(tx, {
      workflowType: publicityPeriodWorkflowType,
      workflowId: publicityPeriodWorkflowId(nomination.id),
      taskQueue: TaskQueues.awards,
      args: [input],
    });
  }
}
