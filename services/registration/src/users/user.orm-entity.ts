import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '@lc/org';

/**
 * A person who uses the platform, bound to one org unit with roles there. Workers are users too
 * (bound to their team or enterprise); an imported worker has no password until one is set.
 */
@Entity({ name: 'users' })
export class UserOrmEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  username: string;

  @Column('text', { name: 'display_name' })
  displayName: string;

  @Column('text', { name: 'org_unit_id' })
  orgUnitId: string;

  @Column('text', { array: true })
  roles: Role[];

  @Column('text', { name: 'password_hash', nullable: true, select: false })
  passwordHash: string | null;

  /** Set by someone else (a cadre creating the account or resetting it): the user must replace it at the next login. */
  @Column('boolean', { name: 'password_change_required' })
  passwordChangeRequired: boolean;

  /** Who set the current password, when it was someone else. */
  @Column('text', { name: 'password_set_by', nullable: true })
  passwordSetBy: string | null;

  @Column('timestamptz', { name: 'password_set_at', nullable: true })
  passwordSetAt: Date | null;

  /** Counts changes of what other services know of the user (user.* events), 1 on creation. */
  @Column('integer')
  version: number;

  @Column('boolean')
  active: boolean;

  @Column('text', { nullable: true })
  gender: 'male' | 'female' | null;

  @Column('text', { nullable: true })
  mobile: string | null;

  /** 工种. */
  @Column('text', { nullable: true })
  trade: string | null;

  /** 技术等级: 初级工 … 高级技师. */
  @Column('text', { name: 'skill_grade', nullable: true })
  skillGrade: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
