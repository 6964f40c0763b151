import { Injectable } from '@nestjs/common';
import { Caller, ScopeChecker } from '@lc/platform';
import { ReportRow } from './report.row';
import { ReporterTags } from './reporter-tag';
import { HazardReportRepository } from './hazard-report.repository';

/**
 * Loads a report the caller may see: its reporter always, anyone else by the scope rule (their unit
 * is the enterprise or above it, with a role that reads). Workers see only their own reports.
 */
@Injectable()
export class ReportAccess {
  constructor(
    private readonly reports: HazardReportRepository,
    private readonly scope: ScopeChecker,
    private readonly tags: ReporterTags,
  ) {}

  async loadVisible(reportId: string, caller: Caller): Promise<ReportRow> {
    const row = await this.reports.load(reportId);
    if (row.reporter_tag === this.tags.tagOf(caller.principal.userId)) return row;
    // The reporter is not an owner the scope rule could name: a worker who is not the reporter is refused.
    await this.scope.assert(caller, 'read', { orgPath: row.enterprise_path, ownerUserId: `reporter-of:${row.id}` });
    return row;
  }
}
