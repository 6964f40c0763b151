import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { descendantsLikePattern } from '@lc/org';

export interface Participant {
  enrolmentId: string;
  unitId: string;
  enterpriseUnitId: string;
  unitKind: 'enterprise_union' | 'team';
  orgPath: string;
  participants: number;
}

/** A competition as registration announced it (competition.created), with its status since. */
export interface KnownCompetition {
  competitionId: string;
  name: string;
  organiserUnitId: string;
  startDate: string;
  endDate: string;
  /** When this service learnt of it. */
  announcedAt: Date;
  /** As last told by competition.status-changed; null before any change. */
  status: string | null;
}

/** What this service knows of competitions and their participants, from registration's events. */
@Injectable()
export class Participation {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async statusOf(competitionId: string): Promise<string | null> {
    const [row] = await this.dataSource.query(`SELECT status FROM participation_competition_status WHERE competition_id = $1`, [competitionId]);
    return row?.status ?? null;
  }

  /** The competition's organiser, once a status event has told of it (a draft nobody filed is unknown). */
  async organiserOf(competitionId: string): Promise<string | null> {
    const [row] = await this.dataSource.query(`SELECT organiser_unit_id FROM participation_competition_status WHERE competition_id = $1`, [competitionId]);
    return row?.organiser_unit_id ?? null;
  }

  /**
   * Records a competition registration created, in the consumer's transaction. Status events may come
   * first (another consumer group): each fills in its own columns of the one row.
   */
  async recordCompetition(
    tx: EntityManager,
    c: { competitionId: string; name: string; organiserUnitId: string; startDate: string; endDate: string },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO participation_competition_status (competition_id, organiser_unit_id, name, start_date, end_date, announced_at)
       VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (competition_id) DO UPDATE
         SET name = EXCLUDED.name, start_date = EXCLUDED.start_date, end_date = EXCLUDED.end_date,
             announced_at = COALESCE(participation_competition_status.announced_at, EXCLUDED.announced_at),
             organiser_unit_id = COALESCE(participation_competition_status.organiser_unit_id, EXCLUDED.organiser_unit_id)`,
      [c.competitionId, c.organiserUnitId, c.name, c.startDate, c.endDate],
    );
  }

  /** The competition as announced by competition.created, or null when that event has not arrived. */
  async competition(competitionId: string): Promise<KnownCompetition | null> {
    const [row] = await this.dataSource.query(
      `SELECT competition_id AS "competitionId", name, organiser_unit_id AS "organiserUnitId",
              to_char(start_date, 'YYYY-MM-DD') AS "startDate", to_char(end_date, 'YYYY-MM-DD') AS "endDate",
              announced_at AS "announcedAt", status
         FROM participation_competition_status
        WHERE competition_id = $1 AND announced_at IS NOT NULL`,
      [competitionId],
    );
    return row ?? null;
  }

  /** Enrolled units, optionally only those under a path (the caller's subtree). */
  async participants(competitionId: string, underPath?: string): Promise<Participant[]> {
    return this.dataSource.query(
      `SELECT enrolment_id AS "enrolmentId", unit_id AS "unitId", enterprise_unit_id AS "enterpriseUnitId", unit_kind AS "unitKind",
              org_path AS "orgPath", participants
         FROM participation_enrolments
        WHERE competition_id = $1 AND status = 'enrolled' AND ($2::text IS NULL OR org_path = $2 OR org_path LIKE $3)
        ORDER BY org_path`,
      [competitionId, underPath ?? null, underPath ? descendantsLikePattern(underPath) : null],
    );
  }
}
