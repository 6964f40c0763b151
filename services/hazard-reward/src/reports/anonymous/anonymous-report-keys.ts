import { Injectable } from '@nestjs/common';
import { hashPassword, verifyPassword } from '@lc/auth';
import { TooManyRequests } from '@lc/platform';
import { digestOf, newSecretCode, normaliseSecretCode } from './report-key';
import { ReportKeyNotFound } from '../report.errors';
import { HazardReportRepository } from '../hazard-report.repository';

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

  constructor(private readonly reports: HazardReportRepository) {}

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
    const row = await this.reports.anonymousKey(keyDigest);
    const right = await verifyPassword(pin ?? '', row?.pin_hash ?? (await this.decoy));
    if (!row || !pin || !right) throw new ReportKeyNotFound(WRONG_KEY_OR_PIN);
    await this.reports.clearTries(keyDigest);
    return row.report_id;
  }

  /**
   * One atomic statement: a count whose last failure is older than the lock period starts again; the
   * try that reaches the limit sets the lock. A locked key is refused before its PIN is looked at.
   */
  private async countTry(keyDigest: string): Promise<void> {
    const state = await this.reports.countTry(keyDigest, KEY_ATTEMPTS);
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
