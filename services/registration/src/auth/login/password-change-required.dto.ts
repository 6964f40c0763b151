import { ApiProperty } from '@nestjs/swagger';

class PasswordSetterDto {
  @ApiProperty({ example: '王芳' }) displayName: string;
  @ApiProperty({ example: '兴华街道总工会' }) orgUnitName: string;
}

/** The answer to a right password that someone else set: no token, who set it and when. */
export class PasswordChangeRequiredDto {
  @ApiProperty({ example: true }) passwordChangeRequired: true;
  @ApiProperty() message: string;
  @ApiProperty({ type: PasswordSetterDto, nullable: true, description: 'Who set the password (a cadre above the user)' })
  setBy: PasswordSetterDto | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-03-02T08:15:00.000Z' }) setAt: string | null;
}
