import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { descendantsLikePattern } from '@lc/org';
import { EnrolmentOrmEntity, EnrolmentStatus } from './enrolment.orm-entity';
import { EnrolmentUnits } from './enrolment.response.dto';

/** An enrolment with the units it names: the enrolled unit, its enterprise, and the union the enterprise sits under. */
export interface EnrolmentRow {
  enrolment: EnrolmentOrmEntity;
  units: EnrolmentUnits;
  /** The enterprise's parent: its township or industry union (or its county, for a 县直 enterprise). */
  group: { id: string; name: string; kind: string; path: string };
}

export interface EnrolmentFilter {
  competitionId: string;
  /** Only units at or under this path. */
  underPath: string;
  status: EnrolmentStatus | 'all';
  page?: { limit: number; offset: number };
}

interface RawRow {
  id: string;
  competition_id: string;
  unit_id: string;
  enterprise_unit_id: string;
  participants: number;
  leader_name: string | null;
  contact_name: string;
  contact_phone: string;
  status: EnrolmentStatus;
  enrolled_by: string;
  created_at: Date;
  updated_at: Date;
  unit_name: string;
  unit_kind: string;
  unit_path: string;
  enterprise_name: string;
  industry: string | null;
  group_id: string;
  group_name: string;
  group_kind: string;
  group_path: string;
}

const FROM = `
  FROM enrolments e
  JOIN org_units u ON u.id = e.unit_id
  JOIN org_units ent ON ent.id = e.enterprise_unit_id
  LEFT JOIN org_units g ON g.id = ent.parent_id
 WHERE e.competition_id = $1
   AND (u.path = $2 OR u.path LIKE $3)
   AND ($4::text IS NULL OR e.status = $4)`;

/** The enrolments' lists: read-only SQL for the list and the summary (参赛企业汇总表). */
@Injectable()
export class EnrolmentQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Enrolments under a unit in tree order: by township or industry union, then by enterprise, the
   * enterprise's own enrolment before its teams'. Paths compare byte by byte (COLLATE "C"), so a
   * subtree stays together whatever the database's locale.
   */
  async underUnit(filter: EnrolmentFilter): Promise<{ rows: EnrolmentRow[]; total: number }> {
    const db = this.dataSource.manager;
    const params: unknown[] = [filter.competitionId, filter.underPath, descendantsLikePattern(filter.underPath), filter.status === 'all' ? null : filter.status];
    const paging = filter.page ? `LIMIT ${Number(filter.page.limit)} OFFSET ${Number(filter.page.offset)}` : '';
    const raw: RawRow[] = await db.query(
      `SELECT e.id, e.competition_id, e.unit_id, e.enterprise_unit_id, e.participants, e.leader_name, e.contact_name,
              e.contact_phone, e.status, e.enrolled_by, e.created_at, e.updated_at,
              u.name AS unit_name, u.kind AS unit_kind, u.path AS unit_path,
              ent.name AS enterprise_name, ent.industry,
              coalesce(g.id, ent.id) AS group_id, coalesce(g.name, ent.name) AS group_name,
              coalesce(g.kind, ent.kind) AS group_kind, coalesce(g.path, ent.path) AS group_path
       ${FROM}
       ORDER BY coalesce(g.path, ent.path) COLLATE "C", ent.path COLLATE "C", (u.id <> ent.id), u.path COLLATE "C"
       ${paging}`,
      params,
    );
    const total = filter.page ? Number((await db.query(`SELECT count(*)::int AS n ${FROM}`, params))[0].n) : raw.length;
    return { rows: raw.map(toRow), total };
  }
}

function toRow(r: RawRow): EnrolmentRow {
  const enrolment = Object.assign(new EnrolmentOrmEntity(), {
    id: r.id,
    competitionId: r.competition_id,
    unitId: r.unit_id,
    enterpriseUnitId: r.enterprise_unit_id,
    participants: r.participants,
    leaderName: r.leader_name,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    status: r.status,
    enrolledBy: r.enrolled_by,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  });
  return {
    enrolment,
    units: {
      unit: { name: r.unit_name, kind: r.unit_kind, path: r.unit_path },
      enterprise: { name: r.enterprise_name, industry: r.industry },
    },
    group: { id: r.group_id, name: r.group_name, kind: r.group_kind, path: r.group_path },
  };
}
