import { Controller, Post, UploadedFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOperation, ApiPayloadTooLargeResponse, ApiTags } from '@nestjs/swagger';
import { treeKeeperRoles } from '@lc/org';
import { Caller, CurrentCaller, RequireRoles } from '@lc/platform';
import { readUploadedTable, SpreadsheetUpload, UploadedSpreadsheet } from '../../../spreadsheet-upload/spreadsheet-upload';
import { ImportEnterprisesService } from './import-enterprises.service';
import { EnterpriseImportResultDto } from '../../../spreadsheet-upload/import-result.response.dto';

@ApiTags('org units')
@Controller('org-units/imports')
export class ImportEnterprisesHttpController {
  constructor(private readonly importEnterprises: ImportEnterprisesService) {}

  @Post('enterprises')
  @RequireRoles(...treeKeeperRoles)
  @SpreadsheetUpload(
    'XLSX or CSV (UTF-8 or GBK), one enterprise per row. Columns: 单位编号 (optional), 企业名称, 统一社会信用代码, ' +
      '上级工会编号, 行政区划代码 (optional), 所有制 (公有制/非公有制), 规模以上 (是/否), 行业 (optional), 职工人数',
  )
  @ApiOperation({
    operationId: 'importEnterprises',
    summary: '批量导入企业',
    description: 'Union cadres who keep the tree, under unions in their subtree. All rows or none: every problem is reported by row and column.',
  })
  @ApiCreatedResponse({ type: EnterpriseImportResultDto, description: 'Every row was imported' })
  @ApiBadRequestResponse({ description: '{ message, problems: [{ row, field, message }] }: nothing was imported' })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than 5 MiB' })
  async import(@UploadedFile() file: UploadedSpreadsheet | undefined, @CurrentCaller() caller: Caller) {
    const table = await readUploadedTable(file);
    return this.importEnterprises.execute(table, file?.originalname ?? 'upload', caller);
  }
}
