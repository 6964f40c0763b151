import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CONSOLE_CONFIG } from '../config/console-config.token';
import type { ConsoleConfig } from '../config/console-config';

const CHECK_TIMEOUT_MS = 2_000;

/**
 * Probes as the services have them. The console is ready when registration answers: without it nobody
 * logs in, and a page of the app can still load when another service is down.
 */
@ApiTags('health')
@Controller('health')
export class ConsoleHealthHttpController {
  constructor(@Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig) {}

  @Get('live')
  @ApiOperation({ operationId: 'checkLiveness', summary: '存活检查', description: 'Liveness: the process runs and answers; depends on nothing else' })
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ operationId: 'checkReadiness', summary: '就绪检查', description: 'Readiness: registration answers its liveness probe; 503 otherwise' })
  ready(@Res() res: Response) {
    return this.check(res);
  }

  @Get()
  @ApiOperation({ operationId: 'checkHealth', summary: '健康检查', description: 'The same as /health/ready' })
  health(@Res() res: Response) {
    return this.check(res);
  }

  private async check(res: Response): Promise<void> {
    try {
      const answer = await fetch(`${this.config.REGISTRATION_URL}/health/live`, { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
      if (!answer.ok) throw new Error(`registration answered ${answer.status}`);
      res.status(200).json({ status: 'ok', info: { registration: { status: 'up' } } });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      res.status(503).json({ status: 'error', error: { registration: { status: 'down', message } } });
    }
  }
}
