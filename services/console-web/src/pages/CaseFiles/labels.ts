import type { MessageKey } from '../../locales/zh-CN';
import type { HazardRewardApi, Ok } from '../../services/api';
import { formatDateTime, formatYuan } from '../../utils/format';
import { hazardCategories, hazardGrades, labelOf } from '../Approvals/item-views/labels';

export type CaseFile = Ok<HazardRewardApi['/hazard-reports/{id}/case-file']['get']>;
export type CaseFileEntry = CaseFile['entries'][number];
export type CaseFileKind = CaseFile['kind'];
type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export const caseFileKinds: readonly CaseFileKind[] = ['hazard-report', 'hazard-reward', 'nomination'];

/** The word for a code under a key prefix ('caseFile.action.'), or the code itself when the console does not know it yet. */
export function codeLabel(t: Translate, prefix: string, code: string): string {
  const key = `${prefix}${code}` as MessageKey;
  const text = t(key);
  return text === key ? code : text;
}

export function actorLabel(t: Translate, actor: CaseFileEntry['actor']): string {
  if (actor.kind === 'user') return actor.displayName ?? t('caseFile.actor.unknown');
  if (actor.kind === 'reporter' && actor.displayName) return t('caseFile.actor.reporterNamed', { name: actor.displayName });
  return codeLabel(t, 'caseFile.actor.', actor.kind);
}

/** A fact of an entry as a reader wants it: amounts in yuan, times in the reader's format, codes as words. */
export function factText(t: Translate, key: string, value: string | number | boolean): string {
  if (typeof value === 'boolean') return t(value ? 'caseFile.yes' : 'caseFile.no');
  if (key === 'amountYuan' || key === 'rewardYuan') return formatYuan(value);
  if (key === 'deadline' || key === 'publicityEndsAt') return formatDateTime(String(value));
  if (key === 'status') return codeLabel(t, 'caseFile.status.', String(value));
  if (key === 'grade') return labelOf(t, hazardGrades, String(value));
  if (key === 'category') return labelOf(t, hazardCategories, String(value));
  return String(value);
}

/** Where an approval chain of an item of this kind is read: the service that owns the item. */
export const approvalServiceOf = (kind: CaseFileKind): 'hazard-reward' | 'awards' => (kind === 'nomination' ? 'awards' : 'hazard-reward');

export const checkColours: Record<string, string> = { verified: 'green', altered: 'red', unlinked: 'red', unsealed: 'default' };
