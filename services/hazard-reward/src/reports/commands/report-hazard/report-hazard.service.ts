import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { hazardReportedV1 } from '@lc/contracts';
import { OneStatement, OutboxPublisher } from '@lc/messaging';
import { Caller, OrgDirectory } from '@lc/platform';
import { PhotoIntake } from '../../../photos/photo-intake';
import { HazardReportView, ReportRow, reportView } from '../../report.row';
import { reporterActor, ReporterTags } from '../../reporter-tag';
import { ReportQuota } from '../../report-quota';
import { AnonymousReportCredentials, AnonymousReportKeys } from '../../anonymous/anonymous-report-keys';
import { ReportHazardRequestDto } from './report-hazard.request.dto';
import { ReportSubmissions } from './report-submissions';
import { HazardReportRepository } from '../../hazard-report.repository';
import { NotAReportableEnterprise, ReportFormRefused } from '../../report.errors';

export const MAX_PHOTOS = 9;

export interface UploadedPhoto {
  buffer: Buffer;
  originalname?: string;
  mimetype?: string;
}

export class AnonymousReportCredentialsView implements AnonymousReportCredentials {
  @ApiProperty({ example: 'K7QM-3XPA-9TCW', description: 'Finds the report: POST /anonymous-reports/follow' }) reportKey: string;
  @ApiProperty({ example: '4D8R-ZQ2N-H6WB', description: 'Proves it is yours; kept by the service only as a slow hash' }) pin: string;
  @ApiProperty() notice: string;
}

export class ReportedHazardView extends HazardReportView {
  @ApiPropertyOptional({
    type: AnonymousReportCredentialsView,
    description: 'Anonymous reports only, shown this once: how the reporter follows the report and claims its reward',
  })
  anonymousAccess?: AnonymousReportCredentialsView;
}

const KEEP_THEM =
  '请抄下或截图保存报告码和密码：只显示这一次，平台不知道这条匿名报告是谁报的，凭它们查询进度、领取奖励，丢失无法找回。' +
  'Write down or screenshot the report key and PIN: they are shown only this once. Nobody, the platform included, ' +
  'knows who made this anonymous report; with them you follow it and claim its reward, and they cannot be recovered.';

