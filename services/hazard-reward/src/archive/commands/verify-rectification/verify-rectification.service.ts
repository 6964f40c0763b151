import { Injectable } from '@nestjs/common';
import { AuditedCommand, auditActorOf, Caller } from '@lc/platform';
import { CloseOutApproval } from '../../close-out/close-out-approval';
import { HazardCloser } from '../../close-out/hazard-closer';
import { HazardArchive } from '../../hazard-archive';
import { HazardRepository } from '../../hazard.repository';
import { hazardView } from '../../hazard.row';
import { VerifyRectificationRequestDto } from './verify-rectification.request.dto';
import { NoRectificationPlan } from '../../archive.errors';

/**
 * Verification of the rectification (整改验收). Accepted, a general hazard is closed out at once; a
 * major one goes up the chain for its close-out. Refused, it stays open with the note on its timeline.
 */
@Injectable()
export class VerifyRectificationService {
  constructor(
    private readonly commands: AuditedCommand,
    private readonly hazards: HazardRepository,
    private readonly archive: HazardArchive,
    private readonly closer: HazardCloser,
    private readonly closeOut: CloseOutApproval,
  ) {}

  async execute(hazardId: string, request: VerifyRectificationRequestDto, caller: Caller) {
    const current = await this.archive.loadInScope(hazardId, caller, 'write');
    if (current.plan_version === 0) throw new NoRectificationPlan(hazardId);
    if (!request.accepted || current.grade === 'general') {
      await this.commands.run(caller, async ({ tx, audit }) => {
        const hazard = await this.archive.lockOpen(tx, hazardId);
        if (!request.accepted) {
          await this.hazards.addTimeline(tx, hazardId, { kind: 'rectification-refused', actorUserId: caller.principal.userId, note: request.note });
          await audit({
            action: 'hazard.rectification-refused',
            entity: { type: 'hazard', id: hazardId, orgUnitId: hazard.enterprise_unit_id, orgPath: hazard.enterprise_path },
            reason: request.note,
          });
          return;
        }
        await this.hazards.markRectificationVerified(tx, hazardId);
        await this.hazards.addTimeline(tx, hazardId, { kind: 'rectification-verified', actorUserId: caller.principal.userId, note: request.note });
        await this.closer.close(tx, hazard, auditActorOf(caller), caller.correlationId, request.note);
      });
      return hazardView(await this.hazards.load(hazardId));
    }

    // A major hazard: verified, then its close-out is submitted up the chain.
    await this.commands.run(caller, async ({ tx, audit }) => {
      const hazard = await this.archive.lockOpen(tx, hazardId);
      const { workflowId } = await this.closeOut.submit(tx, hazard, caller);
      await this.hazards.submitCloseOut(tx, hazardId, workflowId);
      await this.hazards.addTimeline(tx, hazardId, { kind: 'rectification-verified', actorUserId: caller.principal.userId, note: request.note });
      await this.hazards.addTimeline(tx, hazardId, { kind: 'close-out-submitted', actorUserId: caller.principal.userId, note: workflowId });
      await audit({
        action: 'hazard.close-out-submitted',
        entity: { type: 'hazard', id: hazardId, orgUnitId: hazard.enterprise_unit_id, orgPath: hazard.enterprise_path },
        after: { status: 'close_out_pending', workflowId },
        reason: request.note,
      });
    });
    return hazardView(await this.hazards.load(hazardId));
  }
}
