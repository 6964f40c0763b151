import { Body, Controller, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { unionCadreRoles } from '@lc/org';
import { Caller, CurrentCaller, RequireRoles } from '@lc/platform';
import { CreateRewardSchemeRequestDto } from './create-reward-scheme.request.dto';
import { CreateRewardSchemeService } from './create-reward-scheme.service';

@ApiTags('hazard rewards')
@Controller('reward-schemes')
export class CreateRewardSchemeHttpController {
  constructor(private readonly createScheme: CreateRewardSchemeService) {}

  @Post()
  @RequireRoles(...unionCadreRoles)
  @ApiCreatedResponse({ description: 'The scheme with its amounts in yuan' })
  @ApiConflictResponse({ description: 'Its period overlaps another scheme of the same union' })
  create(@Body() body: CreateRewardSchemeRequestDto, @CurrentCaller() caller: Caller) {
    return this.createScheme.execute(body, caller);
  }
}
