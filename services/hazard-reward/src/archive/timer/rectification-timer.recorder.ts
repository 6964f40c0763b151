import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { parentPathOf, unitIdOfPath } from '@lc/org';
import type { RectificationTimerActivities, RectificationTimerEvent } from '@lc/workflows';
import { systemActor } from '../../rewards/system-actor';
import { HazardRepository } from '../hazard.repository';

/**
 * The timer's activity: a reminder for the designated person, or the overdue mark with escalation to
 * the union above the enterprise (township, industry or bureau union), who then finds the hazard in
 * GET /hazards/escalated. Once per hazard, kind and deadline (a unique index), so a retry writes nothing.
 */
@Injectable()
export class RectificationTimerRecorder implements RectificationTimerActivities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hazards: HazardRepository,
    private readonly audit: AuditTrail,
  ) {}

  async recordRectificationTimerEvent(event: RectificationTimerEvent): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const hazard = await this.hazards.load(event.hazardId, tx, true);
      const deadline = new Date(event.deadline);
      // A stale timer (the plan moved the deadline since) or a closed hazard: nothing to tell.
      if (hazard.status === 'closed' || hazard.deadline?.getTime() !== deadline.getTime()) return;
      const now = new Date();
      const escalateTo = event.kind === 'overdue' ? unitIdOfPath(parentPathOf(hazard.enterprise_path) ?? hazard.enterprise_path) : null;
      const note =
        event.kind === 'reminded'
          ? `rectification is due at ${event.deadline}; ${hazard.updater_user_id ?? 'the designated person'} is reminded to report progress`
          : `rectification was due at ${event.deadline} and the hazard is not closed out; escalated to ${escalateTo}`;
      if (!(await this.hazards.addTimeline(tx, hazard.report_id, { kind: event.kind, note, deadline, at: now }))) return;
      if (event.kind === 'reminded') {
        await this.hazards.markReminded(tx, hazard.report_id, now);
      } else {
        await this.hazards.markOverdue(tx, hazard.report_id, now, escalateTo);
      }
      await this.audit.append(tx, {
        actor: systemActor(hazard.enterprise_unit_id),
        action: `hazard.${event.kind}`,
        entity: { type: 'hazard', id: hazard.report_id, orgUnitId: hazard.enterprise_unit_id, orgPath: hazard.enterprise_path },
        after: { deadline: event.deadline, escalatedTo: escalateTo },
        reason: note,
        correlationId: `hazard-rectification-${hazard.report_id}`,
      });
    });
  }
}
