export const notificationKinds = ['to-decide', 'returned', 'outcome', 'escalation', 'reminder'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** What the notification is about, as the approval chain names it. */
export interface NotificationSubject {
  title: string;
  stepTitle: string | null;
  /** For an outcome: how the chain ended. */
  status?: string;
}

/** The line a person reads (in the console, by SMS or WeChat), e.g. 「XX竞赛方案备案」待您审批（区总工会）. */
export function notificationText(kind: NotificationKind, { title, stepTitle, status }: NotificationSubject): string {
  const item = `「${title}」`;
  const at = stepTitle ? `（${stepTitle}）` : '';
  switch (kind) {
    case 'to-decide':
      return `${item}待您审批${at}`;
    case 'returned':
      return `${item}已退回修改，请修改后重新报送${at}`;
    case 'outcome':
      return status === 'approved' ? `${item}已审批通过` : `${item}未获通过${at}`;
    case 'escalation':
      return `${item}逾期未审批，请督办${at}`;
    case 'reminder':
      return `${item}催办：请尽快审批${at}`;
  }
}
