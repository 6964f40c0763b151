import { Conflict, DomainError, InvalidRequest, NotAllowed, NotFound } from '@lc/platform';

export class HazardReportNotFound extends NotFound {
  readonly code = 'report-not-found';
  constructor(reportId: string) {
    super({ en: `id: there is no hazard report ${reportId}`, zh: '该隐患报告不存在，或您无权查看', field: 'id' });
  }
}

export class ReportPhotoNotFound extends NotFound {
  readonly code = 'photo-not-found';
  static numbered(reportId: string, count: number): ReportPhotoNotFound {
    return new ReportPhotoNotFound(`n: report ${reportId} has ${count} photos, numbered from 1`, `该报告共有 ${count} 张照片，编号从 1 开始`, 'n');
  }
  static missingFromStore(reportId: string, n: number): ReportPhotoNotFound {
    return new ReportPhotoNotFound(`photo ${n} of report ${reportId} is missing from the photo store`, `该报告的第 ${n} 张照片已找不到`);
  }
  private constructor(en: string, zh: string, field?: string) {
    super({ en, zh, field });
  }
}

/** The report's multipart form breaks a limit of the upload (too many photos or fields, a field too long). */
export class ReportFormRefused extends InvalidRequest {
  readonly code = 'report-form-refused';
  constructor(en: string, zh: string, field?: string) {
    super({ en, zh, field });
  }
  static tooManyPhotos(max: number, sent?: number): ReportFormRefused {
    return new ReportFormRefused(
      sent === undefined
        ? `photos: send at most ${max} photos of the hazard; the upload was stopped at photo ${max + 1}`
        : `photos: send at most ${max} photos of the hazard; ${sent} were sent`,
      `最多上传 ${max} 张隐患照片`,
      'photos',
    );
  }
}

/** One photo over the size limit: the upload stopped there. */
export class PhotoTooLarge extends DomainError {
  readonly code = 'photo-too-large';
  readonly kind = 'too-large';
  constructor(limit: string) {
    super({ en: `photos: a photo is larger than ${limit}, the most a photo may be; the upload was stopped there`, zh: `单张照片不能超过 ${limit}`, field: 'photos' });
  }
}

/** A hazard is reported at the enterprise where it is, and that enterprise still operates. */
export class NotAReportableEnterprise extends InvalidRequest {
  readonly code = 'not-a-reportable-enterprise';
  constructor(enterprise: { id: string; name: string }, deactivated: boolean) {
    super({
      en: deactivated
        ? `enterpriseUnitId: ${enterprise.id} (${enterprise.name}) is deactivated`
        : `enterpriseUnitId: ${enterprise.id} (${enterprise.name}) is not an enterprise; report the enterprise where the hazard is`,
      zh: deactivated ? `${enterprise.name} 已停用` : `${enterprise.name} 不是企业；请选择隐患所在的企业`,
      field: 'enterpriseUnitId',
    });
  }
}

export class ReportAlreadyVerified extends Conflict {
  readonly code = 'report-already-verified';
  constructor(reportId: string, status: string, at: Date | null | undefined) {
    super({ en: `report ${reportId} was already verified (${status}) at ${at?.toISOString()}`, zh: '该隐患报告已经核实过了' });
  }
}

/** The report named as the original cannot be: the English says why. */
export class DuplicateOfRefused extends InvalidRequest {
  readonly code = 'duplicate-of-refused';
  constructor(problem: string) {
    super({ en: `duplicateOf: ${problem}`, zh: '所指的原报告不能作为重复报告的原件', field: 'duplicateOf' });
  }
}

/**
 * Separation of duties around money: who reported, verified, set the scheme or the budget of a reward
 * does not also decide on or take its next step.
 */
export class SeparationOfDuties extends NotAllowed {
  readonly code = 'separation-of-duties';
  constructor(en: string, zh: string) {
    super({ en, zh });
  }
}

/** An anonymous report's key and PIN that do not match: the same answer whether the key exists or not. */
export class ReportKeyNotFound extends NotFound {
  readonly code = 'report-key-not-found';
  constructor(en: string) {
    super({ en, zh: '没有与该举报码和 PIN 相符的匿名报告，请按报告时显示的内容核对；输错次数过多将暂时锁定' });
  }
}

/** The anonymous report's reward is not there to claim (none, not yet paid, claimed already). */
export class RewardNotClaimable extends Conflict {
  readonly code = 'reward-not-claimable';
  constructor(en: string, zh: string) {
    super({ en, zh, field: 'reward' });
  }
}

/** The Idempotency-Key header is not one a client would make: 16 to 128 letters, digits, '-' or '_'. */
export class BadIdempotencyKey extends InvalidRequest {
  readonly code = 'bad-idempotency-key';
  constructor() {
    super({
      en: "Idempotency-Key: 16 to 128 letters, digits, '-' or '_', new for each report (a UUID will do)",
      zh: '提交编号（Idempotency-Key）应为16至128位字母、数字、“-”或“_”，每份报告一个新的编号',
      field: 'Idempotency-Key',
    });
  }
}

/** The same key came with a different report: a client bug, never a retry. */
export class IdempotencyKeyReused extends Conflict {
  readonly code = 'idempotency-key-reused';
  constructor() {
    super({
      en: 'Idempotency-Key: this key was already used for a different report; send a new key for a new report',
      zh: '这个提交编号已用于另一份报告，新的报告请使用新的编号',
      field: 'Idempotency-Key',
    });
  }
}
