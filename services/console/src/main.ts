import 'reflect-metadata';
import { runService } from '@lc/platform';
import { createConsoleApp } from './console-app';
import { CONSOLE_API, ConsoleModule } from './console.module';
import { consoleConfigSchema } from './config/console-config';

void runService({ configSchema: consoleConfigSchema, module: ConsoleModule.forRoot, api: CONSOLE_API, createApp: createConsoleApp });
