import { Controller, Post, UploadedFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOperation, ApiPayloadTooLargeResponse, ApiTags } from '@nestjs/swagger';
import { treeKeeperRoles } from '@lc/org';
import { Caller, CurrentCaller, RequireRoles } from '@lc/platform';
import { readUploadedTable, SpreadsheetUpload, UploadedSpreadsheet } from '../../../spreadsheet-upload/spreadsheet-upload';
import { ImportWorkersService } from './import-workers.service';
import { ImportResultDto } from '../../../spreadsheet-upload/import-result.response.dto';

@ApiTags('users')
@Controller('users/imports')
export class ImportWorkersHttpController {
  constructor(private readonly importWorkers: ImportWorkersService) {}

  @Post('workers')
  @RequireRoles(...treeKeeperRoles)
  @SpreadsheetUpload(
    'XLSX or CSV (UTF-8 or GBK), one worker per row. Columns: 姓名, 手机号, 所在班组编号 (a team or enterprise id), ' +
      '性别 (optional, 男/女), 工种 (optional), 技术等级 (optional: 初级工, 中级工, 高级工, 技师, 高级技师)',
  )
  @ApiOperation({
    operationId: 'importWorkers',
    summary: '批量导入职工',
    description: 'Union cadres who keep the tree, for teams and enterprises in their subtree. All rows or none: every problem is reported by row and column.',
  })
  @ApiCreatedResponse({ type: ImportResultDto, description: 'Every row was imported; each worker logs in with their mobile once a password is set' })
  @ApiBadRequestResponse({ description: '{ message, problems: [{ row, field, message }] }: nothing was imported' })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than 5 MiB' })
  async import(@UploadedFile() file: UploadedSpreadsheet | undefined, @CurrentCaller() caller: Caller) {
    const table = await readUploadedTable(file);
    return this.importWorkers.execute(table, file?.originalname ?? 'upload', caller);
  }
}
