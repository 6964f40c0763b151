import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiFileResponse, attachmentDisposition, Caller, chinaDayOf, CurrentCaller, idParam, OrgDirectory, safeFileName } from '@lc/platform';
import { CertificateRenderer } from '../certificates/certificate-renderer.provider';
import { NominationVisibility } from '../nominations/nomination-visibility';
import { NoConferredHonour } from '../nominations/nomination.errors';

/** The certificate (荣誉证书) of a conferred honour, rendered from the honour history. */
@ApiTags('nominations')
@Controller('nominations')
export class CertificateHttpController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly renderer: CertificateRenderer,
    private readonly directory: OrgDirectory,
    private readonly visibility: NominationVisibility,
  ) {}

  @Get(':id/certificate.pdf')
  @ApiOperation({ operationId: 'downloadCertificatePdf', summary: '下载荣誉证书', description: 'The 荣誉证书 of a conferred honour, as a PDF.' })
  @Header('X-Content-Type-Options', 'nosniff')
  @ApiFileResponse('application/pdf', 'The certificate as a PDF, in Chinese')
  async certificate(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller): Promise<StreamableFile> {
    const [row]: {
      certificate_no: string;
      honour: string;
      nominee_kind: string;
      nominee_name: string;
      nominee_path: string;
      nominee_unit_id: string;
      source: 'assessment' | 'hazard' | 'manual';
      conferring_unit_id: string;
      year: number;
      conferred_at: Date;
    }[] = await this.dataSource.query(
      `SELECT h.certificate_no, o.name AS honour, h.nominee_kind, h.nominee_name, h.nominee_path, n.nominee_unit_id, n.source, h.conferring_unit_id, h.year, h.conferred_at
         FROM honour_history h JOIN honours o ON o.code = h.honour_code JOIN nominations n ON n.id = h.nomination_id
        WHERE h.nomination_id = $1`,
      [id],
    );
    if (!row) throw new NoConferredHonour(id);
    await this.visibility.assertReadable(caller, { id, nominee_path: row.nominee_path, source: row.source });
    const conferring = await this.directory.find(row.conferring_unit_id);
    const nomineeUnit = row.nominee_kind === 'person' ? await this.directory.find(row.nominee_unit_id) : null;
    const bytes = await this.renderer.render({
      certificateNo: row.certificate_no,
      honourName: row.honour,
      nomineeName: row.nominee_name,
      nomineeUnitName: nomineeUnit?.name,
      conferringUnitName: conferring?.name ?? row.conferring_unit_id,
      year: row.year,
      conferredOn: chinaDayOf(row.conferred_at),
    });
    return new StreamableFile(bytes, {
      type: 'application/pdf',
      length: bytes.length,
      disposition: attachmentDisposition(safeFileName(`${row.honour}-${row.nominee_name}.pdf`), 'certificate.pdf'),
    });
  }
}
