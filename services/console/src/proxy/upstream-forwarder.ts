import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Agent as HttpAgent, IncomingMessage, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { pipeline } from 'node:stream';
import { consoleErrorBody } from '../errors/console-error';
import { forwardedRequestHeaders, forwardedResponseHeaders } from './forwarded-headers';

export type ForwardOutcome = 'answered' | 'unauthorised';

/** A service that sends no headers in this long has failed; a long download once started is not cut. */
const HEADERS_TIMEOUT_MS = 120_000;

/**
 * Sends the browser's request on to a service and its answer back, both bodies streamed as they come
 * (uploads of spreadsheets and photos up, XLSX, CSV and PDF downloads down): nothing is buffered or
 * parsed. A 401 from the service is not passed on: the caller ends the browser's session instead.
 */
@Injectable()
export class UpstreamForwarder implements OnApplicationShutdown {
  private readonly httpAgent = new HttpAgent({ keepAlive: true });
  private readonly httpsAgent = new HttpsAgent({ keepAlive: true });

  forward(req: Request, res: Response, target: URL, accessToken: string, correlationId: string): Promise<ForwardOutcome> {
    return new Promise<ForwardOutcome>((resolve) => {
      const secure = target.protocol === 'https:';
      const upstream = (secure ? httpsRequest : httpRequest)(target, {
        method: req.method,
        headers: forwardedRequestHeaders(req.headers, accessToken, correlationId),
        agent: secure ? this.httpsAgent : this.httpAgent,
        timeout: HEADERS_TIMEOUT_MS,
      });
      let settled = false;
      const settle = (outcome: ForwardOutcome) => {
        if (settled) return;
        settled = true;
        resolve(outcome);
      };
      const fail = () => {
        if (!res.headersSent) res.status(502).json(consoleErrorBody('service-unavailable'));
        else res.destroy();
        settle('answered');
      };

      upstream.on('timeout', () => upstream.destroy(new Error('the service sent no answer in time')));
      upstream.on('response', (answer: IncomingMessage) => {
        upstream.setTimeout(0);
        const status = answer.statusCode ?? 502;
        if (status === 401) {
          answer.resume();
          settle('unauthorised');
          return;
        }
        res.writeHead(status, forwardedResponseHeaders(answer.headers));
        pipeline(answer, res, () => settle('answered'));
      });
      // A browser that goes away mid-way stops the service's work on it too.
      res.on('close', () => {
        if (!res.writableFinished) upstream.destroy();
      });
      req.on('error', () => upstream.destroy());
      req.pipe(upstream);
      // The service may answer (413, 403) before the whole upload is sent and close its side: the rest
      // the browser sends is read and dropped, so that the browser gets that answer rather than a reset.
      upstream.on('error', () => {
        req.unpipe(upstream);
        req.resume();
        if (!settled) fail();
      });
    });
  }

  onApplicationShutdown(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }
}
