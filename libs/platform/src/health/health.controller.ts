import { Controller, Get } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../access/access.decorators';
import { HealthCheckDto, HealthIndicatorDto, LivenessDto } from './health.response.dto';
import { BackgroundWorkHealthIndicator, KafkaHealthIndicator, TemporalHealthIndicator } from './infrastructure.health';

/**
 * Probes as Kubernetes expects them: liveness says the process answers (restart it when not);
 * readiness says it can do its work now (send it requests when so).
 */
@ApiTags('health')
@ApiExtraModels(HealthIndicatorDto)
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly postgres: TypeOrmHealthIndicator,
    private readonly kafka: KafkaHealthIndicator,
    private readonly temporal: TemporalHealthIndicator,
    private readonly work: BackgroundWorkHealthIndicator,
  ) {}

  @Get('live')
  @ApiOperation({ operationId: 'checkLiveness', summary: '存活检查', description: 'Liveness: the process runs and answers; depends on nothing else' })
  @ApiOkResponse({ type: LivenessDto })
  live(): LivenessDto {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOkResponse({ type: HealthCheckDto, description: 'Everything is up' })
  @ApiServiceUnavailableResponse({ type: HealthCheckDto, description: 'Something is down, or the service is shutting down: error says what' })
  @ApiOperation({
    operationId: 'checkReadiness',
    summary: '就绪检查',
    description:
      'Readiness: Postgres, Kafka and Temporal answer, and every consumer, relay, worker and the audit sealer runs; 503 otherwise and while shutting down',
  })
  ready() {
    return this.check();
  }

  @Get()
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOkResponse({ type: HealthCheckDto, description: 'Everything is up' })
  @ApiServiceUnavailableResponse({ type: HealthCheckDto, description: 'Something is down, or the service is shutting down: error says what' })
  @ApiOperation({ operationId: 'checkHealth', summary: '健康检查', description: 'The same as /health/ready' })
  readiness() {
    return this.check();
  }

  private check() {
    return this.health.check([
      () => this.work.check('work'),
      () => this.postgres.pingCheck('postgres', { timeout: 2_000 }),
      () => this.kafka.check('kafka'),
      () => this.temporal.check('temporal'),
    ]);
  }
}
