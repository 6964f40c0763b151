import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { hazardConfirmedV1, hazardRejectedV1 } from '@lc/contracts';
import { OutboxPublisher } from '@lc/messaging';
import { AccessDenialRecorder, auditActorOf, Caller, ScopeChecker } from '@lc/platform';
import { ReportAccess } from '../../report-access';
import { HazardReportView, reportView, ReportRow } from '../../report-row';
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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportAccess,
    private readonly scope: ScopeChecker,
    private readonly tags: ReporterTags,
    private readonly duties: VerificationDuties,
    private readonly denials: AccessDenialRecorder,
    private readonly audit: AuditTrail,
    private readonly outbox: OutboxPublisher,
  ) {}

  async execute(reportId: string, request: VerifyReportRequestDto, caller: Caller): Promise<HazardReportView> {
    const callerTag = this.tags.tagOf(caller.principal.userId);
    const before = await this.reports.load(reportId);
    await this.scope.assert(caller, 'write', { orgPath: before.enterprise_path });

    await this.dataSource.transaction(async (tx) => {
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
      await tx.query(
        `UPDATE hazard_reports SET status = $2, grade = $3, duplicate_of = $4, verdict_reason = $5, verified_by = $6, verified_at = $7 WHERE id = $1`,
        [reportId, request.outcome, request.outcome === 'confirmed' ? request.grade : null, request.duplicateOf ?? null, reason, caller.principal.userId, now],
      );
      await this.audit.append(tx, {
        actor: auditActorOf(caller),
        action: `hazard.${request.outcome}`,
        entity: { type: 'hazard-report', id: reportId, orgUnitId: report.enterprise_unit_id, orgPath: report.enterprise_path },
        after: { status: request.outcome, grade: request.grade ?? null, duplicateOf: request.duplicateOf ?? null },
        reason: reason ?? undefined,
        correlationId: caller.correlationId,
      });
      const ref = {
        reportId,
        enterpriseUnitId: report.enterprise_unit_id,
        enterprisePath: report.enterprise_path,
        category: report.category,
        reportedAt: report.reported_at.toISOString(),
      };
      const envelope = { aggregateId: reportId, orgUnitId: report.enterprise_unit_id, correlationId: caller.correlationId, occurredAt: now };
      if (request.outcome === 'confirmed') {
        await tx.query(
          `INSERT INTO hazards (report_id, enterprise_unit_id, enterprise_path, category, grade, status, opened_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, 'open', $6, $6)`,
          [reportId, report.enterprise_unit_id, report.enterprise_path, report.category, request.grade, now],
        );
        await tx.query(`INSERT INTO hazard_timeline (report_id, kind, actor_user_id, at) VALUES ($1, 'opened', $2, $3)`, [reportId, caller.principal.userId, now]);
        await this.outbox.publish(tx, hazardConfirmedV1, {
          ...envelope,
          payload: {
            ...ref,
            grade: request.grade as NonNullable<typeof request.grade>,
            confirmedAt: now.toISOString(),
            confirmedBy: { userId: caller.principal.userId, orgUnitId: caller.principal.orgUnitId, orgPath: caller.principal.orgPath },
          },
        });
      } else {
        await this.outbox.publish(tx, hazardRejectedV1, {
          ...envelope,
          payload: { ...ref, outcome: request.outcome, reason: reason as string, duplicateOf: request.duplicateOf ?? null, rejectedAt: now.toISOString() },
        });
      }
    });
    return reportView(await this.reports.load(reportId), caller.principal, callerTag);
  }

  /** The first report of a hazard keeps the reward: a duplicate points at an earlier, still valid report of the same enterprise. */
  private async assertEarlierReport(tx: EntityManager, report: ReportRow, originalId: string): Promise<void> {
    const [original]: { enterprise_unit_id: string; reported_at: Date; status: string }[] = await tx.query(
      `SELECT enterprise_unit_id, reported_at, status FROM hazard_reports WHERE id = $1`,
      [originalId],
    );
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
