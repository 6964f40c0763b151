import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { CompetitionKind, ParticipantScope } from './competition-plan';

/** draft → filing (备案 up the chain) → filed → open → running → assessing → closed. */
export type CompetitionStatus = 'draft' | 'filing' | 'filed' | 'open' | 'running' | 'assessing' | 'closed';

/** A competition (竞赛活动) with the full plan of seed 003 item 8. */
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

  /** 竞赛主题, e.g. 当好主人翁、建功新时代. */
  @Column('text', { nullable: true })
  theme: string | null;

  @Column('text')
  kind: CompetitionKind;

  /** 竞赛内容和目标. */
  @Column('text', { name: 'content_and_goals', nullable: true })
  contentAndGoals: string | null;

  /** 竞赛要求和标准. */
  @Column('text', { nullable: true })
  requirements: string | null;

  /** 竞赛方式和载体. */
  @Column('text', { name: 'format_and_vehicle', nullable: true })
  formatAndVehicle: string | null;

  /** 参赛范围和人员. */
  @Column('jsonb', { name: 'participant_scope' })
  participantScope: ParticipantScope;

  /** 竞赛考评办法, and the assessment template it scores with. */
  @Column('text', { name: 'evaluation_method', nullable: true })
  evaluationMethod: string | null;

  @Column('text', { name: 'assessment_template', nullable: true })
  assessmentTemplate: string | null;

  /** 奖励办法: the honours and rewards offered. */
  @Column('text', { name: 'award_method', nullable: true })
  awardMethod: string | null;

  /** Yuan, as text: numeric keeps every fen exact. */
  @Column('numeric', { name: 'budget_yuan', precision: 14, scale: 2, nullable: true })
  budgetYuan: string | null;

  /** The competition this one runs under (四级联赛: county → township → enterprise → team). */
  @Column('uuid', { name: 'parent_competition_id', nullable: true })
  parentCompetitionId: string | null;

  @Column('integer')
  version: number;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
