import { Injectable } from '@nestjs/common';
import { CaseFileAssembler, CaseFileDto, CaseFileLinkDto, Caller } from '@lc/platform';
import { HAZARD_CLOSE_OUT_ITEM } from '../../../archive/close-out/close-out-approval';
import { ReportRow } from '../../../reports/report.row';
import { reporterActor, ReporterTags } from '../../../reports/reporter-tag';
import { inVerificationChain } from '../../../reports/reporter-visibility';
import { HAZARD_REWARD_ITEM } from '../../../rewards/issuing/reward-approval';
import { CaseFileQueries } from '../../case-file.queries';

/**
 * The case file (全程档案) of a hazard report and everything it led to: its verification, its reward
 * with the reward's approval chain and payment, its archive record with rectification and close-out
 * (and the close-out's chain). A reward's file is its report's. The reporter of an anonymous report is
 * "the anonymous reporter" to everyone; a named reporter is named only to the union verification chain
 * (and to themselves), as on the report itself.
 */
@Injectable()
export class HazardCaseFileService {
  constructor(
    private readonly queries: CaseFileQueries,
    private readonly assembler: CaseFileAssembler,
    private readonly tags: ReporterTags,
  ) {}

  async build(report: ReportRow, caller: Caller, asked: { kind: 'hazard-report' | 'hazard-reward'; id: string }): Promise<CaseFileDto> {
    const { hazard, reward } = await this.queries.linksOf(report.id);
    const links: CaseFileLinkDto[] = [{ kind: 'hazard-report', id: report.id }];
    const entities = [{ type: 'hazard-report', id: report.id }];
    if (report.duplicate_of) links.push({ kind: 'hazard-report', id: report.duplicate_of });
    if (reward) {
      links.push({ kind: 'hazard-reward', id: reward.id });
      entities.push({ type: HAZARD_REWARD_ITEM, id: reward.id });
      if (reward.approval_workflow_id) links.push({ kind: 'approval', id: reward.approval_workflow_id });
    }
    if (hazard) {
      links.push({ kind: 'hazard', id: report.id });
      entities.push({ type: 'hazard', id: report.id }, { type: HAZARD_CLOSE_OUT_ITEM, id: report.id });
      if (hazard.close_out_workflow_id) links.push({ kind: 'approval', id: hazard.close_out_workflow_id });
    }
    const mine = report.reporter_tag !== null && report.reporter_tag === this.tags.tagOf(caller.principal.userId);
    const named = !report.anonymous && report.reporter_name !== null && (mine || inVerificationChain(caller.principal, report.enterprise_path));
    return this.assembler.assemble({
      kind: asked.kind,
      id: asked.id,
      title: `${report.location}：${report.description.length > 60 ? `${report.description.slice(0, 60)}…` : report.description}`,
      unitId: report.enterprise_unit_id,
      status: asked.kind === 'hazard-reward' ? (reward as { status: string }).status : (hazard?.status ?? report.status),
      links,
      entities,
      concealed: {
        reporters: [{ actorId: reporterActor(report.id, report.enterprise_unit_id).userId, anonymous: report.anonymous, displayName: named ? report.reporter_name : null }],
      },
    });
  }
}
