import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { HazardCategory, HazardGrade } from '@lc/contracts';
import { REWARD_COLUMNS, REWARD_SELECT, RewardRow, RewardStatus, RewardWithReportRow } from './reward.row';
import { RewardNotFound } from './reward.errors';

/** A reward waiting for its approval chain to be submitted, with what the chain is decided on. */
export interface RewardAwaitingChainRow {
  id: string;
  amount_fen: string;
  issuing_unit_id: string;
  category: HazardCategory;
  grade: HazardGrade;
  enterprise_unit_id: string;
  verified_by: string;
}

/** An anonymous reward's claim with its reward and the verifier of its report. */
export interface ClaimRow {
  reward_id: string;
  redeemed_at: Date | null;
  amount_fen: string;
  issuing_unit_id: string;
  issuing_path: string;
  verified_by: string | null;
}

/** What claiming an anonymous report's reward reads of the reward. */
export interface ClaimableRewardRow {
  id: string;
  status: string;
  status_note: string | null;
  amount_fen: string;
  issuing_unit_id: string | null;
  issuing_path: string | null;
}

/** A new reward as the confirmation of its hazard makes it. */
export interface NewReward {
  id: string;
  reportId: string;
  schemeId: string | null;
  issuingUnitId: string | null;
  issuingPath: string | null;
  budgetYear: number;
  amountFen: string | number;
  status: RewardStatus;
  note: string | null;
}

/**
 * Every statement on a reward's tables: the reward (`rewards`), its ledger entries (`ledger_entries`)
 * and the claim of an anonymous one (`reward_claims`). Methods that run inside a command or an event's
 * transaction take it.
 */
