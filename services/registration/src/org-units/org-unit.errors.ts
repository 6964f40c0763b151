import { OrgRuleError } from '@lc/org';
import { Conflict, InvalidRequest } from '@lc/platform';

/** Enterprise details (credit code, headcount) belong to an enterprise union only. */
export class EnterpriseDetailsMisplaced extends InvalidRequest {
  readonly code = 'enterprise-details-misplaced';
  constructor(unitId?: string) {
    super({
      en: unitId ? `enterprise: ${unitId} is not an enterprise union and has no enterprise details` : 'enterprise: only an enterprise union carries enterprise details',
      zh: '只有企业工会才填写企业信息',
      field: 'enterprise',
    });
  }
}

/** The parent may not have a child of this kind, or no longer operates; the English says why. */
export class PlacementRefused extends InvalidRequest {
  readonly code = 'placement-refused';
  constructor(problem: string) {
    super({ en: `parentId: ${problem}`, zh: '上级单位不能设立这一类下级单位，或已停用', field: 'parentId' });
  }
}

export class OrgUnitIdTaken extends Conflict {
  readonly code = 'org-unit-id-taken';
  constructor(id: string) {
    super({ en: `id: an org unit with id '${id}' already exists`, zh: `编号为「${id}」的组织单位已经存在`, field: 'id' });
  }
}

/** One unified social credit code, one enterprise. */
export class CreditCodeTaken extends Conflict {
  readonly code = 'credit-code-taken';
  constructor(creditCode: string, holder: { id: string; name: string }) {
    super({
      en: `enterprise.creditCode: ${creditCode} is already registered for ${holder.id} (${holder.name})`,
      zh: `统一社会信用代码 ${creditCode} 已登记给 ${holder.name}`,
      field: 'enterprise.creditCode',
    });
  }
}

/** The root of the tree is neither moved nor deactivated. */
export class RootUnitFixed extends InvalidRequest {
  readonly code = 'root-unit-fixed';
  constructor(unitId: string, what: 'moved' | 'deactivated') {
    super({
      en: `id: ${unitId} is the root of the tree and cannot be ${what}`,
      zh: `${unitId} 是组织树的根单位，不能${what === 'moved' ? '移动' : '停用'}`,
      field: 'id',
    });
  }
}

export class AlreadyUnderParent extends InvalidRequest {
  readonly code = 'already-under-parent';
  constructor(unitId: string, parentId: string) {
    super({ en: `newParentId: ${unitId} already sits under ${parentId}`, zh: `${unitId} 已经在 ${parentId} 之下`, field: 'newParentId' });
  }
}

/** The tree's rules refuse the move (a cycle, a deactivated parent, a kind that may not sit there). */
export class MoveRefused extends InvalidRequest {
  readonly code: string;
  constructor(rule: OrgRuleError) {
    super({ en: `newParentId: ${rule.message}`, zh: rule.messageZh, field: 'newParentId' });
    this.code = rule.code;
  }
}

export class OrgUnitAlreadyDeactivated extends Conflict {
  readonly code = 'org-unit-already-deactivated';
  constructor(unitId: string) {
    super({ en: `id: ${unitId} is already deactivated`, zh: `${unitId} 已经停用`, field: 'id' });
  }
}

/** A unit is deactivated only once nothing active remains under it. */
export class HasActiveSubUnits extends Conflict {
  readonly code = 'has-active-sub-units';
  constructor(unitId: string, count: number) {
    super({
      en: `id: ${unitId} still has ${count} active sub-unit(s); move or deactivate them first`,
      zh: `${unitId} 下面还有 ${count} 个在用的下级单位，请先移走或停用它们`,
      field: 'id',
    });
  }
}
