import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Awards' own copy of a competition, fed by registration's events; awards never reads registration's tables. */
@Entity({ name: 'known_competitions' })
export class KnownCompetitionOrmEntity {
  @PrimaryColumn('uuid', { name: 'competition_id' })
  competitionId: string;

  @Column('text')
  name: string;

  @Column('text', { name: 'organiser_org_unit_id' })
  organiserOrgUnitId: string;

  @Column('date', { name: 'start_date' })
  startDate: string;

  @Column('date', { name: 'end_date' })
  endDate: string;

  @Column('uuid', { name: 'source_event_id' })
  sourceEventId: string;

  @Column('timestamptz', { name: 'received_at', default: () => 'now()' })
  receivedAt: Date;
}
