import { randomBytes } from 'node:crypto';
import { apiClient, Json } from './platform-env';

/** A temporary password a cadre might type: random, so always strong enough. */
export const temporaryPassword = (): string => `Tmp-${randomBytes(9).toString('base64url')}`;

/**
 * What a user does at the first login after a cadre set their password: logs in with the temporary
 * one, is told to choose their own, and does (POST /auth/password), getting tokens. Returns the answer
 * with the tokens (accessToken, refreshToken, user).
 */
export async function firstLogin(registrationUrl: string, username: string, temporary: string, password: string): Promise<Json> {
  const anonymous = apiClient(registrationUrl);
  const login = await anonymous.post('/auth/login', { username, password: temporary });
  if (login.status !== 200 || login.body.passwordChangeRequired !== true) {
    throw new Error(`first login of ${username}: ${login.status} ${JSON.stringify(login.body)}`);
  }
  const changed = await anonymous.post('/auth/password', { username, password: temporary, newPassword: password });
  if (changed.status !== 200) throw new Error(`choosing the password of ${username}: ${changed.status} ${JSON.stringify(changed.body)}`);
  return changed.body;
}

/**
 * Creates a user through registration as a cadre with a temporary password, then logs in as them and
 * sets `password` as their own, as a new user would: afterwards they log in with `password`. Returns
 * the created user and the tokens of that first login.
 */
export async function createUserWithPassword(
  registrationUrl: string,
  cadreToken: string,
  user: { username: string; displayName: string; orgUnitId: string; roles: string[]; [field: string]: unknown },
  password: string,
): Promise<{ user: Json; login: Json }> {
  const temporary = temporaryPassword();
  const created = await apiClient(registrationUrl, cadreToken).post('/users', { ...user, password: temporary });
  if (created.status !== 201) throw new Error(`creating ${user.username}: ${created.status} ${JSON.stringify(created.body)}`);
  return { user: created.body, login: await firstLogin(registrationUrl, user.username, temporary, password) };
}
