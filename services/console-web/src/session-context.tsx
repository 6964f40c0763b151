import { Spin } from 'antd';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { accessOf, type Access } from './access';
import { SESSION_ENDED } from './services/api';
import { session, type CurrentUser } from './services/session';
import { inLocale } from './locales/current';

interface SessionContext {
  user: CurrentUser | null;
  access: Access;
  /** Asks the console service who is signed in now: after a login, or a password change. */
  signedIn: () => Promise<void>;
  logout: () => Promise<void>;
}

const Context = createContext<SessionContext | null>(null);

/** Who is signed in, asked of the console service once at start and after each login. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<CurrentUser | null | undefined>(undefined);

  useEffect(() => {
    session.current().then(setUser, () => setUser(null));
    const ended = () => setUser(null);
    window.addEventListener(SESSION_ENDED, ended);
    return () => window.removeEventListener(SESSION_ENDED, ended);
  }, []);

  const logout = useCallback(async () => {
    await session.logout().catch(() => undefined);
    setUser(null);
  }, []);

  const signedIn = useCallback(async () => setUser(await session.current()), []);
  const value = useMemo<SessionContext>(() => ({ user: user ?? null, access: accessOf(user ?? null), signedIn, logout }), [user, signedIn, logout]);
  if (user === undefined) return <Spin fullscreen tip={inLocale({ zh: '正在加载', en: 'Loading' })} />;
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useSession(): SessionContext {
  const context = useContext(Context);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}
