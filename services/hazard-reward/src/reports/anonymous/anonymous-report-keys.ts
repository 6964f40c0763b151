import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hashPassword, verifyPassword } from '@lc/auth';
import { TooManyRequests } from '@lc/platform';
import { digestOf, newSecretCode, normaliseSecretCode } from './report-key';
import { ReportKeyNotFound } from '../report.errors';

/** Wrong tries a key takes before it is locked, and for how long. */
export const KEY_ATTEMPTS = { maxFailures: 5, lockMinutes: 15 };

/** What the reporter is given once, in the answer to the report. */
export interface AnonymousReportCredentials {
  reportKey: string;
  pin: string;
}

/** Refused key/PIN: the same answer whether the key is unknown or the PIN is wrong. */
export const WRONG_KEY_OR_PIN =
  `no anonymous report has this report key and PIN; check both as they were shown when you reported ` +
  `(after ${KEY_ATTEMPTS.maxFailures} wrong tries a key is locked for ${KEY_ATTEMPTS.lockMinutes} minutes)`;

/**
 * Issues and checks the report key and PIN of anonymous reports. Every try counts against the key's
 * digest before the PIN is checked (so parallel guesses cannot outrun the lock) and a right one clears
 * the count; unknown keys are counted and locked exactly like known ones, and an unknown key still
 * costs one scrypt, so neither the answer, the lock nor the time tells whether a key exists.
 */
@Injectable()
export class AnonymousReportKeys {
  /** A hash of nothing anyone holds, checked against when the key is unknown so that it takes as long. */
  private readonly decoy = hashPassword(newSecretCode());

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** New credentials and what the report's row in anonymous_report_keys keeps of them. */
  async issue(): Promise<{ credentials: AnonymousReportCredentials; keyDigest: string; pinHash: string }> {
    const credentials = { reportKey: newSecretCode(), pin: newSecretCode() };
    const keyDigest = digestOf(normaliseSecretCode(credentials.reportKey) as string);
    return { credentials, keyDigest, pinHash: await hashPassword(normaliseSecretCode(credentials.pin) as string) };
  }

  /** The report id the key and PIN open, or 404 (wrong) / 429 (locked) saying so. */
  async unlock(typedKey: string, typedPin: string): Promise<string> {
    const key = normaliseSecretCode(typedKey);
    const pin = normaliseSecretCode(typedPin);
    // A malformed key says nothing about which keys exist; but it still counts, under its own digest.
    const keyDigest = digestOf(key ?? `malformed:${typedKey}`);
    await this.countTry(keyDigest);
    const [row]: { report_id: string; pin_hash: string }[] = await this.dataSource.query(
      `SELECT report_id, pin_hash FROM anonymous_report_keys WHERE key_digest = $1`,
      [keyDigest],
    );
    const right = await verifyPassword(pin ?? '', row?.pin_hash ?? (await this.decoy));
    if (!row || !pin || !right) throw new ReportKeyNotFound(WRONG_KEY_OR_PIN);
    await this.dataSource.query(`DELETE FROM anonymous_key_attempts WHERE key_digest = $1`, [keyDigest]);
    return row.report_id;
  }

  /**
   * One atomic statement: a count whose last failure is older than the lock period starts again; the
   * try that reaches the limit sets the lock. A locked key is refused before its PIN is looked at.
   */
  private async countTry(keyDigest: string): Promise<void> {
    // A count whose last failure is older than the lock period would start again anyway: each try
    // clears a few of those, so guessed keys do not pile up (rows another try is clearing are skipped).
    await this.dataSource.query(
      `DELETE FROM anonymous_key_attempts WHERE key_digest IN
         (SELECT key_digest FROM anonymous_key_attempts WHERE last_failure < now() - make_interval(mins => $1)
           ORDER BY last_failure LIMIT 20 FOR UPDATE SKIP LOCKED)`,
      [KEY_ATTEMPTS.lockMinutes],
    );
    const [state]: { failures: number; locked_until: Date | null }[] = await this.dataSource.query(
      `INSERT INTO anonymous_key_attempts AS a (key_digest, failures, locked_until, last_failure)
       VALUES ($1, 1, NULL, now())
       ON CONFLICT (key_digest) DO UPDATE SET
         failures = CASE WHEN a.last_failure < now() - make_interval(mins => $3) THEN 1 ELSE a.failures + 1 END,
         locked_until = CASE
           WHEN a.locked_until > now() THEN a.locked_until
           WHEN a.last_failure >= now() - make_interval(mins => $3) AND a.failures + 1 > $2 THEN now() + make_interval(mins => $3)
           ELSE NULL END,
         last_failure = now()
       RETURNING failures, locked_until`,
      [keyDigest, KEY_ATTEMPTS.maxFailures, KEY_ATTEMPTS.lockMinutes],
    );
    if (state.locked_until && state.locked_until.getTime() > Date.now()) {
      const seconds = Math.ceil((state.locked_until.getTime() - Date.now()) / 1000);
      const minutes = Math.ceil(seconds / 60);
      throw new TooManyRequests(
        {
          en: `reportKey: too many wrong tries with this report key; try again in ${minutes} minutes`,
          zh: `「reportKey」：此举报码输错次数过多，请 ${minutes} 分钟后再试`,
          field: 'reportKey',
        },
        seconds,
        'report-key-locked',
      );
    }
  }
}
