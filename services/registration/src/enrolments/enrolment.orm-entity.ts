import { Column, Entity, PrimaryColumn } from 'typeorm';

export type EnrolmentStatus = 'enrolled' | 'withdrawn';

/**
 * An enterprise or a team taking part in a competition (报名). One per unit and competition: the
 * database refuses a second one (unique index enrolments_once_per_unit).
 */
@Entity({ name: 'enrolments' })
export class EnrolmentOrmEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'competition_id' })
  competitionId: string;

  /** The enterprise union or the team that enrols. */
  @Column('text', { name: 'unit_id' })
  unitId: string;

  /** The enterprise the unit is (an enterprise union) or belongs to (a team); coverage counts it. */
  @Column('text', { name: 'enterprise_unit_id' })
  enterpriseUnitId: string;

  /** 参赛人数. */
  @Column('integer')
  participants: number;

  /** 负责人 / 组长. */
  @Column('text', { name: 'leader_name', nullable: true })
  leaderName: string | null;

  @Column('text', { name: 'contact_name' })
  contactName: string;

  /** 手机号 / 微信号. */
  @Column('text', { name: 'contact_phone' })
  contactPhone: string;

  @Column('text')
  status: EnrolmentStatus;

  /** The user who enrolled the unit. */
  @Column('text', { name: 'enrolled_by' })
  enrolledBy: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
