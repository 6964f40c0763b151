import dayjs from 'dayjs';
import { approvalsEn, approvalsZh } from '../../locales/areas/approvals';
import { inLocale, type Locale } from '../../locales/current';
import type { MessageKey } from '../../locales/zh-CN';
import type { ServiceName } from '../../services/api';

/** useLocale's t, for the helpers here that name codes in the console's language. */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** What each kind of approval item is called on the paper forms. */
export const itemKindKeys: Record<string, MessageKey> = {
  'plan-filing': 'approvals.kind.planFiling',
  'pioneer-team': 'approvals.kind.pioneerTeam',
  nomination: 'approvals.kind.nomination',
  'hazard-reward': 'approvals.kind.hazardReward',
  'hazard-close-out': 'approvals.kind.hazardCloseOut',
  'energy-supervisor': 'approvals.kind.energySupervisor',
  'technical-service-request': 'approvals.kind.technicalServiceRequest',
};

/** A kind's name; a kind the console does not know yet shows its code. */
export const itemKindLabel = (t: Translate, kind: string): string => (itemKindKeys[kind] ? t(itemKindKeys[kind]) : kind);

export const statusColors: Record<string, string> = {
  pending: 'processing',
  returned: 'warning',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
};

const transitionKeys: Record<string, MessageKey> = {
  submitted: 'approvals.transition.submitted',
  signed: 'approvals.transition.signed',
  'step-approved': 'approvals.transition.stepApproved',
  approved: 'approvals.transition.approved',
  rejected: 'approvals.transition.rejected',
  returned: 'approvals.transition.returned',
  resubmitted: 'approvals.transition.resubmitted',
  withdrawn: 'approvals.transition.withdrawn',
  reminded: 'approvals.transition.reminded',
  escalated: 'approvals.transition.escalated',
};

export const transitionLabel = (t: Translate, kind: string): string => (transitionKeys[kind] ? t(transitionKeys[kind]) : kind);

const serviceKeys = {
  registration: 'approvals.service.registration',
  'hazard-reward': 'approvals.service.hazardReward',
  assessment: 'approvals.service.assessment',
  awards: 'approvals.service.awards',
} as const satisfies Record<ServiceName, MessageKey>;

export const serviceLabel = (t: Translate, service: string): string =>
  service in serviceKeys ? t(serviceKeys[service as ServiceName]) : service;

const serviceNow = (service: ServiceName) => inLocale({ zh: approvalsZh[serviceKeys[service]], en: approvalsEn[serviceKeys[service]] });

/**
 * The services' names as a record, for the audit screen, which reads them by service outside this area:
 * each read answers in the console's current language.
 */
export const serviceLabels: Record<ServiceName, string> = {
  get registration() {
    return serviceNow('registration');
  },
  get 'hazard-reward'() {
    return serviceNow('hazard-reward');
  },
  get assessment() {
    return serviceNow('assessment');
  },
  get awards() {
    return serviceNow('awards');
  },
};

/** Opinions cadres write most, offered as one-click picks; the picked text becomes the opinion as written. */
export const quickOpinionKeys = {
  approve: ['approvals.quick.agree', 'approvals.quick.agreeForward', 'approvals.quick.verifiedAgree'],
  return: ['approvals.quick.revise', 'approvals.quick.incomplete', 'approvals.quick.verify'],
  reject: ['approvals.quick.ineligible', 'approvals.quick.disagree'],
  revise: ['approvals.quick.revisedAsAdvised', 'approvals.quick.addedMaterials'],
} satisfies Record<string, MessageKey[]>;

/** A form's 2026-03 as the console writes months: 2026年3月, or Mar 2026; anything else as it came. */
export function yearMonth(t: Translate, month: string | null | undefined): string {
  if (!month) return '';
  return /^\d{4}-\d{2}$/.test(month) ? dayjs(`${month}-01`).format(t('approvals.monthFormat')) : month;
}

const notificationLineKeys: Record<string, MessageKey> = {
  'to-decide': 'approvals.notifications.lineToDecide',
  returned: 'approvals.notifications.lineReturned',
  outcome: 'approvals.notifications.lineOutcome',
  escalation: 'approvals.notifications.lineEscalation',
  reminder: 'approvals.notifications.lineReminder',
};

/**
 * A notification's line. The service writes it, in Chinese only (with the step and, for an outcome, how
 * the chain ended); in English it is said again from its kind and the item's title, which is all the
 * notification carries besides.
 */
export function notificationLine(t: Translate, locale: Locale, n: { kind: string; title: string; text: string }): string {
  return locale === 'zh-CN' || !notificationLineKeys[n.kind] ? n.text : t(notificationLineKeys[n.kind], { title: n.title });
}
