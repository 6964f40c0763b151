import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiFileResponse, attachmentDisposition, Caller, chinaDayOf, CurrentCaller, idParam, OrgDirectory, safeFileName } from '@lc/platform';
import { CertificateRenderer } from '../certificates/certificate-renderer.provider';
import { NominationQueries } from '../nominations/nominations.queries';
import { NominationVisibility } from '../nominations/nomination-visibility';
import { NoConferredHonour } from '../nominations/nomination.errors';

/** The certificate (荣誉证书) of a conferred honour, rendered from the honour history. */
@ApiTags('nominations')
@Controller('nominations')
export class CertificateHttpController {
  constructor(
    private readonly queries: NominationQueries,
    private readonly renderer: CertificateRenderer,
    private readonly directory: OrgDirectory,
    private readonly visibility: NominationVisibility,
  ) {}

  @Get(':id/certificate.pdf')
  @ApiOperation({ operationId: 'downloadCertificatePdf', summary: '下载荣誉证书', description: 'The 荣誉证书 of a conferred honour, as a PDF.' })
  @Header('X-Content-Type-Options', 'nosniff')
  @ApiFileResponse('application/pdf', 'The certificate as a PDF, in Chinese')
  async certificate(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller): Promise<StreamableFile> {
    const row = await this.queries.certificateOf(id);
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
