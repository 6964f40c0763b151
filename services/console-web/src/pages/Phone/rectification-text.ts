import type { MessageKey } from '../../locales/zh-CN';
import { formatDate } from '../../utils/format';

interface Rectification {
  status: string;
  deadline: string | null;
  overdue: boolean;
}

/** The rectification of a confirmed hazard in a line, as its reporter may know it. */
export function rectificationText(t: (key: MessageKey, values?: Record<string, string | number>) => string, r: Rectification): string {
  if (r.status === 'closed') return t('phone.rectification.closed');
  const state = r.deadline ? t('phone.rectification.open', { deadline: formatDate(r.deadline) }) : t('phone.rectification.noPlan');
  return r.overdue ? `${state} · ${t('phone.rectification.overdue')}` : state;
}
