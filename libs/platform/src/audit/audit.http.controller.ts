import { Controller, Get, Header, Inject, Query, StreamableFile } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { auditTrailCsvChunks, AuditTrailFilter, ChainHeadSigner, publishedChainHeads, queryAuditTrail, verifyAuditTrail } from '@lc/audit';
import { parentPathOf, Role, unionCadreRoles } from '@lc/org';
import { RequireRoles } from '../access/access.decorators';
import { Caller, CurrentCaller } from '../access/caller';
import { ScopeChecker } from '../access/scope.checker';
import { SERVICE_CONFIG } from '../config/config.tokens';
import { ServiceConfig } from '../config/service-config';
import { KAFKA } from '../messaging/messaging.tokens';
import { OrgDirectory } from '../org-tree/org-directory';
import { ApiFileResponse } from '../http/file-response.decorators';
import { AuditQueryRequestDto } from './audit-query.request.dto';
import { AuditTrailPageDto, AuditVerificationDto } from './audit.response.dto';

/**
 * Union cadres and auditors read the trail of their own subtree. Workers, management, judges and
 * finance do not: the trail names who did what, including who reported a hazard.
 */
const TRAIL_READERS: Role[] = ['auditor', ...unionCadreRoles];

/** This service's audit trail (DOMAIN §7): query, CSV export, and verification of the hash chain. */
@ApiTags('audit')
@Controller('audit')
export class AuditHttpController {
  private readonly headKey: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {
    this.headKey = new ChainHeadSigner(config.AUDIT_SIGNING_KEY).publicKeyPem;
  }

  @Get('entries')
  @RequireRoles(...TRAIL_READERS)
  @ApiOperation({
    operationId: 'listAuditEntries',
    summary: '审计日志',
    description: 'Entries newest first, filtered by org subtree, entity, actor and time; paged by cursor',
  })
  @ApiOkResponse({ type: AuditTrailPageDto, description: 'A page of entries, newest first, and the cursor of the next' })
  @ApiForbiddenResponse({ description: 'The unit asked for is outside your subtree, or your role may not read the trail' })
  async entries(@Query() query: AuditQueryRequestDto, @CurrentCaller() caller: Caller) {
    return queryAuditTrail(this.dataSource, { ...(await this.filterFor(query, caller)), limit: query.limit, cursor: query.cursor });
  }

  @Get('entries.csv')
  @RequireRoles('auditor')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="audit-trail.csv"')
  @ApiProduces('text/csv')
  @ApiFileResponse('text/csv', 'The entries as CSV')
  @ApiOperation({
    operationId: 'exportAuditEntriesCsv',
    summary: '导出审计日志（CSV）',
    description: 'Every entry the filter matches as CSV (UTF-8 with BOM, opens in Excel); auditors only',
  })
  async exportCsv(@Query() query: AuditQueryRequestDto, @CurrentCaller() caller: Caller) {
    const filter = await this.filterFor(query, caller);
    return new StreamableFile(Readable.from(auditTrailCsvChunks(this.dataSource, filter)));
  }

  @Get('verify')
  @RequireRoles('auditor')
  @ApiOperation({
    operationId: 'verifyAuditChain',
    summary: '校验审计链',
    description: "Walks this service's whole hash chain, checks it passes through the head it last published on Kafka, and reports the first broken link, if any",
  })
  @ApiOkResponse({
    type: AuditVerificationDto,
    description: '{ ok: true, entries, headSeq, headHash, unsealed, published } or { ok: false, entriesChecked, firstBrokenSeq, entryId, problem, published }',
  })
  async verify() {
    const schema: string = (await this.dataSource.query(`SELECT current_schema() AS s`))[0].s;
    const heads = await publishedChainHeads(this.kafka, this.config.KAFKA_TOPIC_PREFIX);
    return verifyAuditTrail(this.dataSource, { published: { head: heads.get(schema) ?? null, publicKeyPem: this.headKey } });
  }

  /**
   * The caller's own subtree unless they ask for a unit inside it. A caller at a root unit sees
   * everything, including entries that belong to no unit (e.g. failed logins of unknown names).
   */
  private async filterFor(query: AuditQueryRequestDto, caller: Caller): Promise<AuditTrailFilter> {
    const unitPath = query.orgUnitId ? (await this.directory.getReferenced(query.orgUnitId, 'orgUnitId')).path : caller.principal.orgPath;
    await this.scope.assert(caller, 'read', { orgPath: unitPath });
    const wholeTrail = parentPathOf(unitPath) === null;
    return {
      orgPath: wholeTrail ? undefined : unitPath,
      entity: query.entityType && query.entityId ? { type: query.entityType, id: query.entityId } : undefined,
      actorId: query.actorId,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
    };
  }
}
