import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class ConsumerStateDto {
  @ApiProperty() group: string;
  @ApiProperty({ example: 'running' }) state: string;
}

class WorkerStateDto {
  @ApiProperty() taskQueue: string;
  @ApiProperty({ example: 'RUNNING' }) state: string;
}

class WorkLoopStateDto {
  @ApiProperty({ example: 'outbox-relay' }) name: string;
  @ApiProperty() running: boolean;
  @ApiProperty({ type: 'integer', description: 'Rounds failed in a row' }) failures: number;
  @ApiPropertyOptional() lastError?: string;
  @ApiPropertyOptional({ description: 'Relays: whether this instance is the one relaying' }) leading?: boolean;
}

/**
 * What one check reports: up or down, why when down, and what it saw. Each check fills its own fields:
 * kafka its brokers, temporal the server's version, work (the background work) its consumers, workers
 * and loops.
 */
export class HealthIndicatorDto {
  @ApiProperty({ enum: ['up', 'down'] }) status: string;
  @ApiPropertyOptional({ description: 'Why it is down' }) message?: string;
  @ApiPropertyOptional({ type: 'integer', description: 'kafka: brokers in the cluster' }) brokers?: number;
  @ApiPropertyOptional({ description: 'temporal: the server version' }) serverVersion?: string;
  @ApiPropertyOptional({ type: [String], description: 'work: what of the background work does not run' }) problems?: string[];
  @ApiPropertyOptional({ type: [ConsumerStateDto], description: 'work: the Kafka consumer groups' }) consumers?: ConsumerStateDto[];
  @ApiPropertyOptional({ type: [WorkerStateDto], description: 'work: the Temporal workers' }) workers?: WorkerStateDto[];
  @ApiPropertyOptional({ type: WorkLoopStateDto, description: 'work: the outbox relay' }) outbox?: WorkLoopStateDto;
  @ApiPropertyOptional({ type: WorkLoopStateDto, description: 'work: the workflow outbox relay' }) workflowOutbox?: WorkLoopStateDto;
  @ApiPropertyOptional({ type: WorkLoopStateDto, description: 'work: the audit sealer' }) auditSealer?: WorkLoopStateDto;
}

const byCheck = { type: 'object', additionalProperties: { $ref: '#/components/schemas/HealthIndicatorDto' } } as const;

/** The answer of a readiness check, 200 when everything is up and 503 otherwise (the same shape). */
export class HealthCheckDto {
  @ApiProperty({ enum: ['ok', 'error', 'shutting_down'] }) status: string;
  @ApiPropertyOptional({ ...byCheck, description: 'The checks that are up, by name (work, postgres, kafka, temporal)' }) info?: Record<string, HealthIndicatorDto>;
  @ApiPropertyOptional({ ...byCheck, description: 'The checks that are down, by name' }) error?: Record<string, HealthIndicatorDto>;
  @ApiProperty({ ...byCheck, description: 'Every check, by name' }) details: Record<string, HealthIndicatorDto>;
}

export class LivenessDto {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
}
