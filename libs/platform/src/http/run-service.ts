import { DynamicModule } from '@nestjs/common';
import { z } from 'zod';
import { ConfigError, loadConfig } from '../config/service-config';
import { createServiceApp, ServiceApiDescription } from './bootstrap';

/**
 * Entry point of a service process: validate the environment first (a bad setting stops the process
 * with a message naming it, before anything connects), then build and start the application.
 */
export async function runService<S extends z.ZodType<{ PORT: number }>>(options: {
  configSchema: S;
  module: (config: z.infer<S>) => DynamicModule;
  api: ServiceApiDescription;
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
    const app = await createServiceApp(options.module(config), options.api);
    await app.listen(config.PORT, '0.0.0.0');
  } catch (err) {
    process.stderr.write(`${options.api.title} failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  }
}
