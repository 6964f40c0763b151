import { orgUnitKindLabels, OrgUnitKind, describeKindWithArticle } from '@lc/org';
import { Conflict, InvalidRequest, NotAllowed, NotFound } from '@lc/platform';

export class SupervisorNotFound extends NotFound {
  readonly code = 'supervisor-registration-not-found';
  constructor(id: string) {
    super({ en: `there is no energy-saving supervisor registration ${id}`, zh: '该节能减排监督员登记不存在', field: 'id' });
  }
}

/** A worker registers themselves at their own unit, nowhere else. */
export class WorkerRegistersAtOwnUnit extends NotAllowed {
  readonly code = 'worker-registers-at-own-unit';
  constructor(ownUnitId: string, unitId: string) {
    super({
      en: `a worker registers themselves at their own unit ${ownUnitId}, not at ${unitId}`,
      zh: '职工只能在本人所在单位登记自己',
      field: 'unitId',
    });
  }
}

/** A supervisor belongs to a team or an enterprise. */
export class NotASupervisorsUnit extends InvalidRequest {
  readonly code = 'not-a-supervisor-unit';
  constructor(unitId: string, kind: OrgUnitKind) {
    super({
      en: `unitId: ${unitId} is ${describeKindWithArticle(kind)}; a supervisor belongs to a team (班组) or an enterprise (企业)`,
      zh: `${unitId} 是${orgUnitKindLabels[kind].zh}；监督员只能属于班组或企业`,
      field: 'unitId',
    });
  }
}

/** The unit named in the request no longer operates, or has no enterprise above it. */
export class UnitCannotTakeRegistrations extends InvalidRequest {
  readonly code = 'unit-cannot-take-registrations';
  constructor(field: string, en: string, zh: string) {
    super({ en, zh, field });
  }
  static deactivated(field: string, unitId: string): UnitCannotTakeRegistrations {
    return new UnitCannotTakeRegistrations(field, `${field}: ${unitId} is deactivated`, `${unitId} 已停用`);
  }
  static teamWithoutEnterprise(unitId: string): UnitCannotTakeRegistrations {
    return new UnitCannotTakeRegistrations('unitId', `unitId: team ${unitId} belongs to no enterprise`, `班组 ${unitId} 不属于任何企业`);
  }
}

/** One person, one registration at a time. */
export class SupervisorAlreadyRegistered extends Conflict {
  readonly code = 'supervisor-already-registered';
  constructor(mobile: string, existing?: { id: string; status: string }) {
    super({
      en: existing
        ? `mobile: the person with mobile ${mobile} is already ${existing.status === 'approved' ? 'a registered supervisor' : 'being registered'} (${existing.id})`
        : `mobile: the person with mobile ${mobile} is already being registered`,
      zh: existing?.status === 'approved' ? `手机号为 ${mobile} 的人已经是登记在册的监督员` : `手机号为 ${mobile} 的人正在登记中`,
      field: 'mobile',
    });
  }
}
