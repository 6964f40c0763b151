import { escapeLike } from '@lc/org';
import { orderByOf, type SqlRunner } from '@lc/platform';
import type { ApprovalCentreItemDto, ApprovalCentreRow } from './approval-centre-item.response.dto';

export const boxes = ['todo', 'done', 'mine', 'cc'] as const;
export type Box = (typeof boxes)[number];

export interface BoxFilters {
  kind?: string;
  q?: string;
  overdueOnly?: boolean;
  /** One item only: how it stands for this user. */
  workflowId?: string;
  /** `at` (the box's own time), `dueAt` (the step's deadline), or either with '-' for descending; the box's own order when absent. */
  sort?: string;
}

/** The approvers who have delegated their decisions to this user, under a delegation in force now. */
export async function delegatorsOf(db: SqlRunner, deputyUserId: string): Promise<string[]> {
  const rows: { approver_user_id: string }[] = await db.query(
    `SELECT DISTINCT approver_user_id FROM approval_delegations
      WHERE deputy_user_id = $1 AND valid_from <= now() AND valid_until > now() AND revoked_at IS NULL`,
    [deputyUserId],
  );
  return rows.map((r) => r.approver_user_id);
}

/** When an item's step is late: its deadline, while it waits for an approver (never while with its submitter). */
const DUE_AT = `CASE WHEN i.status = 'pending' AND b.waiting_as IS DISTINCT FROM 'submitter' THEN i.due_at END`;

/** What an approval centre list can be sorted by: the box's own time, or the step's deadline (soonest first). */
export const BOX_SORT_COLUMNS = { at: 'b.sort_at', dueAt: `(${DUE_AT})` };

/**
 * One box of a user's approval centre as SQL: `b` the user's rows of the box (why it is theirs, and the
 * time it is sorted by), `i` the item. Each box is read through its own index, from the user's rows
 * only, so a long box costs one page, not a scan.
 */
