import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { SessionEndReason } from '@lc/contracts';

/** A login session as a refresh reads it. */
export interface SessionRow {
  id: string;
  user_id: string;
  refresh_hash: string;
  expires_at: Date;
  ended_at: Date | null;
}

/** Which open sessions to end. */
export type SessionSelection =
  | { sessionIds: string[] }
  | { userIds: string[] }
  /** Every user of a unit and the units under it. */
  | { unitPath: string };

const SESSION_COLUMNS = `id, user_id, refresh_hash, expires_at, ended_at`;

/** The login sessions: every statement on `sessions` and `spent_refresh_tokens`. */
@Injectable()
export class SessionRepository {
  async insert(tx: EntityManager, s: { id: string; userId: string; refreshHash: string; createdAt: Date; expiresAt: Date }): Promise<void> {
    await tx.query(`INSERT INTO sessions (id, user_id, refresh_hash, created_at, refreshed_at, expires_at) VALUES ($1, $2, $3, $4, $4, $5)`, [
      s.id,
      s.userId,
      s.refreshHash,
      s.createdAt,
      s.expiresAt,
    ]);
  }

  /** Deletes up to `limit` sessions expired before `before`, skipping rows another transaction is clearing; their spent tokens go with them (ON DELETE CASCADE). */
  async clearExpired(tx: EntityManager, before: Date, limit: number): Promise<void> {
    await tx.query(
      `DELETE FROM sessions WHERE id IN
         (SELECT id FROM sessions WHERE expires_at < $1 ORDER BY expires_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)`,
      [before],
    );
  }

  /** Spends the session's current refresh token (kept, to recognise it if it comes back) and sets the next. */
  async rotate(tx: EntityManager, sessionId: string, spentHash: string, nextHash: string, now: Date): Promise<void> {
    await tx.query(`INSERT INTO spent_refresh_tokens (refresh_hash, session_id, spent_at) VALUES ($1, $2, $3)`, [spentHash, sessionId, now]);
    await tx.query(`UPDATE sessions SET refresh_hash = $2, refreshed_at = $3 WHERE id = $1`, [sessionId, nextHash, now]);
  }

  /** The session whose current refresh token this is. */
  async byRefreshHash(tx: EntityManager, hash: string): Promise<SessionRow | undefined> {
    const [row]: SessionRow[] = await tx.query(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE refresh_hash = $1`, [hash]);
    return row;
  }

  /** The session that once had this refresh token, since spent. */
  async bySpentRefreshHash(tx: EntityManager, hash: string): Promise<SessionRow | undefined> {
    const [row]: SessionRow[] = await tx.query(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = (SELECT session_id FROM spent_refresh_tokens WHERE refresh_hash = $1)`, [
      hash,
    ]);
    return row;
  }

  /** The session, locked for the rest of the transaction. */
  async lock(tx: EntityManager, id: string): Promise<SessionRow | undefined> {
    const [row]: SessionRow[] = await tx.query(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = $1 FOR UPDATE`, [id]);
    return row;
  }

  /** Ends the selected sessions still open and not expired; answers those ended now. */
  async end(tx: EntityManager, selection: SessionSelection, reason: SessionEndReason, now: Date): Promise<{ id: string; user_id: string }[]> {
    const [where, param] =
      'sessionIds' in selection
        ? ['s.id = ANY($3::uuid[])', selection.sessionIds]
        : 'userIds' in selection
          ? ['s.user_id = ANY($3::uuid[])', selection.userIds]
          : [
              `s.user_id IN (SELECT u.id FROM users u JOIN org_units o ON o.id = u.org_unit_id WHERE o.path = $3 OR starts_with(o.path, $3 || '/'))`,
              selection.unitPath,
            ];
    const [rows]: [{ id: string; user_id: string }[], number] = await tx.query(
      `UPDATE sessions s SET ended_at = $1, end_reason = $2
        WHERE ${where} AND s.ended_at IS NULL AND s.expires_at > $1
       RETURNING s.id, s.user_id`,
      [now, reason, param],
    );
    return rows;
  }
}
