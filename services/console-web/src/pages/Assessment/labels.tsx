import { Tag } from 'antd';
import { useLocale } from '../../locales';
import type { MessageKey } from '../../locales/zh-CN';

const statusColor: Record<string, string> = { draft: 'default', submitted: 'blue', reviewed: 'orange', finalised: 'green', withdrawn: 'default' };

export const sheetStatuses = ['draft', 'submitted', 'reviewed', 'finalised', 'withdrawn'] as const;

/** A sheet's status in words: 待自评, 待考核, 已考核, 已定稿, 已退出. */
export function SheetStatusTag({ status }: { status: string }) {
  const { t } = useLocale();
  return <Tag color={statusColor[status] ?? 'default'}>{t(`assessment.status.${status}` as MessageKey)}</Tag>;
}
