import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Role, roles } from '@lc/org';
import { IsAcceptablePassword, PASSWORD_RULE } from '../../password-policy';
import { IsNotBlank } from '@lc/platform';

export const SKILL_GRADES = ['初级工', '中级工', '高级工', '技师', '高级技师'] as const;

export class CreateUserRequestDto {
  @ApiProperty({ example: 'wang.fang', description: 'Letters, digits, . _ @ -; 3 to 64; case does not matter' })
  @Matches(/^[A-Za-z0-9._@-]{3,64}$/, { message: 'username must be 3 to 64 letters, digits or . _ @ -' })
  username: string;

  @ApiProperty({ example: '王芳', maxLength: 50 })
  @IsString()
  @IsNotBlank()
  @MaxLength(50)
  displayName: string;

  @ApiProperty({ example: 'town-xinghua', description: 'The one unit the user acts for' })
  @IsString()
  @IsNotBlank()
  @MaxLength(64)
  orgUnitId: string;

  @ApiProperty({ enum: roles, isArray: true })
  @IsArray()
  @ArrayMinSize(1, { message: 'roles must list at least one role' })
  @ArrayMaxSize(roles.length)
  @ArrayUnique({ message: 'roles must not repeat a role' })
  @IsIn(roles, { each: true, message: `each role must be one of ${roles.join(', ')}` })
  roles: Role[];

  @ApiPropertyOptional({
    description: `A temporary password: the user must choose their own at the first login. Without one the user cannot log in until one is set. ${PASSWORD_RULE}`,
  })
  @IsOptional()
  @IsAcceptablePassword()
  password?: string;

  @ApiPropertyOptional({ enum: ['male', 'female'] })
  @IsOptional()
  @IsIn(['male', 'female'], { message: "gender must be 'male' or 'female'" })
  gender?: 'male' | 'female';

  @ApiPropertyOptional({ example: '13800138000' })
  @IsOptional()
  @Matches(/^1[3-9]\d{9}$/, { message: 'mobile must be an 11-digit mainland mobile number' })
  mobile?: string;

  @ApiPropertyOptional({ description: '工种', maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  trade?: string;

  @ApiPropertyOptional({ enum: SKILL_GRADES, description: '技术等级' })
  @IsOptional()
  @IsIn(SKILL_GRADES, { message: `skillGrade must be one of ${SKILL_GRADES.join(', ')}` })
  skillGrade?: string;
}
