import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { anyJson } from '../http/any-json.schema';

class AuditActorDto {
  @ApiProperty() userId: string;
  @ApiProperty() orgUnitId: string;
}

class AuditEntityDto {
  @ApiProperty({ example: 'competition' }) type: string;
  @ApiProperty() id: string;
  @ApiProperty({ type: String, nullable: true }) orgUnitId: string | null;
  @ApiProperty({ type: String, nullable: true, example: '/city/county-a' }) orgPath: string | null;
}

export class AuditEntryDto {
  @ApiProperty({ type: 'integer', description: 'The order entries were written in; paging follows it' }) id: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Place in the hash chain; null until sealed, moments after its transaction commits' })
  seq: number | null;
  @ApiProperty() entryId: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ type: AuditActorDto }) actor: AuditActorDto;
  @ApiProperty({ example: 'competition.created' }) action: string;
  @ApiProperty({ type: AuditEntityDto }) entity: AuditEntityDto;
  // The entity as it was and as it became, in the owning service's own shape: no one schema fits them all.
  @ApiProperty(anyJson('The entity before the action, in its own shape; null when it did not exist')) before: unknown;
  @ApiProperty(anyJson('The entity after the action, in its own shape; null when it no longer exists')) after: unknown;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty() correlationId: string;
  @ApiProperty({ type: String, nullable: true }) prevHash: string | null;
  @ApiProperty({ type: String, nullable: true }) hash: string | null;
}

export class AuditTrailPageDto {
  @ApiProperty({ type: [AuditEntryDto], description: 'Newest first' }) entries: AuditEntryDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page; null on the last page' }) nextCursor: string | null;
}

class PublishedHeadDto {
  @ApiProperty({ type: 'integer' }) seq: number;
  @ApiProperty() hash: string;
  @ApiProperty({ format: 'date-time' }) sealedAt: string;
}

/** One shape for both answers, told apart by ok: the fields of the other answer are absent. */
export class AuditVerificationDto {
  @ApiProperty({ description: 'true: the chain is whole and reaches the published head' }) ok: boolean;
  @ApiPropertyOptional({ type: 'integer', description: 'ok: sealed entries walked' }) entries?: number;
  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'ok: seq of the last sealed entry' }) headSeq?: number | null;
  @ApiPropertyOptional({ description: 'ok: hash of the last sealed entry' }) headHash?: string;
  @ApiPropertyOptional({ type: 'integer', description: 'ok: entries written but not sealed yet' }) unsealed?: number;
  @ApiPropertyOptional({ type: 'integer', description: 'not ok: entries read, the broken one included' }) entriesChecked?: number;
  @ApiPropertyOptional({ type: 'integer', description: 'not ok: seq of the first broken link' }) firstBrokenSeq?: number;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'not ok: the broken entry, when there is one to name' }) entryId?: string | null;
  @ApiPropertyOptional({
    enum: ['hash-mismatch', 'prev-hash-mismatch', 'gap', 'tail-removed', 'tail-rewritten', 'head-signature-invalid'],
    description: 'not ok: what is wrong with the first broken link',
  })
  problem?: string;
  @ApiPropertyOptional({ type: PublishedHeadDto, nullable: true, description: 'The head last published on Kafka; null when none was yet' })
  published?: PublishedHeadDto | null;
}
