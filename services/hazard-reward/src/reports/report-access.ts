import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Caller, ScopeChecker } from '@lc/platform';
import { REPORT_COLUMNS, REPORT_FROM, ReportRow } from './report-row';
import { ReporterTags } from './reporter-tag';
import { HazardReportNotFound } from './report.errors';

/**
 * Loads a report the caller may see: its reporter always, anyone else by the scope rule (their unit
 * is the enterprise or above it, with a role that reads). Workers see only their own reports.
 */
@Injectable()
export class ReportAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ScopeChecker,
    private readonly tags: ReporterTags,
  ) {}

  async load(reportId: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<ReportRow> {
    const rows: ReportRow[] = await manager.query(
      `SELECT ${REPORT_COLUMNS} FROM ${REPORT_FROM} WHERE r.id = $1 ${lock ? 'FOR UPDATE OF r' : ''}`,
      [reportId],
    );
    if (!rows[0]) throw new HazardReportNotFound(reportId);
    return rows[0];
  }

  async loadVisible(reportId: string, caller: Caller): Promise<ReportRow> {
    const row = await this.load(reportId);
    if (row.reporter_tag === this.tags.tagOf(caller.principal.userId)) return row;
    // The reporter is not an owner the scope rule could name: a worker who is not the reporter is refused.
    await this.scope.assert(caller, 'read', { orgPath: row.enterprise_path, ownerUserId: `reporter-of:${row.id}` });
    return row;
  }
}
