import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';

export type Locale = 'zh-CN' | 'en-US';

let current: Locale = 'zh-CN';

/**
 * The language the console speaks now, for code outside React's tree (dates, amounts, a refusal's
 * message). The LocaleProvider sets it before its children render, so whatever they format during that
 * render uses it.
 */
export function currentLocale(): Locale {
  return current;
}

export function setCurrentLocale(locale: Locale): void {
  current = locale;
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
}

/** zh-CN's text or en-US's, for the few texts kept beside the code that uses them rather than in a message file. */
export function inLocale(texts: { zh: string; en: string }): string {
  return current === 'zh-CN' ? texts.zh : texts.en;
}
