import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, idParam, RequireRoles } from '@lc/platform';
import { verifierRoles } from '../../../reports/reporter-visibility';
import { VerifyRectificationRequestDto } from './verify-rectification.request.dto';
import { VerifyRectificationService } from './verify-rectification.service';
import { HazardDto } from '../../hazard.response.dto';

@ApiTags('hazard archive')
@Controller('hazards')
export class VerifyRectificationHttpController {
  constructor(private readonly verifyRectification: VerifyRectificationService) {}

  @Post(':id/rectification-verification')
  @ApiOperation({
    operationId: 'verifyRectification',
    summary: '验收隐患整改',
    description: 'Accepted, a general hazard is closed out (销号) and a major one goes up the chain to the county for close-out; refused, it stays open.',
  })
  @HttpCode(200)
  @RequireRoles(...verifierRoles)
  @ApiOkResponse({ type: HazardDto, description: 'The archive record: closed (general), close-out pending up the chain (major), or still open (refused)' })
  @ApiConflictResponse({ description: 'No plan yet, already closed, or its close-out is being approved' })
  verify(@Param('id', idParam) id: string, @Body() body: VerifyRectificationRequestDto, @CurrentCaller() caller: Caller) {
    return this.verifyRectification.execute(id, body, caller);
  }
}