/** A worker's hazard report (安全隐患随手拍): checked, photos cleaned and stored, recorded with its event. */
@Injectable()
export class ReportHazardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrgDirectory,
    private readonly photos: PhotoIntake,
    private readonly tags: ReporterTags,
    private readonly quota: ReportQuota,
    private readonly anonymousKeys: AnonymousReportKeys,
    private readonly audit: AuditTrail,
    private readonly outbox: OutboxPublisher,
    private readonly submissions: ReportSubmissions,
    private readonly reports: HazardReportRepository,
  ) {}

  /** `idempotencyKey`: the client's Idempotency-Key; the same key again answers the first report (ReportSubmissions). */
  async execute(request: ReportHazardRequestDto, files: UploadedPhoto[] | undefined, caller: Caller, idempotencyKey?: string): Promise<ReportedHazardView> {
    // Photos help the verifier but are not required: a fume, a noise or a smell cannot be photographed.
    const count = files?.length ?? 0;
    if (count > MAX_PHOTOS) throw ReportFormRefused.tooManyPhotos(MAX_PHOTOS, count);
    // A retry is answered before anything costly or counted: no quota, no photo decoding, no second report.
    const submission = this.submissions.keyOf(idempotencyKey);
    const requestDigest = submission && this.submissions.requestDigest(request, (files ?? []).map((f) => createHash('sha256').update(f.buffer).digest('hex')));
    if (submission && requestDigest) {
      const previous = await this.submissions.previousAnswer<ReportedHazardView>(submission, requestDigest);
      if (previous) return previous;
    }
    const enterprise = await this.directory.getReferenced(request.enterpriseUnitId, 'enterpriseUnitId');
    if (enterprise.kind !== 'enterprise_union') {
      throw new NotAReportableEnterprise(enterprise, false);
    }
    if (!enterprise.active) throw new NotAReportableEnterprise(enterprise, true);
    // Counted with the report (see ReportQuota); a worker already refused this hour is refused before
    // the photos are decoded, the costly part.
    this.quota.assertNotRefused(caller.principal.userId);
    // Stored before the report: content-addressed, so a report that then fails leaves at most an
    // unreferenced file, never a report without its photos.
    const stored = await this.photos.accept(files ?? [], 'photos');

    const id = randomUUID();
    const anonymous = request.anonymous ?? false;
    const reportedAt = new Date();
    // An anonymous report keeps nothing the service could recompute from a user id: no tag, and a
    // correlation id of its own (an app may send the same one with requests that name the user).
    const reporterTag = anonymous ? null : this.tags.tagOf(caller.principal.userId);
    const correlationId = anonymous ? randomUUID() : caller.correlationId;
    const access = anonymous ? await this.anonymousKeys.issue() : undefined;
    // The answer is the row as written, so nothing is read back.
    const row: ReportRow = {
      id,
      enterprise_unit_id: enterprise.id,
      enterprise_path: enterprise.path,
      location: request.location.trim(),
      latitude: request.latitude ?? null,
      longitude: request.longitude ?? null,
      category: request.category,
      description: request.description.trim(),
      photos: stored.map(({ key, contentType, width, height, bytes }) => ({ key, contentType, width, height, bytes })),
      anonymous,
      reporter_tag: reporterTag,
      reported_at: reportedAt,
      status: 'reported',
      grade: null,
      duplicate_of: null,
      verdict_reason: null,
      verified_at: null,
      reporter_user_id: anonymous ? null : caller.principal.userId,
      reporter_name: anonymous ? null : caller.principal.displayName,
    };
    // A report is inserts only (the report, its reporter, its audit entry, its event): one statement,
    // atomic on its own, one round trip. This is the platform's busiest write.
    const statement = new OneStatement();
    this.reports.addReport(
      statement,
      row,
      access ? { anonymousKey: { keyDigest: access.keyDigest, pinHash: access.pinHash } } : { userId: caller.principal.userId, displayName: caller.principal.displayName },
    );
    this.audit.addTo(statement, [
      {
        actor: reporterActor(id, enterprise.id),
        action: 'hazard.reported',
        entity: { type: 'hazard-report', id, orgUnitId: enterprise.id, orgPath: enterprise.path },
        after: { category: request.category, location: request.location, photos: stored.length, anonymous },
        correlationId,
      },
    ]);
    this.outbox.addTo(statement, hazardReportedV1, [
      {
        aggregateId: id,
        orgUnitId: enterprise.id,
        correlationId,
        occurredAt: reportedAt,
        payload: {
          reportId: id,
          enterpriseUnitId: enterprise.id,
          enterprisePath: enterprise.path,
          category: request.category,
          reportedAt: reportedAt.toISOString(),
          photoCount: stored.length,
          anonymous,
        },
      },
    ]);
    this.quota.addTo(statement, caller.principal.userId, reportedAt);
    // The answer is known before the write, so that it is kept (sealed) with the report it answers.
    const view = { ...reportView(row, caller.principal, reporterTag ?? ''), mine: true };
    const answer: ReportedHazardView = access ? { ...view, anonymousAccess: { ...access.credentials, notice: KEEP_THEM } } : view;
    if (submission && requestDigest) this.submissions.addTo(statement, submission, id, requestDigest, answer);
    try {
      await statement.run(this.dataSource);
    } catch (err) {
      // The same submission running beside this one wrote first: its report is the answer.
      if (submission && requestDigest && this.submissions.lostTheRace(err)) {
        const first = await this.submissions.previousAnswer<ReportedHazardView>(submission, requestDigest);
        if (first) return first;
      }
      throw this.quota.refusalOf(err, caller.principal.userId, reportedAt) ?? err;
    }
    return answer;
  }
}
