import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { descendantsLikePattern } from '@lc/org';
import { OrgUnitRef } from '@lc/platform';
import { SubtreeFilter } from '../subtree-query';
import { HazardRow } from './hazard.row';
import type { TimelinePhoto } from './hazard.repository';

export interface TimelineRow {
  kind: string;
  actor_user_id: string | null;
  note: string | null;
  deadline: Date | null;
  at: Date;
  photos: TimelinePhoto[];
}

/** Which hazards a list asks for, besides the unit's subtree. */
export interface HazardListFilter {
  status?: string;
  overdue?: boolean;
  /** The caller's unit, for the hazards escalated to it. */
  escalatedTo?: string;
  /** The caller, for the hazards they are designated to update. */
  designated?: string;
}

/** The archive's read-only SQL: the lists, a hazard's timeline, whom a plan may designate. */
@Injectable()
export class ArchiveQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The hazards at the unit and under it (any unit when null), nearest deadline first; one page and how many there are. */
  async under(
    unit: OrgUnitRef | null,
    filter: HazardListFilter,
    page: { limit: number; offset: number },
  ): Promise<{ rows: (HazardRow & { location: string; description: string })[]; total: number }> {
    const where = new SubtreeFilter('h.enterprise_path', unit);
    if (filter.status) where.and('h.status = ?', filter.status);
    if (filter.overdue !== undefined) where.and(`${filter.overdue ? '' : 'NOT '}(h.status <> 'closed' AND h.deadline <= now())`);
    if (filter.escalatedTo !== undefined) where.and(`h.status <> 'closed' AND h.escalated_to_unit_id = ?`, filter.escalatedTo);
    if (filter.designated !== undefined) where.and(`h.status <> 'closed' AND h.updater_user_id = ?`, filter.designated);
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM hazards h WHERE ${where.sql}`, where.params);
    const rows: (HazardRow & { location: string; description: string })[] = await this.dataSource.query(
      `SELECT h.*, r.location, r.description FROM hazards h JOIN hazard_reports r ON r.id = h.report_id
        WHERE ${where.sql} ORDER BY h.deadline NULLS FIRST, h.opened_at LIMIT ${page.limit} OFFSET ${page.offset}`,
      where.params,
    );
    return { rows, total };
  }

  /** What the hazard's report says, and the hazard's timeline, oldest first. */
  async withTimeline(reportId: string): Promise<{ report: { location: string; description: string }; timeline: TimelineRow[] }> {
    const [report]: { location: string; description: string }[] = await this.dataSource.query(
      `SELECT location, description FROM hazard_reports WHERE id = $1`,
      [reportId],
    );
    const timeline: TimelineRow[] = await this.dataSource.query(
      `SELECT kind, actor_user_id, note, deadline, at, photos FROM hazard_timeline WHERE report_id = $1 ORDER BY id`,
      [reportId],
    );
    return { report, timeline };
  }

  /** The active people at the enterprise and under it whose name holds `q`, by name; at most 50. */
  updaterCandidates(enterprisePath: string, q: string | null): Promise<{ id: string; display_name: string; org_unit_id: string; unit_name: string }[]> {
    return this.dataSource.query(
      `SELECT u.id, u.display_name, u.org_unit_id, o.name AS unit_name
         FROM user_directory u JOIN org_tree_units o ON o.id = u.org_unit_id
        WHERE u.active AND (o.path = $1 OR o.path LIKE $2) AND ($3::text IS NULL OR strpos(u.display_name, $3) > 0)
        ORDER BY u.display_name, u.id LIMIT 50`,
      [enterprisePath, descendantsLikePattern(enterprisePath), q],
    );
  }
}
