import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';

dayjs.locale('zh-cn');

/** 2026年12月3日, as dates are written on the forms. */
export function formatDate(value: string | Date | null | undefined): string {
  return value ? dayjs(value).format('YYYY年M月D日') : '—';
}

/** 2026年12月3日 14:05, for when something happened. */
export function formatDateTime(value: string | Date | null | undefined): string {
  return value ? dayjs(value).format('YYYY年M月D日 HH:mm') : '—';
}

const yuan = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY', minimumFractionDigits: 2 });

/** ¥1,234.00 */
export function formatYuan(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  return yuan.format(Number(value));
}

/** 3天5小时 since a time, for how long an item has waited. */
export function formatWaited(since: string | null | undefined, now = dayjs()): string {
  if (!since) return '—';
  const hours = now.diff(dayjs(since), 'hour');
  if (hours < 1) return '不到1小时';
  if (hours < 24) return `${hours}小时`;
  return `${Math.floor(hours / 24)}天${hours % 24 ? `${hours % 24}小时` : ''}`;
}

export function formatPercent(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined ? '—' : `${(value * 100).toFixed(digits)}%`;
}
