import { Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { OneStatement } from '@lc/messaging';
import { BadIdempotencyKey, IdempotencyKeyReused } from '../../report.errors';
import { HazardReportRepository } from '../../hazard-report.repository';

const KEY_FORMAT = /^[A-Za-z0-9_-]{16,128}$/;
const UNIQUE_VIOLATION = '23505';

/** A submission's key as the service keeps it: its digest (lookups) and the secret that seals its answer. */
export interface SubmissionKey {
  digest: string;
  secret: Buffer;
}

/**
 * Idempotent report submission. A phone on a bad connection sends the same report again with the same
 * Idempotency-Key; the service answers the first report instead of recording a second.
 *
 * The row written with the report keeps the key's digest and the first answer sealed (AES-256-GCM) under
 * a secret derived from the key itself. The service cannot read an old answer without the key, which
 * only the reporter's phone holds, so the row ties nobody to the report; and an anonymous reporter who
 * lost the answer to a dropped connection gets their report key and PIN again by retrying.
 */
@Injectable()
export class ReportSubmissions {
  constructor(private readonly reports: HazardReportRepository) {}

  /** The header as the service keeps it, or 400 when it cannot be a client's key; undefined when absent. */
  keyOf(header: string | undefined): SubmissionKey | undefined {
    if (header === undefined || header === '') return undefined;
    if (!KEY_FORMAT.test(header)) throw new BadIdempotencyKey();
    return {
      digest: createHash('sha256').update(`hazard-report-submission:${header}`).digest('hex'),
      secret: Buffer.from(hkdfSync('sha256', header, 'hazard-report-submission', 'sealed-answer', 32)),
    };
  }

  /** A digest of what was submitted: the same key with a different report is refused, not answered. */
  requestDigest(fields: unknown, photoKeys: string[]): string {
    return createHash('sha256').update(JSON.stringify({ fields, photoKeys })).digest('hex');
  }

  /** The first answer to this key, or undefined when the key is new; 409 when it came with another report. */
  async previousAnswer<T>(key: SubmissionKey, requestDigest: string): Promise<T | undefined> {
    const row = await this.reports.submission(key.digest);
    if (!row) return undefined;
    if (row.request_digest !== requestDigest) throw new IdempotencyKeyReused();
    return JSON.parse(unseal(row.sealed_answer, key.secret).toString('utf8')) as T;
  }

  /** Adds the submission's row to the report's own statement: both are written, or neither. */
  addTo(statement: OneStatement, key: SubmissionKey, reportId: string, requestDigest: string, answer: unknown): void {
    this.reports.addSubmission(statement, key.digest, reportId, requestDigest, seal(Buffer.from(JSON.stringify(answer), 'utf8'), key.secret));
  }

  /** Whether a failed statement failed because the same key was written first by a request running beside it. */
  lostTheRace(err: unknown): boolean {
    const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
    const code = e.code ?? e.driverError?.code;
    const constraint = e.constraint ?? e.driverError?.constraint;
    return code === UNIQUE_VIOLATION && constraint === 'report_submissions_pkey';
  }
}

function seal(plain: Buffer, secret: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', secret, iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function unseal(sealed: Buffer, secret: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', secret, sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
}
