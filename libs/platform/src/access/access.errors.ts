import { isRole, roleRules } from '@lc/org';
import { NotAllowed, Unauthenticated } from '../errors/domain-error';

const roleZh = (role: string): string => (isRole(role) ? roleRules[role].label.zh : role);

/** No `Authorization: Bearer <token>` on a route that needs one. */
export class AccessTokenRequired extends Unauthenticated {
  readonly code = 'access-token-required';
  constructor() {
    super({ en: 'an access token is required: send "Authorization: Bearer <token>"', zh: '请先登录：请求需要携带访问令牌' });
  }
}

/** A token that is expired, forged or malformed; the English says which. */
export class AccessTokenRejected extends Unauthenticated {
  readonly code = 'access-token-rejected';
  constructor(reason: string) {
    super({ en: reason, zh: /expired/.test(reason) ? '登录已过期，请重新登录' : '访问令牌无效，请重新登录' });
  }
}

/** Registration ended the session (logout, a password change or reset, deactivation, new roles). */
export class SessionEnded extends Unauthenticated {
  readonly code = 'session-ended';
  constructor() {
    super({ en: 'access token rejected: its session has ended; log in again', zh: '本次登录已结束，请重新登录' });
  }
}

/** The route needs a role the caller does not hold. */
export class RoleRequired extends NotAllowed {
  readonly code = 'role-required';
  constructor(required: readonly string[], held: readonly string[]) {
    super({
      en: `this action needs one of the roles ${required.join(', ')}; you have ${held.join(', ') || 'none'}`,
      zh: `您的角色不能进行此操作：需要以下角色之一：${required.map(roleZh).join('、')}`,
    });
  }
}

/** Auditors and other read-only roles look but never change anything. */
export class ReadOnlyRoles extends NotAllowed {
  readonly code = 'read-only-role';
  constructor() {
    super({ en: 'your roles are read-only: you may look but not change anything', zh: '您的角色只能查看，不能修改任何内容' });
  }
}

/** The target lies outside what the caller's roles reach in the org tree; the English names the units. */
export class OutOfScope extends NotAllowed {
  readonly code = 'out-of-scope';
  constructor(reason: string) {
    super({ en: reason, zh: '该单位不在您的管辖范围内：您只能处理本单位及下级单位的事项' });
  }
}

/** What a unit organises is seen along its own line of units only, not by other branches. */
export class NotInLineOfOrganiser extends NotAllowed {
  readonly code = 'not-in-organiser-line';
  constructor(what: string, organiserId: string, callerUnitId: string) {
    super({
      en:
        `${what} is organised by ${organiserId}, which is neither above nor under your unit ` +
        `${callerUnitId}; you see what your own line of units organises`,
      zh: `该事项由 ${organiserId} 组织，它既不是您所在单位 ${callerUnitId} 的上级也不是下级；您只能查看本系统上下级单位组织的事项`,
    });
  }
}
