import { Conflict, InvalidRequest, NotFound } from '@lc/platform';

export class DelegationNotFound extends NotFound {
  readonly code = 'delegation-not-found';
  constructor(id: string) {
    super({ en: `id: there is no delegation '${id}' given by you`, zh: '没有这项由您授予的委托', field: 'id' });
  }
}

export class DelegationAlreadyRevoked extends Conflict {
  readonly code = 'delegation-already-revoked';
  constructor(id: string) {
    super({ en: `id: delegation ${id} is already revoked`, zh: '该委托已经撤销', field: 'id' });
  }
}

/** A delegation's period runs forwards, to someone else, who is an active user. */
export class DelegationRefused extends InvalidRequest {
  readonly code = 'delegation-refused';
  static periodReversed(): DelegationRefused {
    return new DelegationRefused('validUntil', 'validUntil must be after validFrom', '「validUntil」委托结束时间必须晚于开始时间');
  }
  static toSelf(): DelegationRefused {
    return new DelegationRefused('deputyUserId', 'deputyUserId: you cannot delegate to yourself', '不能委托给自己');
  }
  static noSuchDeputy(deputyUserId: string): DelegationRefused {
    return new DelegationRefused('deputyUserId', `deputyUserId: there is no active user '${deputyUserId}'`, '被委托人不是在职用户');
  }
  private constructor(field: string, en: string, zh: string) {
    super({ en, zh, field });
  }
}
