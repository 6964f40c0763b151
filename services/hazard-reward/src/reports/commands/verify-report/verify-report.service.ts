import { ForbiddenException, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { hazardConfirmedV1, hazardRejectedV1 } from '@lc/contracts';
import { AccessDenialRecorder, AuditedCommand, Caller, ScopeChecker } from '@lc/platform';
import { HazardRepository } from '../../../archive/hazard.repository';
import { HazardReportRepository } from '../../hazard-report.repository';
import { HazardReportView, reportView, ReportRow } from '../../report.row';
import { ReporterTags } from '../../reporter-tag';
import { VerificationDuties } from './verification-duties';
import { VerifyReportRequestDto } from './verify-report.request.dto';
import { DuplicateOfRefused, ReportAlreadyVerified } from '../../report.errors';

/**
 * Verification (核实) of a report, once: the row is locked and must still be 'reported'. A confirmed
 * hazard enters the archive; its reward follows from the hazard.confirmed event.
 */
@Injectable()
export class VerifyReportService {
  constructor(
    private readonly commands: AuditedCommand,
    private readonly reports: HazardReportRepository,
    private readonly hazards: HazardRepository,
    private readonly scope: ScopeChecker,
    private readonly tags: ReporterTags,
    private readonly duties: VerificationDuties,
    private readonly denials: AccessDenialRecorder,
  ) {}

  async execute(reportId: string, request: VerifyReportRequestDto, caller: Caller): Promise<HazardReportView> {
    const callerTag = this.tags.tagOf(caller.principal.userId);
    const before = await this.reports.load(reportId);
    await this.scope.assert(caller, 'write', { orgPath: before.enterprise_path });

    await this.commands.run(caller, async ({ tx, audit, publish }) => {
      const report = await this.reports.load(reportId, tx, true);
      if (report.status !== 'reported') {
        throw new ReportAlreadyVerified(reportId, report.status, report.verified_at);
      }
      try {
        await this.duties.assertMayVerify(tx, report, callerTag, caller);
      } catch (err) {
        // Recorded like any 403 (after this transaction has rolled back).
        if (err instanceof ForbiddenException) await this.denials.record({ ...caller, reason: err.message });
        throw err;
      }
      const now = new Date();
      if (request.outcome === 'duplicate') await this.assertEarlierReport(tx, report, request.duplicateOf as string);
      const reason =
        request.outcome === 'duplicate'
          ? (request.reason ?? `duplicate of report ${request.duplicateOf}, whose reporter keeps the reward`)
          : (request.reason ?? null);
      await this.reports.recordVerdict(tx, reportId, {
        status: request.outcome,
        grade: request.outcome === 'confirmed' ? (request.grade ?? null) : null,
        duplicateOf: request.duplicateOf ?? null,
        reason,
        verifiedBy: caller.principal.userId,
        verifiedAt: now,
      });
      await audit({
        action: `hazard.${request.outcome}`,
        entity: { type: 'hazard-report', id: reportId, orgUnitId: report.enterprise_unit_id, orgPath: report.enterprise_path },
        after: { status: request.outcome, grade: request.grade ?? null, duplicateOf: request.duplicateOf ?? null },
        reason: reason ?? undefined,
      });
      const ref = {
        reportId,
        enterpriseUnitId: report.enterprise_unit_id,
        enterprisePath: report.enterprise_path,
        category: report.category,
        reportedAt: report.reported_at.toISOString(),
      };
      const envelope = { aggregateId: reportId, orgUnitId: report.enterprise_unit_id, occurredAt: now };
      if (request.outcome === 'confirmed') {
        const grade = request.grade as NonNullable<typeof request.grade>;
        await this.hazards.open(
          tx,
          { reportId, enterpriseUnitId: report.enterprise_unit_id, enterprisePath: report.enterprise_path, category: report.category, grade },
          caller.principal.userId,
          now,
        );
        await publish(hazardConfirmedV1, {
          ...envelope,
          payload: {
            ...ref,
            grade,
            confirmedAt: now.toISOString(),
            confirmedBy: { userId: caller.principal.userId, orgUnitId: caller.principal.orgUnitId, orgPath: caller.principal.orgPath },
          },
        });
      } else {
        await publish(hazardRejectedV1, {
          ...envelope,
          payload: { ...ref, outcome: request.outcome, reason: reason as string, duplicateOf: request.duplicateOf ?? null, rejectedAt: now.toISOString() },
        });
      }
    });
    return reportView(await this.reports.load(reportId), caller.principal, callerTag);
  }

  /** The first report of a hazard keeps the reward: a duplicate points at an earlier, still valid report of the same enterprise. */
  private async assertEarlierReport(tx: EntityManager, report: ReportRow, originalId: string): Promise<void> {
    const original = await this.reports.essentials(tx, originalId);
    const problem = !original
      ? `there is no report ${originalId}`
      : original.enterprise_unit_id !== report.enterprise_unit_id
        ? `report ${originalId} is about another enterprise (${original.enterprise_unit_id})`
        : original.reported_at >= report.reported_at
          ? `report ${originalId} came after this one; mark the later report as the duplicate`
          : original.status === 'duplicate' || original.status === 'rejected'
            ? `report ${originalId} was itself ${original.status}; point at the report it was judged against`
            : undefined;
    if (problem) throw new DuplicateOfRefused(problem);
  }
}
