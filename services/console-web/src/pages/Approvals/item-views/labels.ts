import type { MessageKey } from '../../../locales/zh-CN';
import type { Translate } from '../labels';

/** The words the forms and notices use for the services' codes, as message keys. */
type Labels = Record<string, MessageKey>;

export const hazardCategories: Labels = { accident: 'approvals.hazard.categoryAccident', occupational: 'approvals.hazard.categoryOccupational' };
export const hazardGrades: Labels = { general: 'approvals.hazard.gradeGeneral', major: 'approvals.hazard.gradeMajor' };
export const rewardStatuses: Labels = {
  no_scheme: 'approvals.reward.noScheme',
  awaiting_approval: 'approvals.reward.awaitingApproval',
  queued: 'approvals.reward.queued',
  issued: 'approvals.reward.issued',
  paid: 'approvals.reward.paid',
  rejected: 'approvals.reward.rejected',
};
export const hazardTimelineKinds: Labels = {
  opened: 'approvals.closeOut.opened',
  'plan-set': 'approvals.closeOut.planSet',
  'plan-revised': 'approvals.closeOut.planRevised',
  progress: 'approvals.closeOut.progress',
  reminded: 'approvals.closeOut.reminded',
  overdue: 'approvals.closeOut.overdueEvent',
  escalated: 'approvals.closeOut.escalated',
  'rectification-verified': 'approvals.closeOut.verified',
  'rectification-refused': 'approvals.closeOut.refused',
  'close-out-submitted': 'approvals.closeOut.submitted',
  'close-out-refused': 'approvals.closeOut.closeOutRefused',
  closed: 'approvals.closeOut.closed',
};
export const hazardStatuses: Labels = { open: 'approvals.closeOut.statusOpen', close_out_pending: 'approvals.closeOut.statusPending', closed: 'approvals.closeOut.statusClosed' };
export const nominationStatuses: Labels = {
  candidate: 'approvals.nomination.candidate',
  submitted: 'approvals.nomination.submitted',
  publicity: 'approvals.nomination.publicity',
  conferred: 'approvals.nomination.conferred',
  withdrawn: 'approvals.nomination.withdrawn',
  rejected: 'approvals.nomination.rejected',
  over_quota: 'approvals.nomination.overQuota',
};
export const nominationSources: Labels = { assessment: 'approvals.nomination.sourceAssessment', hazard: 'approvals.nomination.sourceHazard', manual: 'approvals.nomination.sourceManual' };
export const nomineeKinds: Labels = { person: 'approvals.nomination.person', team: 'approvals.nomination.team', unit: 'approvals.nomination.unit' };
export const objectionStatuses: Labels = {
  pending: 'approvals.nomination.objectionPending',
  upheld: 'approvals.nomination.objectionUpheld',
  dismissed: 'approvals.nomination.objectionDismissed',
};

/** A code's word in the console's language; a code the console does not know yet shows as it is. */
export const labelOf = (t: Translate, labels: Labels, code: string | null | undefined): string => (code ? (labels[code] ? t(labels[code]) : code) : '—');
