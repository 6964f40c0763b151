import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { descendantsLikePattern } from '@lc/org';

export interface Participant {
  enrolmentId: string;
  unitId: string;
  enterpriseUnitId: string;
  unitKind: 'enterprise_union' | 'team';
  orgPath: string;
  participants: number;
}

/** What this service knows of a competition's participants, from registration's events. */
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
