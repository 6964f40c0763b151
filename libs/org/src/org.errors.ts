/**
 * Errors of the org-tree rules. Each is a named class with a stable `code`, so the HTTP edge maps them
 * to a 4xx once; the message is written for the cadre who caused it and names the units by id.
 */
export abstract class OrgRuleError extends Error {
  abstract readonly code: string;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** An org unit id with characters other than letters, digits, '-' and '_' (or empty). */
export class InvalidOrgUnitIdError extends OrgRuleError {
  readonly code = 'ORG_INVALID_UNIT_ID';
}

/** A materialised path that is not '/id/id/…' with valid ids. */
export class InvalidOrgPathError extends OrgRuleError {
  readonly code = 'ORG_INVALID_PATH';
}

/** Moving a unit under itself or under one of its own descendants would cut the subtree off the tree. */
export class OrgMoveCycleError extends OrgRuleError {
  readonly code = 'ORG_MOVE_CYCLE';
}

/** The new parent is of a kind that may not have a child of the moved unit's kind. */
export class ParentKindNotAllowedError extends OrgRuleError {
  readonly code = 'ORG_PARENT_KIND_NOT_ALLOWED';
}

/** The new parent is deactivated: nothing new is placed under a unit that no longer operates. */
export class ParentDeactivatedError extends OrgRuleError {
  readonly code = 'ORG_PARENT_DEACTIVATED';
}

/** A role given to a user at a unit of a kind where that role does not exist. */
export class RoleNotBindableError extends OrgRuleError {
  readonly code = 'ORG_ROLE_NOT_BINDABLE';
}

/** The approval chain needs a unit the org tree does not know. */
export class UnknownOrgUnitError extends OrgRuleError {
  readonly code = 'ORG_UNKNOWN_UNIT';
}

/** No unit at the level an item must climb to exists above the submitter. */
export class NoUnitAtLevelError extends OrgRuleError {
  readonly code = 'ORG_NO_UNIT_AT_LEVEL';
}

/** The submitter already stands above the level the item is decided at: it cannot climb down. */
export class SubmitterAboveLevelError extends OrgRuleError {
  readonly code = 'ORG_SUBMITTER_ABOVE_LEVEL';
}

/** A unified social credit code that fails GB 32100-2015; the message is the precise reason. */
export class InvalidCreditCodeError extends OrgRuleError {
  readonly code = 'ORG_INVALID_CREDIT_CODE';
}
