import { All, Controller, Inject, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CorrelationId } from '@lc/platform';
import { CONSOLE_CONFIG } from '../config/console-config.token';
import type { ConsoleConfig } from '../config/console-config';
import { ConsoleError } from '../errors/console-error';
import { CurrentSession } from '../session/current-session';
import { forwardedPath, serviceUrlOf } from './proxied-services';
import { UpstreamForwarder } from './upstream-forwarder';

@ApiTags('proxy')
@Controller('api')
export class ServiceProxyHttpController {
  constructor(
    @Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig,
    private readonly current: CurrentSession,
    private readonly forwarder: UpstreamForwarder,
  ) {}

  /** /api/<service>/<path>?<query> → <service's URL>/<path>?<query>, as the session's user. */
  @All(':service{/*path}')
  @ApiOperation({
    operationId: 'callService',
    summary: '代理调用业务服务',
    description: "Forwards to registration, hazard-reward, assessment or awards with the session's access token, bodies streamed both ways; 401 session-required without a session or when the service refuses it.",
  })
  async forward(@Req() req: Request, @Res() res: Response, @CorrelationId() correlationId: string): Promise<void> {
    const service = String(req.params.service);
    const base = serviceUrlOf(this.config, service);
    const path = base === null ? null : forwardedPath(req.originalUrl, service);
    if (base === null || path === null) throw new ConsoleError('not-found');
    const session = await this.current.require(req, res, correlationId);
    const outcome = await this.forwarder.forward(req, res, new URL(`${base}${path}`), session.accessToken, correlationId);
    // The service refused a token this console just checked: the session was ended elsewhere.
    if (outcome === 'unauthorised') this.current.ended(res);
  }
}
