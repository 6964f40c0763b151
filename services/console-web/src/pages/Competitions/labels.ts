import { competitionKinds } from '@lc/contracts/competition-kinds';
import type { useLocale } from '../../locales';
import type { MessageKey } from '../../locales/zh-CN';

type Translate = ReturnType<typeof useLocale>['t'];
type CompetitionKind = keyof typeof competitionKinds;

/** The kinds as the console offers them, in the contracts' order. */
export const competitionKindValues = Object.keys(competitionKinds) as CompetitionKind[];

/** A kind's label in the current language; a kind the console does not know keeps what the service sent. */
export function kindLabel(t: Translate, kind: string, sent?: string): string {
  return kind in competitionKinds ? t(`competitions.kind.${kind as CompetitionKind}`) : (sent ?? kind);
}

/** A competition's life, as the console names it. */
export const competitionStatuses: Record<string, { text: MessageKey; status: 'default' | 'processing' | 'success' | 'warning' | 'error' }> = {
  draft: { text: 'competitions.status.draft', status: 'default' },
  filing: { text: 'competitions.status.filing', status: 'processing' },
  filed: { text: 'competitions.status.filed', status: 'success' },
  open: { text: 'competitions.status.open', status: 'processing' },
  running: { text: 'competitions.status.running', status: 'processing' },
  assessing: { text: 'competitions.status.assessing', status: 'warning' },
  closed: { text: 'competitions.status.closed', status: 'default' },
};

/** The lifecycle actions each status allows (the service refuses any other, and says why). */
export const lifecycleActions: Record<string, { action: 'open' | 'start' | 'assess' | 'close'; label: MessageKey }[]> = {
  filed: [{ action: 'open', label: 'competitions.action.open' }],
  open: [{ action: 'start', label: 'competitions.action.start' }],
  running: [{ action: 'assess', label: 'competitions.action.assess' }],
  assessing: [{ action: 'close', label: 'competitions.action.close' }],
};
