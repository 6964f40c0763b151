import { Controller, Get, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { descendantsLikePattern, escapeLike, Role, roles, treeKeeperRoles } from '@lc/org';
import { Caller, CurrentCaller, OrgDirectory, PageQueryDto, RequireRoles, ScopeChecker, SortParam, sortOrderOf } from '@lc/platform';
import { toUserResponse, UserResponseDto } from '../../user.response.dto';
import { UserOrmEntity } from '../../user.orm-entity';

const SORT_COLUMNS = { displayName: 'u.display_name', username: 'u.username', createdAt: 'u.created_at' };

class ListUsersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Users of this unit and the units under it; your own unit when not given' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  orgUnitId?: string;

  @ApiPropertyOptional({ enum: roles })
  @IsOptional()
  @IsIn(roles, { message: `role must be one of ${roles.join(', ')}` })
  role?: Role;

  @SortParam(Object.keys(SORT_COLUMNS), 'By unit in tree order, then by name, when not given')
  sort?: string;

  @ApiPropertyOptional({ description: 'Part of the name, username or mobile' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  q?: string;
}

class UserPageDto {
  @ApiProperty({ type: [UserResponseDto] }) items: UserResponseDto[];
  @ApiProperty() total: number;
}

@ApiTags('users')
@Controller('users')
export class ListUsersHttpController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
  ) {}

  @Get()
  @RequireRoles(...treeKeeperRoles, 'auditor')
  @ApiOperation({
    operationId: 'listUsers',
    summary: '用户列表',
    description: 'Union cadres and auditors: users of a unit and the units under it, filtered by role or by part of a name, username or mobile.',
  })
  @ApiOkResponse({ type: UserPageDto, description: 'Users of the subtree, by unit then name' })
  @ApiForbiddenResponse({ description: 'The unit is outside your subtree' })
  async list(@Query() query: ListUsersQueryDto, @CurrentCaller() caller: Caller): Promise<UserPageDto> {
    const path = query.orgUnitId ? (await this.directory.getReferenced(query.orgUnitId, 'orgUnitId')).path : caller.principal.orgPath;
    await this.scope.assert(caller, 'read', { orgPath: path });
    const builder = this.dataSource
      .getRepository(UserOrmEntity)
      .createQueryBuilder('u')
      .addSelect('u.password_hash IS NOT NULL', 'has_password')
      .innerJoin('org_units', 'o', 'o.id = u.org_unit_id')
      .where('(o.path = :path OR o.path LIKE :under)', { path, under: descendantsLikePattern(path) });
    if (query.role) builder.andWhere(':role = ANY(u.roles)', { role: query.role });
    if (query.q) {
      builder.andWhere('(u.display_name LIKE :q OR u.username ILIKE :q OR u.mobile LIKE :q)', { q: `%${escapeLike(query.q)}%` });
    }
    const total = await builder.getCount();
    const order = sortOrderOf(query.sort, SORT_COLUMNS);
    if (order) builder.orderBy(order.column, order.direction, 'NULLS LAST');
    else builder.orderBy('o.path', 'ASC').addOrderBy('u.display_name', 'ASC');
    const { entities, raw } = await builder
      .addOrderBy('u.id', 'ASC')
      .limit(query.limit)
      .offset(query.offset)
      .getRawAndEntities<{ has_password: boolean }>();
    return { items: entities.map((user, i) => toUserResponse(user, raw[i].has_password)), total };
  }
}
