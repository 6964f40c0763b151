import { LogLevel, LogMetadata, Logger as TemporalLogger } from '@temporalio/common';
import { Runtime } from '@temporalio/worker';
import { PinoLogger } from 'nestjs-pino';

/** Sends the Temporal SDK's own log lines into the service's JSON log instead of plain console text. */
class PinoTemporalLogger implements TemporalLogger {
  constructor(private readonly logger: PinoLogger) {}

  log(level: LogLevel, message: string, meta?: LogMetadata): void {
    const fields = { component: 'temporal', ...meta };
    if (level === 'ERROR') this.logger.error(fields, message);
    else if (level === 'WARN') this.logger.warn(fields, message);
    else if (level === 'INFO') this.logger.info(fields, message);
    else this.logger.debug(fields, message);
  }
  trace(message: string, meta?: LogMetadata) { this.log('TRACE', message, meta); }
  debug(message: string, meta?: LogMetadata) { this.log('DEBUG', message, meta); }
  info(message: string, meta?: LogMetadata) { this.log('INFO', message, meta); }
  warn(message: string, meta?: LogMetadata) { this.log('WARN', message, meta); }
  error(message: string, meta?: LogMetadata) { this.log('ERROR', message, meta); }
}

let installed = false;

/** The Temporal runtime is one per process and must be set up before the first worker connects. */
export function installTemporalRuntimeLogger(logger: PinoLogger): void {
  if (installed) return;
  installed = true;
  Runtime.install({ logger: new PinoTemporalLogger(logger) });
}
