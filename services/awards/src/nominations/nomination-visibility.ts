import { Injectable, OnModuleInit } from '@nestjs/common';
import type { Principal } from '@lc/auth';
import { mayKnowReporter, reporterReaderRoles, sharesLineage } from '@lc/org';
import { AccessDenialRecorder, ApprovalItemReadRule, ApprovalItemRef, ApprovalReadRules, Caller, ScopeChecker } from '@lc/platform';
import { NOMINATION_ITEM } from './nomination-chain';
import { NominationRow } from './nomination.row';
import { NominationRepository } from './nomination.repository';
import { NominationNotFound } from './nomination.errors';

/**
 * Who may read a nomination: the units on the nominee's line (the nominee's own units, which see their
 * publicity, and the unions above, which decide). One put forward on a hazard-reporting record
 * (source 'hazard') says who made named reports, so only the union line may know of it (mayKnowReporter):
 * enterprise management, judges, finance, auditors and workers never see it, as if it did not exist.
 */
export function mayReadNomination(principal: Principal, n: Pick<NominationRow, 'nominee_path' | 'source'>): boolean {
  if (!sharesLineage(principal.orgPath, n.nominee_path)) return false;
  return n.source !== 'hazard' || mayKnowReporter(principal, n.nominee_path);
}

/** For lists already limited to the caller's line: whether nominations from hazard reporting are shown. */
export function seesHazardNominations(principal: Principal): boolean {
  return principal.roles.some((r) => (reporterReaderRoles as readonly string[]).includes(r));
}

/** The answer for an unknown nomination, and for a hidden one: the same words. */
export const noNomination = (id: string) => new NominationNotFound(id);

/**
 * Applies the read rule on the routes that take a nomination id, and gives it to the approvals module:
 * a nomination's approval chain is read by whoever may read the nomination.
 */
@Injectable()
export class NominationVisibility implements ApprovalItemReadRule, OnModuleInit {
  readonly itemKind = NOMINATION_ITEM;

  constructor(
    private readonly nominations: NominationRepository,
    private readonly scope: ScopeChecker,
    private readonly denials: AccessDenialRecorder,
    private readonly readRules: ApprovalReadRules,
  ) {}

  onModuleInit(): void {
    this.readRules.register(this);
  }

  async mayRead(caller: Caller, item: ApprovalItemRef): Promise<boolean> {
    const row = await this.nominations.readRuleFacts(item.itemId);
    return row !== undefined && mayReadNomination(caller.principal, row);
  }

  /**
   * Passes when the caller may read the nomination. Off the nominee's line: 403 with the reason, as for
   * every record; a hazard-record nomination hidden from the caller: 404 as for no nomination (recorded).
   */
  async assertReadable(caller: Caller, nomination: Pick<NominationRow, 'id' | 'nominee_path' | 'source'>): Promise<void> {
    await this.scope.assertInLineOf(caller, nomination.nominee_path, 'the nomination');
    if (mayReadNomination(caller.principal, nomination)) return;
    await this.denials.record({ ...caller, reason: `nomination ${nomination.id} comes from hazard reporting and is seen by the union line only` });
    throw noNomination(nomination.id);
  }
}
