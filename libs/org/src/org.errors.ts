/**
 * Errors of the org-tree rules. Each is a named class with a stable kebab-case `code`, so the HTTP edge
 * maps them once (to 400: the request asked for something the tree's rules forbid); the message is
 * written for the cadre who caused it, in English and in Chinese, and names the units by id. This lib
 * imports no framework, so it does not extend the platform's DomainError; the exception filter knows it.
 */
export abstract class OrgRuleError extends Error {
  abstract readonly code: string;

  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** An org unit id with characters other than letters, digits, '-' and '_' (or empty). */
export class InvalidOrgUnitIdError extends OrgRuleError {
  readonly code = 'org-invalid-unit-id';
}

/** A materialised path that is not '/id/id/…' with valid ids. */
export class InvalidOrgPathError extends OrgRuleError {
  readonly code = 'org-invalid-path';
}

/** Moving a unit under itself or under one of its own descendants would cut the subtree off the tree. */
export class OrgMoveCycleError extends OrgRuleError {
  readonly code = 'org-move-cycle';
}

/** The new parent is of a kind that may not have a child of the moved unit's kind. */
export class ParentKindNotAllowedError extends OrgRuleError {
  readonly code = 'org-parent-kind-not-allowed';
}

/** The new parent is deactivated: nothing new is placed under a unit that no longer operates. */
export class ParentDeactivatedError extends OrgRuleError {
  readonly code = 'org-parent-deactivated';
}

/** A role given to a user at a unit of a kind where that role does not exist. */
export class RoleNotBindableError extends OrgRuleError {
  readonly code = 'org-role-not-bindable';
}

/** The approval chain needs a unit the org tree does not know. */
export class UnknownOrgUnitError extends OrgRuleError {
  readonly code = 'org-unknown-unit';
}

/** No unit at the level an item must climb to exists above the submitter. */
export class NoUnitAtLevelError extends OrgRuleError {
  readonly code = 'org-no-unit-at-level';
}

/** The submitter already stands above the level the item is decided at: it cannot climb down. */
export class SubmitterAboveLevelError extends OrgRuleError {
  readonly code = 'org-submitter-above-level';
}

/** A unified social credit code that fails GB 32100-2015; the message is the precise reason. */
export class InvalidCreditCodeError extends OrgRuleError {
  readonly code = 'org-invalid-credit-code';
}