@Injectable()
export class RewardRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The reward with its report. */
  async load(id: string, manager: EntityManager = this.dataSource.manager): Promise<RewardWithReportRow> {
    const [row]: RewardWithReportRow[] = await manager.query(`${REWARD_SELECT} WHERE w.id = $1`, [id]);
    if (!row) throw new RewardNotFound(id);
    return row;
  }

  /** The reward locked for its change, or undefined when there is none. */
  async lock(tx: EntityManager, id: string): Promise<RewardRow | undefined> {
    const [reward]: RewardRow[] = await tx.query(`SELECT ${REWARD_COLUMNS} FROM rewards WHERE id = $1 FOR UPDATE`, [id]);
    return reward;
  }

  /** The reward of a confirmed hazard, once: undefined when the report has one already. */
  async create(tx: EntityManager, reward: NewReward): Promise<string | undefined> {
    const inserted: { id: string }[] = await tx.query(
      `INSERT INTO rewards (id, report_id, scheme_id, issuing_unit_id, issuing_path, budget_year, amount_fen, status, status_note, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())
       ON CONFLICT ON CONSTRAINT one_reward_per_report DO NOTHING RETURNING id`,
      [reward.id, reward.reportId, reward.schemeId, reward.issuingUnitId, reward.issuingPath, reward.budgetYear, reward.amountFen, reward.status, reward.note],
    );
    return inserted[0]?.id;
  }

  /** Whether a queued reward of the same budget came before this one. */
  async queuedAhead(tx: EntityManager, reward: RewardRow): Promise<boolean> {
    const [ahead]: unknown[] = await tx.query(
      `SELECT 1 FROM rewards WHERE status = 'queued' AND issuing_unit_id = $1 AND budget_year = $2 AND (created_at, id) < ($3, $4) LIMIT 1`,
      [reward.issuing_unit_id, reward.budget_year, reward.created_at, reward.id],
    );
    return ahead !== undefined;
  }

  /** The rewards waiting for the union's budget of the year, in the order they are served, locked. */
  lockQueued(tx: EntityManager, issuingUnitId: string, year: number): Promise<RewardRow[]> {
    return tx.query(
      `SELECT ${REWARD_COLUMNS} FROM rewards WHERE status = 'queued' AND issuing_unit_id = $1 AND budget_year = $2
        ORDER BY created_at, id FOR UPDATE`,
      [issuingUnitId, year],
    );
  }

  /** Rewards above their threshold whose chain could not be submitted yet, oldest first, locked; at most `limit`. */
  lockAwaitingChain(tx: EntityManager, limit: number): Promise<RewardAwaitingChainRow[]> {
    return tx.query(
      `SELECT w.id, w.amount_fen, w.issuing_unit_id, r.category, r.grade, r.enterprise_unit_id, r.verified_by
         FROM rewards w JOIN hazard_reports r ON r.id = w.report_id
        WHERE w.status = 'awaiting_approval' AND w.approval_workflow_id IS NULL
        ORDER BY w.created_at, w.id LIMIT ${limit} FOR UPDATE OF w`,
    );
  }

  /** The chain submitted for the reward (its workflow id), or the problem that kept it from starting. */
  async recordChain(tx: EntityManager, id: string, workflowId: string | null, note: string | null): Promise<void> {
    await tx.query(`UPDATE rewards SET approval_workflow_id = $2, status_note = $3 WHERE id = $1`, [id, workflowId, note]);
  }

  /** The chain's outcome taken by the reward still awaiting it, once: undefined when it is not awaiting approval. */
  async takeOutcome(tx: EntityManager, id: string, workflowId: string): Promise<{ issuing_unit_id: string; issuing_path: string } | undefined> {
    const [rows]: [{ issuing_unit_id: string; issuing_path: string }[], number] = await tx.query(
      `UPDATE rewards SET approval_workflow_id = $2 WHERE id = $1 AND status = 'awaiting_approval' RETURNING issuing_unit_id, issuing_path`,
      [id, workflowId],
    );
    return rows[0];
  }

  async markRejected(tx: EntityManager, id: string, note: string): Promise<void> {
    await tx.query(`UPDATE rewards SET status = 'rejected', status_note = $2 WHERE id = $1`, [id, note]);
  }

  async markQueued(tx: EntityManager, id: string, note: string): Promise<void> {
    await tx.query(`UPDATE rewards SET status = 'queued', status_note = $2 WHERE id = $1`, [id, note]);
  }

  async markIssued(tx: EntityManager, id: string, at: Date): Promise<void> {
    await tx.query(`UPDATE rewards SET status = 'issued', status_note = NULL, issued_at = $2 WHERE id = $1`, [id, at]);
  }

  async markPaid(tx: EntityManager, id: string, at: Date): Promise<void> {
    await tx.query(`UPDATE rewards SET status = 'paid', paid_at = $2 WHERE id = $1`, [id, at]);
  }

  /** A ledger entry of the reward; the unique (reward, kind) refuses a second one of the same kind. */
  async addLedgerEntry(
    tx: EntityManager,
    entry: { rewardId: string; kind: 'issued' | 'paid'; debitAccount: string; creditAccount: string; amountFen: string; at: Date },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO ledger_entries (reward_id, kind, debit_account, credit_account, amount_fen, recorded_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [entry.rewardId, entry.kind, entry.debitAccount, entry.creditAccount, entry.amountFen, entry.at],
    );
  }

  /** The reward of a report, locked for its claim. */
  async lockOfReport(tx: EntityManager, reportId: string): Promise<ClaimableRewardRow | undefined> {
    const [reward]: ClaimableRewardRow[] = await tx.query(
      `SELECT id, status, status_note, amount_fen, issuing_unit_id, issuing_path FROM rewards WHERE report_id = $1 FOR UPDATE`,
      [reportId],
    );
    return reward;
  }

  /** The reward's claim under the code's digest, once: false when it was claimed before. */
  async claim(tx: EntityManager, rewardId: string, codeDigest: string, at: Date): Promise<boolean> {
    const claimed: unknown[] = await tx.query(
      `INSERT INTO reward_claims (reward_id, code_digest, claimed_at) VALUES ($1, $2, $3) ON CONFLICT (reward_id) DO NOTHING RETURNING reward_id`,
      [rewardId, codeDigest, at],
    );
    return claimed.length > 0;
  }

  async claimedAt(tx: EntityManager, rewardId: string): Promise<Date> {
    const [earlier]: { claimed_at: Date }[] = await tx.query(`SELECT claimed_at FROM reward_claims WHERE reward_id = $1`, [rewardId]);
    return earlier.claimed_at;
  }

  /** The claim with this code's digest, locked for its redemption. */
  async lockClaim(tx: EntityManager, codeDigest: string): Promise<ClaimRow | undefined> {
    const [claim]: ClaimRow[] = await tx.query(
      `SELECT c.reward_id, c.redeemed_at, w.amount_fen, w.issuing_unit_id, w.issuing_path, r.verified_by
         FROM reward_claims c JOIN rewards w ON w.id = c.reward_id JOIN hazard_reports r ON r.id = w.report_id
        WHERE c.code_digest = $1 FOR UPDATE OF c`,
      [codeDigest],
    );
    return claim;
  }

  async redeem(tx: EntityManager, rewardId: string, at: Date, by: string): Promise<void> {
    await tx.query(`UPDATE reward_claims SET redeemed_at = $2, redeemed_by = $3 WHERE reward_id = $1 AND redeemed_at IS NULL`, [rewardId, at, by]);
  }
}
