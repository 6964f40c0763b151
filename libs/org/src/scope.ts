import { idsOfPath, isSelfOrDescendant, unitIdOfPath } from './org-path';
import { describeRole, isRole, Role, roleRules } from './roles';

/**
 * The scope rule of DOMAIN §1, as one pure function every service and guard calls:
 * - a user acts for one unit and sees and acts on that unit and the units under it, never on siblings,
 *   other branches or the units above it; approving follows the same rule (the items it decides are
 *   those submitted within its subtree), and nobody approves an item they submitted themselves;
 * - a worker sees and changes only its own records (ownerUserId), wherever they are filed: a worker's
 *   hazard report is filed at its enterprise, above the worker's team, and is still the worker's;
 * - an auditor reads within its subtree and never writes or approves;
 * - what each other role may do is in roleRules.
 * A user with several roles may do what any one of them allows.
 */
export type ScopeAction = 'read' | 'write' | 'approve';

export interface ScopeActor {
  userId: string;
  /** Path of the unit the user acts for. */
  orgPath: string;
  /** Unvalidated on purpose: tokens carry strings; an unknown one grants nothing. */
  roles: readonly (Role | string)[];
}

export interface ScopeTarget {
  /** Path of the unit the record belongs to (for approve: the unit that submitted the item). */
  orgPath: string;
  /** The user who owns the record: a hazard's reporter, an item's submitter. */
  ownerUserId?: string;
}

export type ScopeDecision = { allowed: true } | { allowed: false; reason: string };

export function decideScope(request: { actor: ScopeActor; action: ScopeAction; target: ScopeTarget }): ScopeDecision {
  const { actor, action, target } = request;
  // Malformed paths are a caller's bug and throw, rather than being quietly read as "not in scope".
  idsOfPath(actor.orgPath);
  idsOfPath(target.orgPath);

  const actorUnit = unitIdOfPath(actor.orgPath);
  if (actor.roles.length === 0) {
    return deny(`you hold no role at your unit ${actorUnit}, so you may not ${action} anything`);
  }
  const reasons: string[] = [];
  for (const role of actor.roles) {
    const reason = reasonAgainst(role, actor, action, target);
    if (reason === undefined) return { allowed: true };
    if (!reasons.includes(reason)) reasons.push(reason);
  }
  return deny(reasons.join('; '));
}

/** Why this one role does not allow the action, or undefined when it does. */
function reasonAgainst(role: string, actor: ScopeActor, action: ScopeAction, target: ScopeTarget): string | undefined {
  if (!isRole(role)) return `'${role}' is not a role of this platform`;
  const rules = roleRules[role];

  if (!rules[action]) return `${withArticle(describeRole(role))} may not ${action}${readOnlyNote(role)}`;

  if (rules.ownRecordsOnly) {
    if (target.ownerUserId === undefined) {
      return `${withArticle(describeRole(role))} sees and changes only their own records, and this record is not a person's`;
    }
    if (target.ownerUserId !== actor.userId) {
      return `${withArticle(describeRole(role))} sees and changes only their own records, and this record belongs to someone else`;
    }
    return undefined;
  }

  const position = positionReason(actor.orgPath, target.orgPath);
  if (position) return position;

  if (action === 'approve' && target.ownerUserId === actor.userId) {
    return 'you submitted this item yourself, so someone else must approve it';
  }
  return undefined;
}

/** Undefined when the target is the actor's unit or under it; otherwise a sentence naming both units. */
function positionReason(actorPath: string, targetPath: string): string | undefined {
  if (isSelfOrDescendant(targetPath, actorPath)) return undefined;
  const actorUnit = unitIdOfPath(actorPath);
  const targetUnit = unitIdOfPath(targetPath);
  if (isSelfOrDescendant(actorPath, targetPath)) {
    return (
      `the target unit ${targetUnit} is above your unit ${actorUnit}; ` +
      'you act only on your own unit and the units under it, never on the units above it'
    );
  }
  return (
    `your unit ${actorUnit} is not above or equal to the target unit ${targetUnit}; ` +
    'you act only on your own unit and the units under it'
  );
}

function readOnlyNote(role: Role): string {
  const rules = roleRules[role];
  return rules.read && !rules.write && !rules.approve ? ': the role is read-only' : '';
}

function withArticle(text: string): string {
  return /^[aeiou]/.test(text) ? `an ${text}` : `a ${text}`;
}

function deny(reason: string): ScopeDecision {
  return { allowed: false, reason };
}
