import { csrfToken, unwrap } from './api';
import { inLocale } from '../locales/current';

/**
 * The console service's own routes: they turn a login into an httpOnly session cookie, so the browser
 * never holds a token. The four services' routes go through the generated clients in api.ts.
 */
export interface CurrentUser {
  id: string;
  username: string;
  displayName: string;
  orgUnitId: string;
  orgUnitName?: string;
  orgPath?: string;
  roles: string[];
}

export interface PasswordChangeRequired {
  passwordChangeRequired: true;
  setBy?: { displayName: string; orgUnitName: string } | null;
  setAt?: string | null;
}

/** The login's own account of who signed in; the console asks GET /api/session for the full picture. */
export type LoginAnswer = { user: { userId: string; displayName: string } } | PasswordChangeRequired;

async function post<T>(path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const token = csrfToken();
  if (token) headers['X-CSRF-Token'] = decodeURIComponent(token);
  const response = await fetch(`/api/session${path}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : undefined;
  return unwrap<T>(Promise.resolve({ data: response.ok ? data : undefined, error: response.ok ? undefined : data, response }));
}

export const session = {
  async current(): Promise<CurrentUser | null> {
    const response = await fetch('/api/session', { credentials: 'same-origin' });
    if (response.status === 401) return null;
    if (!response.ok) throw new Error(inLocale({ zh: `会话查询失败（${response.status}）`, en: `Could not read the session (${response.status})` }));
    return ((await response.json()) as { user: CurrentUser }).user;
  },
  login: (username: string, password: string) => post<LoginAnswer>('/login', { username, password }),
  choosePassword: (username: string, password: string, newPassword: string) =>
    post<unknown>('/password', { username, password, newPassword }),
  logout: () => post<void>('/logout'),
};
