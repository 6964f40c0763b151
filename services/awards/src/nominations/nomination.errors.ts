import { Conflict, InvalidRequest, NotFound } from '@lc/platform';

/** An unknown nomination and a hidden one: one answer for both. */
export class NominationNotFound extends NotFound {
  readonly code = 'nomination-not-found';
  constructor(id: string) {
    super({ en: `id: there is no nomination ${id}`, zh: '该推荐不存在，或您无权查看', field: 'id' });
  }
}

/** Awards has not yet heard of the competition, the contest or its organiser (the event has not arrived). */
export class NotKnownToAwards extends NotFound {
  readonly code = 'not-known-to-awards';
  constructor(en: string, field?: string) {
    super({ en, zh: '评先评优服务尚未收到该竞赛或其组织单位的信息，请稍后再试', field });
  }
  static competition(id: string, field?: string): NotKnownToAwards {
    return new NotKnownToAwards(field ? `${field}: competition ${id} is not known to awards` : `competition ${id} is not known to awards`, field);
  }
  static contest(id: string): NotKnownToAwards {
    return new NotKnownToAwards(`id: skills contest ${id} is not known to awards`, 'id');
  }
  static organiserOf(what: string, field?: string): NotKnownToAwards {
    return new NotKnownToAwards(field ? `${field}: the organiser of ${what} is not yet known to awards` : `the organiser of ${what} is not yet known to awards`, field);
  }
}

export class UnknownHonour extends InvalidRequest {
  readonly code = 'unknown-honour';
  constructor(field: string, honourCode: string) {
    super({ en: `${field}: there is no honour '${honourCode}'`, zh: `没有代码为「${honourCode}」的荣誉`, field });
  }
}

/** An honour is conferred by a union at its level only. */
export class NotConferredAtThisLevel extends InvalidRequest {
  readonly code = 'not-conferred-at-this-level';
  constructor(field: string, en: string, honourName: string) {
    super({ en: `${field}: ${en}`, zh: `${honourName}不由该级工会授予`, field });
  }
}

/** Who is nominated must fit the honour: a person, a team or an enterprise under the conferring union. */
export class NomineeNotEligible extends InvalidRequest {
  readonly code = 'nominee-not-eligible';
  constructor(field: string, en: string, zh: string) {
    super({ en: `${field}: ${en}`, zh, field });
  }
}

export class NomineeNotFound extends NotFound {
  readonly code = 'nominee-not-found';
  constructor(nomineeId: string) {
    super({ en: `nomineeId: there is no person, team or unit '${nomineeId}'`, zh: '没有这个人、班组或单位', field: 'nomineeId' });
  }
}

export class NominationNotCandidate extends Conflict {
  readonly code = 'nomination-not-candidate';
  constructor(id: string, status: string) {
    super({ en: `nomination ${id} is ${status}; only a candidate is submitted`, zh: '只有候选状态的推荐才能提交' });
  }
}

export class NoQuota extends Conflict {
  readonly code = 'no-quota';
  constructor(honourName: string | undefined, year: number, unitId: string) {
    super({
      en: `${honourName} has no ${year} quota at ${unitId}; the conferring union sets it first`,
      zh: `${honourName ?? '该荣誉'}在 ${year} 年还没有名额，请授予单位先设定名额`,
    });
  }
}

/** An honour is held once a year. */
export class AlreadyHonoured extends Conflict {
  readonly code = 'already-nominated';
  constructor(en: string, nomineeName: string, honourName: string | undefined, year: number) {
    super({ en, zh: `${nomineeName} 在 ${year} 年已获得或已被推荐${honourName ?? '该荣誉'}；同一荣誉每年只能获得一次` });
  }
}

export class NoConferredHonour extends NotFound {
  readonly code = 'no-conferred-honour';
  constructor(id: string) {
    super({ en: `id: nomination ${id} has no conferred honour`, zh: '该推荐尚未授予荣誉', field: 'id' });
  }
}

/** A certificate that cannot be drawn from the data given; the English lists each field and why. */
export class CertificateRefused extends InvalidRequest {
  readonly code = 'certificate-refused';
  constructor(problems: string[]) {
    super({ en: problems.join('; '), zh: '证书信息不完整或不符合要求，无法生成证书' });
  }
}
