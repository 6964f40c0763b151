import { ConfigProvider } from 'antd';
import enUSAntd from 'antd/es/locale/en_US';
import zhCNAntd from 'antd/es/locale/zh_CN';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { enUS } from './en-US';
import { zhCN, type MessageKey } from './zh-CN';

import { setCurrentLocale, type Locale } from './current';

export type { Locale };

interface LocaleContext {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
}

const messages: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };
const Context = createContext<LocaleContext | null>(null);

function initialLocale(): Locale {
  const locale = localStorage.getItem('lc-locale') === 'en-US' ? 'en-US' : 'zh-CN';
  setCurrentLocale(locale);
  return locale;
}

/** Chinese unless the user picked English; antd's own texts (pagination, pickers) follow. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const value = useMemo<LocaleContext>(
    () => ({
      locale,
      setLocale(next) {
        localStorage.setItem('lc-locale', next);
        setCurrentLocale(next);
        setLocaleState(next);
      },
      t(key, values) {
        // Each {name} as often as it occurs; a value is inserted as written ('$' in it is not a pattern).
        return (messages[locale][key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (values && name in values ? String(values[name]) : whole));
      },
    }),
    [locale],
  );
  return (
    <Context.Provider value={value}>
      <ConfigProvider
        locale={locale === 'zh-CN' ? zhCNAntd : enUSAntd}
        theme={{ token: { colorPrimary: '#c8161d' } }}
        // 登录, not 登 录: labels read as written (and as tests and screen readers look for them).
        button={{ autoInsertSpace: false }}
      >
        {children}
      </ConfigProvider>
    </Context.Provider>
  );
}

export function useLocale(): LocaleContext {
  const context = useContext(Context);
  if (!context) throw new Error('useLocale outside LocaleProvider');
  return context;
}
