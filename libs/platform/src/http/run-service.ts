import { DynamicModule, INestApplication } from '@nestjs/common';
import { z } from 'zod';
import { ConfigError, loadConfig } from '../config/service-config';
import { createServiceApp, ServiceApiDescription } from './bootstrap';

/**
 * Entry point of a service process: validate the environment first (a bad setting stops the process
 * with a message naming it, before anything connects), then build and start the application.
 */
export async function runService<S extends z.ZodType<{ PORT: number; SHUTDOWN_TIMEOUT_MS: number }>>(options: {
  configSchema: S;
  module: (config: z.infer<S>) => DynamicModule;
  api: ServiceApiDescription;
  /** Builds the HTTP application; by default the API service's (validation, docs, security headers). */
  createApp?: (module: DynamicModule, api: ServiceApiDescription) => Promise<INestApplication>;
}): Promise<void> {
  let config: z.infer<S>;
  try {
    config = loadConfig(options.configSchema, process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${options.api.title}: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  try {
    const app = await (options.createApp ?? createServiceApp)(options.module(config), options.api);
    stopOnSignals(app, config.SHUTDOWN_TIMEOUT_MS, options.api.title);
    // The consumers are declared first; they start with the application, once their topics exist.
    await app.startAllMicroservices();
    await app.listen(config.PORT, '0.0.0.0');
  } catch (err) {
    process.stderr.write(`${options.api.title} failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  }
}

/**
 * SIGTERM or SIGINT: an orderly shutdown (see ServiceLifecycle), bounded: a service that has not
 * stopped within the timeout exits anyway, so a deployment is never held up by it. A second signal
 * exits at once.
 */
function stopOnSignals(app: INestApplication, timeoutMs: number, title: string): void {
  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(1);
    stopping = true;
    setTimeout(() => {
      process.stderr.write(`${title}: shutdown did not finish within ${timeoutMs} ms; exiting\n`);
      process.exit(1);
    }, timeoutMs).unref();
    app.close().then(
      () => process.exit(0),
      (err) => {
        process.stderr.write(`${title}: shutdown failed: ${err instanceof Error ? err.stack : String(err)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
