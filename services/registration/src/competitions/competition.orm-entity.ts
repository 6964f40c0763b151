import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** draft → filing (备案 up the chain) → filed; a rejected or withdrawn filing goes back to draft. */
export type CompetitionStatus = 'draft' | 'filing' | 'filed';

/** A competition (竞赛活动). The full plan of seed 003 item 8 extends this in a later migration. */
@Entity({ name: 'competitions' })
export class CompetitionOrmEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text', { name: 'organiser_org_unit_id' })
  organiserOrgUnitId: string;

  @Column('date', { name: 'start_date' })
  startDate: string;

  @Column('date', { name: 'end_date' })
  endDate: string;

  @Column('text')
  status: CompetitionStatus;

  @Column('text', { name: 'acknowledgement_ref', nullable: true })
  acknowledgementRef: string | null;

  @Column('timestamptz', { name: 'acknowledged_at', nullable: true })
  acknowledgedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
