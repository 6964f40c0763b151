import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CompetitionOrmEntity } from './competition.orm-entity';

export class AcknowledgementDto {
  @ApiProperty() workflowId: string;
  @ApiProperty({ enum: ['NOT_STARTED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED', 'TERMINATED', 'TIMED_OUT', 'UNKNOWN', 'UNAVAILABLE'] })
  status: string;
  @ApiPropertyOptional({ description: 'The acknowledgement reference, once the workflow completed' })
  reference?: string;
  @ApiPropertyOptional() acknowledgedAt?: string;
}

export class CompetitionResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() organiserOrgUnitId: string;
  @ApiProperty() startDate: string;
  @ApiProperty() endDate: string;
  @ApiProperty({ enum: ['draft', 'filing', 'filed'] }) status: string;
  @ApiProperty() createdAt: string;
  @ApiPropertyOptional({ type: AcknowledgementDto }) acknowledgement?: AcknowledgementDto;
}

export function toCompetitionResponse(c: CompetitionOrmEntity, acknowledgement?: AcknowledgementDto): CompetitionResponseDto {
  return {
    id: c.id,
    name: c.name,
    organiserOrgUnitId: c.organiserOrgUnitId,
    startDate: c.startDate,
    endDate: c.endDate,
    status: c.status,
    createdAt: c.createdAt.toISOString(),
    ...(acknowledgement ? { acknowledgement } : {}),
  };
}
