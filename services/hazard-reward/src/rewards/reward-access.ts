import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decideScope } from '@lc/org';
import { Caller, ScopeChecker } from '@lc/platform';
import { REWARD_SELECT, RewardWithReportRow } from './reward.row';
import { RewardNotFound } from './reward.errors';

/**
 * Loads a reward for users whose subtree holds the report's enterprise (the chain's lower steps) or
 * the issuing union, which may stand above it: the chain climbs from the enterprise to the issuer.
 */
@Injectable()
export class RewardAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ScopeChecker,
  ) {}

  async loadVisible(id: string, caller: Caller): Promise<RewardWithReportRow> {
    const [row]: RewardWithReportRow[] = await this.dataSource.query(`${REWARD_SELECT} WHERE w.id = $1`, [id]);
    if (!row) throw new RewardNotFound(id);
    const readsIssuer = decideScope({ actor: caller.principal, action: 'read', target: { orgPath: row.issuing_path } }).allowed;
    if (!readsIssuer) await this.scope.assert(caller, 'read', { orgPath: row.enterprise_path });
    return row;
  }
}
