import { Conflict, Unauthenticated, ValidationFailed } from '@lc/platform';

/** Wrong name or password: the same answer either way, so it tells nothing about which names exist. */
export class LoginFailed extends Unauthenticated {
  readonly code = 'login-failed';
  constructor() {
    super({ en: 'username or password is wrong', zh: '用户名或密码错误' });
  }
}

/** A refresh token used, expired or of an ended session: one answer for all. */
export class RefreshRefused extends Unauthenticated {
  readonly code = 'refresh-refused';
  constructor() {
    super({ en: 'refresh token is not valid (used, expired, or its session has ended): log in again', zh: '登录已失效，请重新登录' });
  }
}

/** A new password that is the current one; refused as a field of the form. */
export function passwordUnchanged(): ValidationFailed {
  const message = 'newPassword must differ from the current password';
  return new ValidationFailed([message], [{ field: 'newPassword', code: 'differsFromCurrent', message, messageZh: '「newPassword」新密码不能与当前密码相同' }]);
}

/** Someone changed the password between the check and the change. */
export class PasswordChangedMeanwhile extends Conflict {
  readonly code = 'password-changed-meanwhile';
  constructor() {
    super({ en: 'password: it was changed meanwhile; log in again', zh: '密码刚刚已被修改，请重新登录', field: 'password' });
  }
}
