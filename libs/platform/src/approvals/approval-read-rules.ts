import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decideScope } from '@lc/org';
import { AccessDenialRecorder } from '../access/access-denial.recorder';
import { Caller } from '../access/caller';
import { ApprovalItemNotFound } from './approval.errors';

/** What the approvals module knows of an item without asking its service. */
export interface ApprovalItemRef {
  workflowId: string;
  itemKind: string;
  itemId: string;
  submitterUserId: string;
  /** The submitting unit's path (rebased when its subtree moves). */
  submitterOrgPath: string;
}

/**
 * The read rule of one kind of item, given by the service that owns it: whoever may read the item (the
 * nomination, the reward) may read its approval. A service registers one in onModuleInit for each item
 * kind whose rule is not the default below.
 */
export interface ApprovalItemReadRule {
  readonly itemKind: string;
  mayRead(caller: Caller, item: ApprovalItemRef): Promise<boolean>;
}

/**
 * Who may see an approval item: the item's read rule, and the people its chain involves (those it
 * waits for now, who decided a step, or for whom a deputy decided) since they were asked to decide it.
 * Everybody else gets exactly the answer an unknown workflow id gets (404, the same message), so a
 * refusal never confirms that an item exists; the refusal is still recorded as a denied access.
 *
 * Without a registered rule, an item is read as a record filed at its submitting unit (DOMAIN §1): by
 * that unit and the units above it, by roles that may read; a worker reads only what it submitted.
 */
@Injectable()
export class ApprovalReadRules {
  private readonly rules = new Map<string, ApprovalItemReadRule>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly denials: AccessDenialRecorder,
  ) {}

  register(rule: ApprovalItemReadRule): void {
    this.rules.set(rule.itemKind, rule);
  }

  /** The item if the caller (or the approver they decide for, under a delegation checked before) may see it; else 404. */
  async visibleItem(workflowId: string, caller: Caller, actingFor?: string): Promise<ApprovalItemRef> {
    const [row]: { item_kind: string; item_id: string; submitter_user_id: string; submitter_org_path: string }[] = await this.dataSource.query(
      `SELECT item_kind, item_id, submitter_user_id, submitter_org_path FROM approval_items WHERE workflow_id = $1`,
      [workflowId],
    );
    if (!row) throw notVisible(workflowId);
    const item: ApprovalItemRef = {
      workflowId,
      itemKind: row.item_kind,
      itemId: row.item_id,
      submitterUserId: row.submitter_user_id,
      submitterOrgPath: row.submitter_org_path,
    };
    if ((await this.involved(workflowId, [caller.principal.userId, ...(actingFor ? [actingFor] : [])])) || (await this.mayRead(caller, item))) {
      return item;
    }
    await this.denials.record({ ...caller, reason: `approval item ${workflowId} (${item.itemKind} ${item.itemId}) is not readable by the caller` });
    throw notVisible(workflowId);
  }

  private mayRead(caller: Caller, item: ApprovalItemRef): Promise<boolean> | boolean {
    const rule = this.rules.get(item.itemKind);
    if (rule) return rule.mayRead(caller, item);
    return decideScope({ actor: caller.principal, action: 'read', target: { orgPath: item.submitterOrgPath, ownerUserId: item.submitterUserId } }).allowed;
  }

  private async involved(workflowId: string, userIds: string[]): Promise<boolean> {
    const [row]: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM approval_items WHERE workflow_id = $1 AND submitter_user_id = ANY($2::text[])
       UNION ALL SELECT 1 FROM approval_inbox WHERE workflow_id = $1 AND user_id = ANY($2::text[])
       UNION ALL SELECT 1 FROM approval_transitions WHERE workflow_id = $1 AND (actor_user_id = ANY($2::text[]) OR on_behalf_of = ANY($2::text[]))
       LIMIT 1`,
      [workflowId, userIds],
    );
    return row !== undefined;
  }
}

/** The one answer for an unknown item and for one the caller may not see: the same status, the same words. */
export function notVisible(workflowId: string): ApprovalItemNotFound {
  return new ApprovalItemNotFound(workflowId);
}