export function boxSql(box: Box, userId: string, delegators: readonly string[], filters: BoxFilters): { from: string; order: string; params: unknown[] } {
  const params: unknown[] = [userId];
  let rows: string;
  let order: string;
  switch (box) {
    case 'todo':
      if (delegators.length === 0) {
        rows = `SELECT workflow_id, waiting_as, waiting_since, NULL::text AS on_behalf_of, waiting_since AS sort_at
                  FROM approval_centre_waiting WHERE user_id = $1 AND waiting_as IN ('approver', 'submitter')`;
      } else {
        // The delegators' items to decide too, each once: as mine where it also waits for me.
        rows = `SELECT DISTINCT ON (workflow_id) workflow_id, waiting_as, waiting_since,
                       CASE WHEN user_id = $1 THEN NULL ELSE user_id END AS on_behalf_of, waiting_since AS sort_at
                  FROM approval_centre_waiting
                 WHERE (user_id = $1 AND waiting_as IN ('approver', 'submitter'))
                    OR (user_id = ANY($${params.push(delegators)}::text[]) AND waiting_as = 'approver')
                 ORDER BY workflow_id, (user_id = $1) DESC`;
      }
      order = 'b.sort_at ASC, i.workflow_id ASC';
      break;
    case 'done':
      rows = `SELECT workflow_id, NULL::text AS waiting_as, NULL::timestamptz AS waiting_since, on_behalf_of, at AS sort_at
                FROM approval_centre_participants WHERE user_id = $1 AND took_part_as = 'decided'`;
      order = 'b.sort_at DESC, i.workflow_id DESC';
      break;
    case 'mine':
      rows = `SELECT workflow_id, NULL::text AS waiting_as, NULL::timestamptz AS waiting_since, NULL::text AS on_behalf_of, submitted_at AS sort_at
                FROM approval_centre_items WHERE submitter_user_id = $1`;
      order = 'b.sort_at DESC, i.workflow_id DESC';
      break;
    case 'cc':
      rows = `SELECT workflow_id, NULL::text AS waiting_as, NULL::timestamptz AS waiting_since, NULL::text AS on_behalf_of, at AS sort_at
                FROM approval_centre_participants WHERE user_id = $1 AND took_part_as = 'copied'`;
      order = 'b.sort_at DESC, i.workflow_id DESC';
      break;
  }
  const where: string[] = [];
  if (filters.kind) where.push(`i.item_kind = $${params.push(filters.kind)}`);
  if (filters.q) where.push(`i.title ILIKE $${params.push(`%${escapeLike(filters.q)}%`)}`);
  if (filters.overdueOnly) where.push(`(${DUE_AT}) < now()`);
  if (filters.workflowId) where.push(`i.workflow_id = $${params.push(filters.workflowId)}`);
  const from = `FROM (${rows}) b JOIN approval_centre_items i USING (workflow_id)${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
  if (filters.sort) order = orderByOf(filters.sort, BOX_SORT_COLUMNS, order, 'i.workflow_id ASC');
  return { from, order, params };
}

export const BOX_ITEM_COLUMNS = `
  i.workflow_id AS "workflowId", i.service, i.item_kind AS "itemKind", i.item_id AS "itemId", i.title, i.status,
  i.current_step_id AS "currentStepId", i.step_title AS "stepTitle", b.waiting_as AS "waitingAs", b.waiting_since AS "waitingSince",
  ${DUE_AT} AS "dueAt", COALESCE((${DUE_AT}) < now(), false) AS overdue, b.on_behalf_of AS "onBehalfOf",
  i.submitter_user_id AS "submitterUserId", i.submitted_at AS "submittedAt", i.updated_at AS "updatedAt"`;

/** How many items a box holds, with the filters. */
export async function countBox(db: SqlRunner, box: Box, userId: string, delegators: readonly string[], filters: BoxFilters = {}): Promise<number> {
  const { from, params } = boxSql(box, userId, delegators, filters);
  const [{ total }]: { total: number }[] = await db.query(`SELECT count(*)::int AS total ${from}`, params);
  return total;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Display names of the users among the ids (registration owns users; other ids are named by nobody). */
export async function displayNames(db: SqlRunner, userIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds.filter((id) => UUID.test(id)))];
  if (ids.length === 0) return new Map();
  const rows: { id: string; display_name: string }[] = await db.query(`SELECT id, display_name FROM users WHERE id = ANY($1::uuid[])`, [ids]);
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** The rows with their submitters named. */
export async function withSubmitters(db: SqlRunner, rows: ApprovalCentreRow[]): Promise<ApprovalCentreItemDto[]> {
  const names = await displayNames(db, rows.map((r) => r.submitterUserId));
  return rows.map(({ submitterUserId, ...row }) => ({ ...row, submitter: { userId: submitterUserId, displayName: names.get(submitterUserId) ?? null } }));
}

/** A page of a box, with how many it holds. */
export async function boxPage(
  db: SqlRunner,
  box: Box,
  userId: string,
  delegators: readonly string[],
  filters: BoxFilters,
  page: { limit: number; offset: number },
): Promise<{ rows: ApprovalCentreRow[]; total: number }> {
  const { from, order, params } = boxSql(box, userId, delegators, filters);
  const [[{ total }], rows] = await Promise.all([
    db.query(`SELECT count(*)::int AS total ${from}`, params) as Promise<{ total: number }[]>,
    db.query(`SELECT ${BOX_ITEM_COLUMNS} ${from} ORDER BY ${order} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [...params, page.limit, page.offset]) as Promise<
      ApprovalCentreRow[]
    >,
  ]);
  return { rows, total };
}

/** The item as it stands for the user: in their 待办 (perhaps for a delegator), or one they submitted or took part in; undefined otherwise. */
export async function itemFor(db: SqlRunner, userId: string, workflowId: string): Promise<ApprovalCentreRow | undefined> {
  const todo = boxSql('todo', userId, await delegatorsOf(db, userId), { workflowId });
  const [waiting]: ApprovalCentreRow[] = await db.query(`SELECT ${BOX_ITEM_COLUMNS} ${todo.from} LIMIT 1`, todo.params);
  if (waiting) return waiting;
  const [involved]: ApprovalCentreRow[] = await db.query(
    `SELECT ${BOX_ITEM_COLUMNS}
       FROM (SELECT workflow_id, NULL::text AS waiting_as, NULL::timestamptz AS waiting_since, NULL::text AS on_behalf_of
               FROM approval_centre_items c
              WHERE c.workflow_id = $1
                AND (c.submitter_user_id = $2 OR EXISTS (SELECT 1 FROM approval_centre_participants p WHERE p.workflow_id = $1 AND p.user_id = $2))) b
       JOIN approval_centre_items i USING (workflow_id)`,
    [workflowId, userId],
  );
  return involved;
}
