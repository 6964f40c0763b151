import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface LeagueRow {
  id: string;
  name: string;
  status: string;
  organiser_org_unit_id: string;
  organiser_path: string;
  organiser_kind: string;
  parent_competition_id: string | null;
  depth: number;
  enrolled_units: number;
  participants: number;
}

/** The competitions' read-only SQL beyond the entity: the league tree, organisers' names, a plan filing's state. */
@Injectable()
export class CompetitionQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The competition and its sub-competitions (ten levels at most), parents first, each with its enrolments' totals. */
  league(id: string): Promise<LeagueRow[]> {
    return this.dataSource.query(
      `WITH RECURSIVE league AS (
         SELECT c.*, 0 AS depth FROM competitions c WHERE c.id = $1
         UNION ALL
         SELECT c.*, l.depth + 1 FROM competitions c JOIN league l ON c.parent_competition_id = l.id WHERE l.depth < 10
       )
       SELECT l.id, l.name, l.status, l.organiser_org_unit_id, o.path AS organiser_path, o.kind AS organiser_kind,
              l.parent_competition_id, l.depth,
              count(e.id) FILTER (WHERE e.status = 'enrolled')::int AS enrolled_units,
              coalesce(sum(e.participants) FILTER (WHERE e.status = 'enrolled'), 0)::int AS participants
         FROM league l JOIN org_units o ON o.id = l.organiser_org_unit_id
         LEFT JOIN enrolments e ON e.competition_id = l.id
        GROUP BY l.id, l.name, l.status, l.organiser_org_unit_id, o.path, o.kind, l.parent_competition_id, l.depth, l.created_at
        ORDER BY l.depth, l.created_at, l.id`,
      [id],
    );
  }

  /** The names of the organisers, by id. */
  async organiserNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query(`SELECT id, name FROM org_units WHERE id = ANY($1::text[])`, [[...new Set(ids)]]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Where the approval item of a workflow stands (returned: 退回修改), read in the command's transaction. */
  async approvalItemStatus(tx: EntityManager, workflowId: string): Promise<string | undefined> {
    const [item]: { status: string }[] = await tx.query(`SELECT status FROM approval_items WHERE workflow_id = $1`, [workflowId]);
    return item?.status;
  }
}
