import { ApiProperty } from '@nestjs/swagger';
import { roles } from '@lc/org';
import { UserOrmEntity } from './user.orm-entity';

export class UserResponseDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'wang.fang' }) username: string;
  @ApiProperty({ example: '王芳' }) displayName: string;
  @ApiProperty({ example: 'town-xinghua' }) orgUnitId: string;
  @ApiProperty({ enum: roles, isArray: true }) roles: string[];
  @ApiProperty() active: boolean;
  @ApiProperty({ description: 'False for an imported worker until a password is set' }) canLogIn: boolean;
  @ApiProperty({ description: 'The password was set by someone else: the user must choose their own at the next login' })
  passwordChangeRequired: boolean;
  @ApiProperty({ type: String, nullable: true, enum: ['male', 'female'] }) gender: string | null;
  @ApiProperty({ type: String, nullable: true }) mobile: string | null;
  @ApiProperty({ type: String, nullable: true, description: '工种' }) trade: string | null;
  @ApiProperty({ type: String, nullable: true, description: '技术等级' }) skillGrade: string | null;
  @ApiProperty() createdAt: string;
}

/** `hasPassword` comes from a query that selected it: the hash itself never leaves the repository. */
export function toUserResponse(user: UserOrmEntity, hasPassword: boolean): UserResponseDto {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    orgUnitId: user.orgUnitId,
    roles: user.roles,
    active: user.active,
    canLogIn: user.active && hasPassword,
    passwordChangeRequired: user.passwordChangeRequired,
    gender: user.gender,
    mobile: user.mobile,
    trade: user.trade,
    skillGrade: user.skillGrade,
    createdAt: user.createdAt.toISOString(),
  };
}

/** The user as the audit trail keeps it; never the password hash. */
export function auditStateOfUser(user: UserOrmEntity) {
  return {
    username: user.username,
    displayName: user.displayName,
    orgUnitId: user.orgUnitId,
    roles: user.roles,
    active: user.active,
    mobile: user.mobile,
  };
}
