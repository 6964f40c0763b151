import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OrgUnitKind } from '@lc/org';

export type Ownership = 'public' | 'non_public';

/** A unit of the union hierarchy. An enterprise union stands for its enterprise and carries its details. */
@Entity({ name: 'org_units' })
export class OrgUnitOrmEntity {
  @PrimaryColumn('text')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: OrgUnitKind;

  @Column('text', { name: 'parent_id', nullable: true })
  parentId: string | null;

  /** Ids from the root down to the unit itself; a subtree is a prefix match. */
  @Column('text')
  path: string;

  /** 行政区划代码 (GB/T 2260). */
  @Column('text', { name: 'region_code', nullable: true })
  regionCode: string | null;

  @Column('boolean')
  active: boolean;

  @Column('timestamptz', { name: 'deactivated_at', nullable: true })
  deactivatedAt: Date | null;

  @Column('text', { name: 'deactivation_reason', nullable: true })
  deactivationReason: string | null;

  /** 统一社会信用代码, enterprises only. */
  @Column('text', { name: 'credit_code', nullable: true })
  creditCode: string | null;

  @Column('text', { nullable: true })
  ownership: Ownership | null;

  /** 规模以上企业. */
  @Column('boolean', { name: 'above_scale', nullable: true })
  aboveScale: boolean | null;

  @Column('text', { nullable: true })
  industry: string | null;

  /** Number of workers (职工人数). */
  @Column('integer', { nullable: true })
  headcount: number | null;

  /** Counts the unit's changes; events carry it so read models apply each change once and in order. */
  @Column('integer')
  version: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
