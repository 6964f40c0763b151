import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CASE_FILE_KINDS, CaseFileKind, CorrelationId } from '@lc/platform';
import { ConsoleError } from '../../../errors/console-error';
import { CurrentSession } from '../../../session/current-session';
import { CaseFileClient, Credentials, isCaseFileKind, ServiceAnswer } from '../../case-file.client';
import { renderCaseFilePdf } from '../../case-file-pdf';

const ID = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * One item's case file (全程档案), asked of the service that owns the item with the session's user:
 * that service decides who may read it (who may read the item) and answers its refusals, which pass
 * on as they are. The PDF is rendered here, for auditors to keep.
 */
@ApiTags('case files')
@Controller('api/case-files')
export class GetCaseFileHttpController {
  constructor(
    private readonly current: CurrentSession,
    private readonly client: CaseFileClient,
  ) {}

  // Before ':kind/:id', which would read '<id>.pdf' as an id.
  @Get(':kind/:id.pdf')
  @ApiOperation({ operationId: 'exportCaseFilePdf', summary: '导出全程档案（PDF）', description: 'The case file as an A4 PDF: every entry with its audit check, who printed it and when.' })
  @ApiParam({ name: 'kind', enum: CASE_FILE_KINDS })
  @ApiProduces('application/pdf')
  async pdf(@Param('kind') kind: string, @Param('id') id: string, @Req() req: Request, @Res() res: Response, @CorrelationId() correlationId: string): Promise<void> {
    const auth = await this.credentials(kind, id, req, res, correlationId);
    const file = this.passOn(await this.client.caseFile(kind as CaseFileKind, id, auth), res);
    if (!file) return;
    const me = await this.client.me(auth);
    const by = me.ok ? `${me.body.displayName}（${me.body.orgUnitName}）` : null;
    const pdf = await renderCaseFilePdf(file, { by, at: new Date() });
    res
      .status(200)
      .set({
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="case-file-${kind}-${id}.pdf"; filename*=UTF-8''${encodeURIComponent(`全程档案-${id}.pdf`)}`,
        'cache-control': 'no-store',
      })
      .send(pdf);
  }

  @Get(':kind/:id')
  @ApiOperation({ operationId: 'getCaseFile', summary: '全程档案', description: "The owning service's case file of a hazard report, a hazard reward or a nomination." })
  @ApiParam({ name: 'kind', enum: CASE_FILE_KINDS })
  async json(@Param('kind') kind: string, @Param('id') id: string, @Req() req: Request, @Res() res: Response, @CorrelationId() correlationId: string): Promise<void> {
    const auth = await this.credentials(kind, id, req, res, correlationId);
    const file = this.passOn(await this.client.caseFile(kind as CaseFileKind, id, auth), res);
    if (file) res.status(200).set('cache-control', 'no-store').json(file);
  }

  private async credentials(kind: string, id: string, req: Request, res: Response, correlationId: string): Promise<Credentials> {
    if (!isCaseFileKind(kind) || !ID.test(id)) throw new ConsoleError('not-found');
    const session = await this.current.require(req, res, correlationId);
    return { accessToken: session.accessToken, correlationId, acceptLanguage: req.headers['accept-language'] };
  }

  /** The file, or null once the service's refusal was sent on (a 401 ends the browser's session: the service refused its token). */
  private passOn<T>(answer: ServiceAnswer<T>, res: Response): T | null {
    if (answer.ok) return answer.body;
    if (answer.status === 401) this.current.ended(res);
    res.status(answer.status).json(answer.body);
    return null;
  }
}
