import { NoUnitAtLevelError, SubmitterAboveLevelError, UnknownOrgUnitError } from './org.errors';
import { describeLevel, describeLevelZh, levelOf, OrgUnitKind } from './org-kinds';
import { idsOfPath } from './org-path';

/**
 * The approval chain of an item, derived from the org tree (DOMAIN §6): the units above the submitter,
 * nearest first (enterprise union → township/industry union → county → city), up to and including the
 * level the item is decided or conferred at. Which role decides at a unit (union or management, union
 * or committee office) is the form's business, not the tree's.
 */
export interface ApprovalLevel {
  unitId: string;
  kind: OrgUnitKind;
  level: number;
  /** The unit's own path, for scope checks and inbox queries. */
  path: string;
}

/** Kinds of the units on the submitter's path, by id: a Map loaded with the path, or a function. */
export type KindLookup = ReadonlyMap<string, OrgUnitKind> | ((unitId: string) => OrgUnitKind | undefined);

export interface ApprovalChainOptions {
  /**
   * 'unit' (default): a unit submits, and its own opinion is the submission, so the chain starts above
   * it. 'person': a person submits for themselves (an energy-saving supervisor's registration), so
   * the chain starts at the person's own unit. Either way a team is never a step: no form has a team
   * opinion box.
   */
  submittedBy?: 'unit' | 'person';
}

export function approvalLevels(
  submitterPath: string,
  kinds: KindLookup,
  upToLevel: number,
  options: ApprovalChainOptions = {},
): ApprovalLevel[] {
  const ids = idsOfPath(submitterPath);
  const kindOf = (id: string): OrgUnitKind => {
    const kind = typeof kinds === 'function' ? kinds(id) : kinds.get(id);
    if (kind === undefined) {
      throw new UnknownOrgUnitError(`org unit ${id} on the path ${submitterPath} is not known`, `组织路径 ${submitterPath} 上的单位 ${id} 不存在`);
    }
    return kind;
  };

  const submitterId = ids[ids.length - 1];
  const submitterLevel = levelOf(kindOf(submitterId));
  if (submitterLevel < upToLevel) {
    throw new SubmitterAboveLevelError(
      `${submitterId} stands at the ${describeLevel(submitterLevel)} level; an item it submits cannot be ` +
        `decided at the ${describeLevel(upToLevel)} level below it`,
      `${submitterId} 位于${describeLevelZh(submitterLevel)}，它提交的事项不能由其下面的${describeLevelZh(upToLevel)}审批`,
    );
  }

  const firstIndex = options.submittedBy === 'person' ? ids.length - 1 : ids.length - 2;
  const chain: ApprovalLevel[] = [];
  for (let i = firstIndex; i >= 0; i--) {
    const kind = kindOf(ids[i]);
    const level = levelOf(kind);
    if (level < upToLevel) break;
    if (kind !== 'team') {
      chain.push({ unitId: ids[i], kind, level, path: `/${ids.slice(0, i + 1).join('/')}` });
    }
    if (level === upToLevel) return chain;
  }

  // The submitter itself stands at the needed level and submits as a unit: nothing above it decides.
  if (submitterLevel === upToLevel && options.submittedBy !== 'person') return chain;

  const walked = ids.slice(0, firstIndex + 1).reverse().join(' → ');
  throw new NoUnitAtLevelError(
    `the item needs approval up to the ${describeLevel(upToLevel)} level, but no ${describeLevel(upToLevel)}-level ` +
      `unit is above ${submitterId} (the units above it: ${walked || 'none'})`,
    `该事项需要逐级审批到${describeLevelZh(upToLevel)}，但 ${submitterId} 之上没有这一级的单位（其上级单位：${walked || '无'}）`,
  );
}
