import dayjs from 'dayjs';
import { currentLocale } from '../locales/current';

const zh = () => currentLocale() === 'zh-CN';

/** 2026年12月3日 as dates are written on the forms; 3 Dec 2026 in English. */
export function formatDate(value: string | Date | null | undefined): string {
  return value ? dayjs(value).format(zh() ? 'YYYY年M月D日' : 'D MMM YYYY') : '—';
}

/** 2026年12月3日 14:05, for when something happened; 3 Dec 2026 14:05 in English. */
export function formatDateTime(value: string | Date | null | undefined): string {
  return value ? dayjs(value).format(zh() ? 'YYYY年M月D日 HH:mm' : 'D MMM YYYY HH:mm') : '—';
}

const yuanZh = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY', minimumFractionDigits: 2 });
const yuanEn = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'CNY', minimumFractionDigits: 2 });

/** ¥1,234.00 (CN¥1,234.00 in English, where ¥ alone could be yen). */
export function formatYuan(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  return (zh() ? yuanZh : yuanEn).format(Number(value));
}

/** 3天5小时 since a time (3 d 5 h), for how long an item has waited. */
export function formatWaited(since: string | null | undefined, now = dayjs()): string {
  if (!since) return '—';
  const hours = now.diff(dayjs(since), 'hour');
  if (zh()) {
    if (hours < 1) return '不到1小时';
    if (hours < 24) return `${hours}小时`;
    return `${Math.floor(hours / 24)}天${hours % 24 ? `${hours % 24}小时` : ''}`;
  }
  if (hours < 1) return 'under 1 h';
  if (hours < 24) return `${hours} h`;
  return `${Math.floor(hours / 24)} d${hours % 24 ? ` ${hours % 24} h` : ''}`;
}

export function formatPercent(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined ? '—' : `${(value * 100).toFixed(digits)}%`;
}
