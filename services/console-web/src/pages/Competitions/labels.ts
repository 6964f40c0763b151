export { competitionKinds } from '@lc/contracts/competition-kinds';

/** A competition's life, as the console names it. */
export const competitionStatuses: Record<string, { text: string; status: 'default' | 'processing' | 'success' | 'warning' | 'error' }> = {
  draft: { text: '草稿', status: 'default' },
  filing: { text: '备案中', status: 'processing' },
  filed: { text: '已备案', status: 'success' },
  open: { text: '报名中', status: 'processing' },
  running: { text: '进行中', status: 'processing' },
  assessing: { text: '考评中', status: 'warning' },
  closed: { text: '已结束', status: 'default' },
};

/** The lifecycle actions each status allows (the service refuses any other, and says why). */
export const lifecycleActions: Record<string, { action: 'open' | 'start' | 'assess' | 'close'; label: string }[]> = {
  filed: [{ action: 'open', label: '开放报名' }],
  open: [{ action: 'start', label: '开始竞赛' }],
  running: [{ action: 'assess', label: '进入考评' }],
  assessing: [{ action: 'close', label: '结束竞赛' }],
};
