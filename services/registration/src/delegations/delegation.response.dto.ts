import { ApiProperty } from '@nestjs/swagger';

export class DelegationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Who delegated their decisions' }) approverUserId: string;
  @ApiProperty({ description: 'Who decides for them' }) deputyUserId: string;
  @ApiProperty({ nullable: true, type: String }) deputyDisplayName: string | null;
  @ApiProperty({ nullable: true, type: String }) approverDisplayName: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) validFrom: string;
  @ApiProperty({ type: String, format: 'date-time' }) validUntil: string;
  @ApiProperty() reason: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) revokedAt: string | null;
  @ApiProperty({ description: 'In force now: begun, not run out, not revoked' }) inForce: boolean;
}

export const DELEGATION_COLUMNS = `d.id, d.approver_user_id AS "approverUserId", d.deputy_user_id AS "deputyUserId",
  (SELECT display_name FROM users WHERE id::text = d.deputy_user_id) AS "deputyDisplayName",
  (SELECT display_name FROM users WHERE id::text = d.approver_user_id) AS "approverDisplayName",
  d.valid_from AS "validFrom", d.valid_until AS "validUntil", d.reason, d.created_at AS "createdAt", d.revoked_at AS "revokedAt",
  (d.revoked_at IS NULL AND d.valid_from <= now() AND d.valid_until > now()) AS "inForce"`;
