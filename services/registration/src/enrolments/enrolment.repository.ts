import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { EnrolmentOrmEntity } from './enrolment.orm-entity';

/** What an enrolment is made of, with the ids of the units it names. */
export type EnrolmentFields = Pick<
  EnrolmentOrmEntity,
  'competitionId' | 'unitId' | 'enterpriseUnitId' | 'participants' | 'leaderName' | 'contactName' | 'contactPhone' | 'enrolledBy'
>;

/** The enrolments (报名): every statement on `enrolments`, and the tree lock they take. */
@Injectable()
export class EnrolmentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Takes the tree lock shared: enrolments run side by side, but never while a unit is being moved. */
  async lockTreeShared(tx: EntityManager): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock_shared(hashtext('registration.org-tree'))`);
  }

  /** The competition's enrolment with this id, or null. */
  inCompetition(competitionId: string, id: string): Promise<EnrolmentOrmEntity | null> {
    return this.dataSource.getRepository(EnrolmentOrmEntity).findOneBy({ id, competitionId });
  }

  /** The unit's enrolment in the competition (enrolled or withdrawn), or null. */
  ofUnit(tx: EntityManager, competitionId: string, unitId: string): Promise<EnrolmentOrmEntity | null> {
    return tx.findOneBy(EnrolmentOrmEntity, { competitionId, unitId });
  }

  /** The enrolment, locked for the rest of the transaction, or null. */
  lock(tx: EntityManager, id: string): Promise<EnrolmentOrmEntity | null> {
    return tx.findOne(EnrolmentOrmEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** A new enrolment, enrolled now. A unit enrols once: the unique index enrolments_once_per_unit refuses a second. */
  async create(tx: EntityManager, fields: EnrolmentFields): Promise<EnrolmentOrmEntity> {
    const now = new Date();
    const row = tx.create(EnrolmentOrmEntity, { id: randomUUID(), ...fields, status: 'enrolled', createdAt: now, updatedAt: now });
    await tx.insert(EnrolmentOrmEntity, row);
    return row;
  }

  /** Withdrawn now; the row stays with its history. Answers the enrolment as it is after. */
  async withdraw(tx: EntityManager, before: EnrolmentOrmEntity): Promise<EnrolmentOrmEntity> {
    const after = tx.create(EnrolmentOrmEntity, { ...before, status: 'withdrawn', updatedAt: new Date() });
    await tx.update(EnrolmentOrmEntity, { id: before.id }, { status: after.status, updatedAt: after.updatedAt });
    return after;
  }
}
