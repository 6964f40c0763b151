import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, RequireRoles } from '@lc/platform';
import { registerIdPipe } from '../../../../forms/form-fields';
import { RateServiceRequestDto, RecordDeliveryRequestDto } from '../../technical-service.request.dto';
import { TechnicalServiceView } from '../../technical-service.row';
import { TechnicalServiceStepsService } from './technical-service-steps.service';
import { TechnicalServiceDto } from '../../technical-service.response.dto';

@ApiTags('technical-service requests (企业需求技术服务项目)')
@Controller('technical-service-requests')
export class TechnicalServiceStepsHttpController {
  constructor(private readonly steps: TechnicalServiceStepsService) {}

  @Post(':id/delivery')
  @HttpCode(200)
  @RequireRoles('county_union_cadre', 'township_union_cadre', 'industry_union_cadre')
  @ApiOperation({
    operationId: 'recordTechnicalServiceDelivery',
    summary: '填报服务完成情况',
    description: '服务内容完成情况: the county or township (industry) union records what it delivered, once the request is accepted',
  })
  @ApiOkResponse({ type: TechnicalServiceDto, description: 'The request, now delivered' })
  @ApiBadRequestResponse({ description: 'A field is invalid, or deliveredOn is in the future or before the request' })
  @ApiConflictResponse({ description: 'Out of turn: not accepted (yet), declined, withdrawn, or already delivered; the message says which' })
  @ApiForbiddenResponse({ description: 'The enterprise is outside your subtree' })
  @ApiNotFoundResponse({ description: 'No request has this id' })
  delivery(@Param('id', registerIdPipe) id: string, @Body() body: RecordDeliveryRequestDto, @CurrentCaller() caller: Caller): Promise<TechnicalServiceView> {
    return this.steps.recordDelivery(id, body, caller);
  }

  @Post(':id/rating')
  @HttpCode(200)
  @RequireRoles('enterprise_union_cadre')
  @ApiOperation({ operationId: 'rateTechnicalService', summary: '评价技术服务', description: '企业对服务项目和人员的评价: the enterprise union rates a delivered service, once' })
  @ApiOkResponse({ type: TechnicalServiceDto, description: 'The request, now rated' })
  @ApiConflictResponse({ description: 'Out of turn: not delivered yet, declined, withdrawn, or already rated; the message says which' })
  @ApiForbiddenResponse({ description: 'The enterprise is not yours' })
  @ApiNotFoundResponse({ description: 'No request has this id' })
  rating(@Param('id', registerIdPipe) id: string, @Body() body: RateServiceRequestDto, @CurrentCaller() caller: Caller): Promise<TechnicalServiceView> {
    return this.steps.rate(id, body, caller);
  }
}
