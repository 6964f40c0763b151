import { Body, Controller, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { treeKeeperRoles } from '@lc/org';
import { Caller, CurrentCaller, RequireRoles } from '@lc/platform';
import { toUserResponse, UserResponseDto } from '../../user.response.dto';
import { CreateUserRequestDto } from './create-user.request.dto';
import { CreateUserService } from './create-user.service';

@ApiTags('users')
@Controller('users')
export class CreateUserHttpController {
  constructor(private readonly createUser: CreateUserService) {}

  @Post()
  @RequireRoles(...treeKeeperRoles)
  @ApiOperation({
    operationId: 'createUser',
    summary: '创建用户账号',
    description: 'A union cadre creates an account at a unit in their subtree, with roles that exist at that kind of unit.',
  })
  @ApiCreatedResponse({ type: UserResponseDto })
  @ApiBadRequestResponse({ description: 'A field is invalid, or a role does not exist at that kind of unit' })
  @ApiConflictResponse({ description: 'The username or mobile is taken' })
  @ApiForbiddenResponse({ description: 'The unit is outside your subtree' })
  async create(@Body() body: CreateUserRequestDto, @CurrentCaller() caller: Caller): Promise<UserResponseDto> {
    const { user, hasPassword } = await this.createUser.execute(body, caller);
    return toUserResponse(user, hasPassword);
  }
}
