import { Injectable } from '@nestjs/common';
import { decideScope } from '@lc/org';
import { Caller, ScopeChecker } from '@lc/platform';
import { RewardWithReportRow } from './reward.row';
import { RewardRepository } from './reward.repository';

/**
 * Loads a reward for users whose subtree holds the report's enterprise (the chain's lower steps) or
 * the issuing union, which may stand above it: the chain climbs from the enterprise to the issuer.
 */
@Injectable()
export class RewardAccess {
  constructor(
    private readonly rewards: RewardRepository,
    private readonly scope: ScopeChecker,
  ) {}

  async loadVisible(id: string, caller: Caller): Promise<RewardWithReportRow> {
    const row = await this.rewards.load(id);
    const readsIssuer = decideScope({ actor: caller.principal, action: 'read', target: { orgPath: row.issuing_path } }).allowed;
    if (!readsIssuer) await this.scope.assert(caller, 'read', { orgPath: row.enterprise_path });
    return row;
  }
}
