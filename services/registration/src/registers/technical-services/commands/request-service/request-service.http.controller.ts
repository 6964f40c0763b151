import { Body, Controller, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, RequireRoles } from '@lc/platform';
import { RequestTechnicalServiceRequestDto } from '../../technical-service.request.dto';
import { RequestedTechnicalService, RequestTechnicalServiceService } from './request-service.service';
import { RequestedTechnicalServiceDto } from '../../technical-service.response.dto';

@ApiTags('technical-service requests (企业需求技术服务项目)')
@Controller('technical-service-requests')
export class RequestTechnicalServiceHttpController {
  constructor(private readonly requestService: RequestTechnicalServiceService) {}

  @Post()
  @RequireRoles('enterprise_union_cadre')
  @ApiOperation({
    operationId: 'requestTechnicalService',
    summary: '登记技术服务需求',
    description: "An enterprise's union asks for a technical service (attachment 5); the township (industry) union's opinion decides whether it is accepted",
  })
  @ApiCreatedResponse({ type: RequestedTechnicalServiceDto, description: 'The request and the one opinion box as the step of its approval chain' })
  @ApiBadRequestResponse({ description: 'A field is invalid (each named), the unit is not an enterprise, or no township or industry union is above it' })
  @ApiConflictResponse({ description: 'Nobody at the township (industry) union can fill the opinion box' })
  @ApiForbiddenResponse({ description: 'The enterprise is not yours' })
  create(@Body() body: RequestTechnicalServiceRequestDto, @CurrentCaller() caller: Caller): Promise<RequestedTechnicalService> {
    return this.requestService.execute(body, caller);
  }
}
