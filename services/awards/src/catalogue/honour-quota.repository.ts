import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { QuotaKey, QuotaPlaces } from './honour.row';

const QUOTA_KEY = `honour_code = $1 AND conferring_unit_id = $2 AND year = $3`;
const keyOf = (q: QuotaKey) => [q.honour_code, q.conferring_unit_id, q.year];

/** The yearly quotas (名额): every statement on `honour_quotas`. */
@Injectable()
export class HonourQuotaRepository {
  /** The quota, created at 0 places if there is none, locked for the rest of the transaction. */
  async lockOrCreate(tx: EntityManager, quota: QuotaKey, conferringPath: string): Promise<QuotaPlaces> {
    await tx.query(`INSERT INTO honour_quotas (honour_code, conferring_unit_id, year, conferring_path, quota) VALUES ($1, $2, $3, $4, 0) ON CONFLICT DO NOTHING`, [
      ...keyOf(quota),
      conferringPath,
    ]);
    const [current]: QuotaPlaces[] = await tx.query(`SELECT quota, taken FROM honour_quotas WHERE ${QUOTA_KEY} FOR UPDATE`, keyOf(quota));
    return current;
  }

  async places(tx: EntityManager, quota: QuotaKey): Promise<QuotaPlaces | undefined> {
    const [current]: QuotaPlaces[] = await tx.query(`SELECT quota, taken FROM honour_quotas WHERE ${QUOTA_KEY}`, keyOf(quota));
    return current;
  }

  async setPlaces(tx: EntityManager, quota: QuotaKey, places: number): Promise<void> {
    await tx.query(`UPDATE honour_quotas SET quota = $4 WHERE ${QUOTA_KEY}`, [...keyOf(quota), places]);
  }

  /**
   * Takes a place of the quota if one is free: one conditional UPDATE of the quota row (taken < quota,
   * a check constraint behind it), so of two racing for the last place exactly one gets it.
   */
  async takePlace(tx: EntityManager, quota: QuotaKey): Promise<boolean> {
    // An UPDATE … RETURNING answers [rows, count].
    const [place]: [unknown[], number] = await tx.query(`UPDATE honour_quotas SET taken = taken + 1 WHERE ${QUOTA_KEY} AND taken < quota RETURNING taken`, keyOf(quota));
    return place.length > 0;
  }

  async freePlace(tx: EntityManager, quota: QuotaKey): Promise<void> {
    await tx.query(`UPDATE honour_quotas SET taken = taken - 1 WHERE ${QUOTA_KEY}`, keyOf(quota));
  }
}
