import { Body, Controller, Get, Header, Param, Post, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createHash, randomUUID } from 'node:crypto';
import { ApiFileResponse, AuditedCommand, Caller, CurrentCaller, idParam, RequireRoles, uuidParam } from '@lc/platform';
import { TemplateRepository } from '../../../templates/template.repository';
import { selfAssessorRoles, SheetAccess } from '../../sheet-access';
import { SheetRepository } from '../../sheet.repository';
import { EvidenceNotFound, SheetInputRefused } from '../../sheet.errors';
import { EvidenceAddedDto } from '../../sheet.response.dto';

/** Evidence is a scan or a photo of the paperwork, kept with the sheet: small files only. */
const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
const evidenceTypes: Record<string, (bytes: Buffer) => boolean> = {
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
};

/** The type of an evidence file, read from its first bytes, never from its name. */
export function evidenceTypeOf(bytes: Buffer): string | undefined {
  return Object.entries(evidenceTypes).find(([, matches]) => matches(bytes))?.[0];
}

/** Evidence (佐证材料) for an item of the self assessment: added while the sheet is a draft, read along the sheet's line. */
@ApiTags('assessment sheets')
@Controller('assessment-sheets')
export class EvidenceHttpController {
  constructor(
    private readonly commands: AuditedCommand,
    private readonly sheets: SheetAccess,
    private readonly repository: SheetRepository,
    private readonly templates: TemplateRepository,
  ) {}

  @Post(':id/evidence')
  @ApiOperation({
    operationId: 'uploadSheetEvidence',
    summary: '上传佐证材料',
    description: 'The unit\'s enterprise union cadre or team leader attaches a PDF, JPEG or PNG (at most 5 MiB) to an item while the sheet is a draft.',
  })
  @RequireRoles(...selfAssessorRoles)
  // Browsers send a file's name in UTF-8 (活动方案.pdf): read it so, not as Latin-1 bytes.
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_EVIDENCE_BYTES + 1, files: 1 }, defParamCharset: 'utf8' }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['itemKey', 'file'],
      properties: { itemKey: { type: 'string' }, file: { type: 'string', format: 'binary', description: 'PDF, JPEG or PNG, at most 5 MiB' } },
    },
  })
  @ApiCreatedResponse({ type: EvidenceAddedDto })
  async add(
    @Param('id', idParam) id: string,
    @Body('itemKey') itemKey: string | undefined,
    @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined,
    @CurrentCaller() caller: Caller,
  ) {
    if (!file || file.buffer.length === 0) throw new SheetInputRefused('file', 'file: attach the evidence file', '请上传佐证材料文件');
    if (file.buffer.length > MAX_EVIDENCE_BYTES) throw new SheetInputRefused('file', 'file: is larger than 5 MiB', '文件不能超过 5 MiB');
    const contentType = evidenceTypeOf(file.buffer);
    if (!contentType) throw new SheetInputRefused('file', 'file: only PDF, JPEG and PNG files are kept as evidence', '佐证材料只接受 PDF、JPEG 和 PNG 文件');
    const evidenceId = randomUUID();
    await this.commands.run(caller, async ({ tx, audit }) => {
      const sheet = await this.sheets.load(id, tx, true);
      await this.sheets.assertSelfAssessor(sheet, caller);
      this.sheets.assertStatus(sheet, ['draft'], 'adding evidence');
      const template = await this.templates.byId(sheet.template_id, tx);
      const keys = template.definition.categories.flatMap((c) => c.items.map((i) => i.key));
      if (!itemKey || !keys.includes(itemKey)) {
        throw new SheetInputRefused('itemKey', `itemKey: must be one of the form's items: ${keys.join(', ')}`, `「itemKey」必须是考核表中的项目之一：${keys.join('、')}`);
      }
      await this.repository.addEvidence(tx, {
        id: evidenceId,
        sheetId: id,
        itemKey,
        fileName: file.originalname.slice(0, 200),
        contentType,
        sha256: createHash('sha256').update(file.buffer).digest('hex'),
        bytes: file.buffer,
        uploadedBy: caller.principal.userId,
      });
      await audit({
        action: 'assessment-sheet.evidence-added',
        entity: { type: 'assessment-sheet', id, orgUnitId: sheet.unit_id, orgPath: sheet.unit_path },
        after: { evidenceId, itemKey, fileName: file.originalname, bytes: file.buffer.length },
      });
    });
    return { id: evidenceId, itemKey, fileName: file.originalname, path: `/assessment-sheets/${id}/evidence/${evidenceId}` };
  }

  @Get(':id/evidence/:evidenceId')
  @ApiOperation({
    operationId: 'downloadSheetEvidence',
    summary: '查看佐证材料',
    description: 'The evidence file itself, shown inline, to whoever may read the sheet.',
  })
  @ApiFileResponse(['application/pdf', 'image/jpeg', 'image/png'], 'The file as uploaded')
  @Header('X-Content-Type-Options', 'nosniff')
  async get(@Param('id', idParam) id: string, @Param('evidenceId', uuidParam('evidenceId must be a UUID')) evidenceId: string, @CurrentCaller() caller: Caller) {
    await this.sheets.readable(id, caller);
    const row = await this.repository.evidenceFile(id, evidenceId);
    if (!row) throw new EvidenceNotFound(id, evidenceId);
    return new StreamableFile(row.bytes, { type: row.content_type, disposition: `inline; filename*=UTF-8''${encodeURIComponent(row.file_name)}` });
  }
}
