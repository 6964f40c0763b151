import { Body, Controller, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { unionCadreRoles } from '@lc/org';
import { Caller, CurrentCaller, RequireRoles } from '@lc/platform';
import { RegisterSupervisorRequestDto } from '../../supervisor-form.request.dto';
import { RegisteredSupervisor, RegisterSupervisorService } from './register-supervisor.service';
import { RegisteredSupervisorDto } from '../../supervisor.response.dto';

@ApiTags('energy-saving supervisors (节能减排义务监督员)')
@Controller('energy-supervisors')
export class RegisterSupervisorHttpController {
  constructor(private readonly register: RegisterSupervisorService) {}

  @Post()
  @RequireRoles('worker', 'team_leader', ...unionCadreRoles)
  @ApiOperation({
    operationId: 'registerEnergySupervisor',
    summary: '登记节能减排义务监督员',
    description: 'Registers an energy-saving volunteer supervisor (attachment 4): a worker themselves, or someone in your subtree',
  })
  @ApiCreatedResponse({ type: RegisteredSupervisorDto, description: "The registration and the form's four opinion boxes as the steps of its approval chain" })
  @ApiBadRequestResponse({ description: 'A field is invalid or the dates do not hold together (each named), or the unit is not a team or an enterprise' })
  @ApiConflictResponse({ description: 'The person is already registered or being registered, or a box has nobody to fill it' })
  @ApiForbiddenResponse({ description: 'The unit is outside your subtree, or (for a worker) not your own unit' })
  create(@Body() body: RegisterSupervisorRequestDto, @CurrentCaller() caller: Caller): Promise<RegisteredSupervisor> {
    return this.register.execute(body, caller);
  }
}
