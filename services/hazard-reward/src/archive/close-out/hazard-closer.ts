import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { hazardClosedV1 } from '@lc/contracts';
import { OutboxPublisher } from '@lc/messaging';
import { WorkflowOutbox } from '@lc/platform';
import { hazardClosedSignal, rectificationTimerWorkflowId } from '@lc/workflows';
import { HazardRow } from '../hazard.row';
import { HazardRepository } from '../hazard.repository';

/** Close-out (销号): the archive record is closed with its event, and its timer is told once that commits. */
@Injectable()
export class HazardCloser {
  constructor(
    private readonly hazards: HazardRepository,
    private readonly audit: AuditTrail,
    private readonly outbox: OutboxPublisher,
    private readonly workflows: WorkflowOutbox,
  ) {}

  async close(tx: EntityManager, hazard: HazardRow, actor: { userId: string; orgUnitId: string }, correlationId: string, note?: string): Promise<void> {
    const now = new Date();
    await this.hazards.close(tx, hazard.report_id, actor.userId, note ?? null, now);
    const reportedAt = await this.hazards.reportedAt(tx, hazard.report_id);
    const deadline = hazard.deadline ?? now;
    await this.audit.append(tx, {
      actor,
      action: 'hazard.closed',
      entity: { type: 'hazard', id: hazard.report_id, orgUnitId: hazard.enterprise_unit_id, orgPath: hazard.enterprise_path },
      before: { status: hazard.status },
      after: { status: 'closed' },
      reason: note,
      correlationId,
    });
    await this.outbox.publish(tx, hazardClosedV1, {
      aggregateId: hazard.report_id,
      orgUnitId: hazard.enterprise_unit_id,
      correlationId,
      occurredAt: now,
      payload: {
        reportId: hazard.report_id,
        enterpriseUnitId: hazard.enterprise_unit_id,
        enterprisePath: hazard.enterprise_path,
        category: hazard.category,
        grade: hazard.grade,
        reportedAt: reportedAt.toISOString(),
        closedAt: now.toISOString(),
        deadline: deadline.toISOString(),
        closedLate: now > deadline,
      },
    });
    // Only a hazard with a plan has a timer.
    if (hazard.plan_version > 0) {
      await this.workflows.signal(tx, { workflowId: rectificationTimerWorkflowId(hazard.report_id), signal: hazardClosedSignal.name });
    }
  }
}
