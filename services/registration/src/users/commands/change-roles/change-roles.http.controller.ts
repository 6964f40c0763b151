import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsString, MaxLength } from 'class-validator';
import { Role, roles, treeKeeperRoles } from '@lc/org';
import { Caller, CurrentCaller, IsNotBlank, RequireRoles } from '@lc/platform';
import { SessionEnder } from '../../../auth/sessions/session-ender';
import { OrgUnitOrmEntity } from '../../../org-units/org-unit.orm-entity';
import { toUserResponse, UserResponseDto } from '../../user.response.dto';
import { UserAccountChanges } from '../../user-account.service';
import { userIdPipe } from '../../user-id.pipe';
import { assertBindable, publishUserUpdated, UserRegistrar } from '../../user-registrar';

class ChangeRolesRequestDto {
  @ApiProperty({ enum: roles, isArray: true, description: 'The roles the user holds from now on, at their unit' })
  @IsArray()
  @ArrayMinSize(1, { message: 'roles must list at least one role' })
  @ArrayMaxSize(roles.length)
  @ArrayUnique({ message: 'roles must not repeat a role' })
  @IsIn(roles, { each: true, message: `each role must be one of ${roles.join(', ')}` })
  roles: Role[];

  @ApiProperty({ example: '任命为班组长', description: 'Why, for the audit trail' })
  @IsString()
  @IsNotBlank({ message: 'reason is required: say why the roles change' })
  @MaxLength(500)
  reason: string;
}

/**
 * A cadre at or above the user's unit changes the user's roles. The user's sessions end, so no token
 * with the old roles is taken anywhere within seconds; the next login carries the new ones.
 */
@ApiTags('users')
@Controller('users')
export class ChangeRolesHttpController {
  constructor(
    private readonly accounts: UserAccountChanges,
    private readonly sessions: SessionEnder,
    private readonly registrar: UserRegistrar,
  ) {}

  @Put(':id/roles')
  @RequireRoles(...treeKeeperRoles)
  @ApiOperation({
    operationId: 'changeUserRoles',
    summary: '调整用户角色',
    description: "A cadre at or above the user's unit, never for their own account. Every session of the user ends; the next login carries the new roles.",
  })
  @ApiOkResponse({ type: UserResponseDto, description: 'Changed; every session of the user has ended' })
  @ApiBadRequestResponse({ description: 'A role does not exist at the kind of unit the user acts for' })
  @ApiForbiddenResponse({ description: "The user's unit is outside your subtree, or it is your own account" })
  async changeRoles(@Param('id', userIdPipe) id: string, @Body() body: ChangeRolesRequestDto, @CurrentCaller() caller: Caller): Promise<UserResponseDto> {
    const user = await this.accounts.change(
      id,
      caller,
      'user.roles-changed',
      async (target, command) => {
        assertBindable(this.registrar, body.roles, await command.tx.findOneByOrFail(OrgUnitOrmEntity, { id: target.orgUnitId }));
        const changes = { roles: body.roles, version: target.version + 1 };
        await this.sessions.end(command.tx, { userIds: [target.id] }, 'roles-changed', caller.correlationId);
        await publishUserUpdated(command, { ...target, ...changes });
        return changes;
      },
      { from: 'at-or-above', reason: body.reason },
    );
    return toUserResponse(user, await this.accounts.hasPassword(id));
  }
}
