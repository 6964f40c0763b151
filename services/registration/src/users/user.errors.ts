import { Conflict, InvalidRequest, NotAllowed, NotFound } from '@lc/platform';

export class UserNotFound extends NotFound {
  readonly code = 'user-not-found';
  constructor(userId: string) {
    super({ en: `id: there is no user '${userId}'`, zh: '该用户不存在', field: 'id' });
  }
}

/** The caller's own account no longer exists (deleted while the token lived). */
export class OwnAccountGone extends NotFound {
  readonly code = 'own-account-gone';
  constructor() {
    super({ en: 'your account no longer exists', zh: '您的账号已不存在' });
  }
}

export class UserAlreadyDeactivated extends Conflict {
  readonly code = 'user-already-deactivated';
  constructor(userId: string) {
    super({ en: `id: user ${userId} is already deactivated`, zh: '该用户已经停用', field: 'id' });
  }
}

export class UsernameTaken extends Conflict {
  readonly code = 'username-taken';
  constructor(username: string) {
    super({ en: `username: '${username}' is already taken`, zh: `用户名「${username}」已被使用`, field: 'username' });
  }
}

export class MobileTaken extends Conflict {
  readonly code = 'mobile-taken';
  constructor(mobile: string | null) {
    super({ en: `mobile: ${mobile} already belongs to another user`, zh: `手机号 ${mobile} 已属于其他用户`, field: 'mobile' });
  }
}

/** The roles cannot be held at the unit (deactivated, or of a kind without that role); the English says why. */
export class RolesNotBindable extends InvalidRequest {
  readonly code = 'roles-not-bindable';
  constructor(problem: string, problemZh: string) {
    super({ en: `roles: ${problem}`, zh: problemZh, field: 'roles' });
  }
}

/** A change to an account that this caller may not make (their own, or one at their own unit). */
export class AccountChangeNotAllowed extends NotAllowed {
  readonly code = 'account-change-not-allowed';
  static ownAccount(): AccountChangeNotAllowed {
    return new AccountChangeNotAllowed(
      'you cannot change your own account this way; change your own password with POST /auth/password',
      '不能用这种方式修改自己的账号；修改自己的密码请使用“修改密码”',
    );
  }
  static notAbove(unitId: string, callerUnitId: string): AccountChangeNotAllowed {
    return new AccountChangeNotAllowed(
      `only a cadre of a unit above ${unitId} may do this; your unit ${callerUnitId} is the user's own unit`,
      '只有该用户所在单位的上级单位干部才能进行此操作',
    );
  }
  private constructor(en: string, zh: string) {
    super({ en, zh });
  }
}
