import { DynamicModule, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { requestLoggerModule } from '@lc/platform';
import { CaseFileClient } from './case-files/case-file.client';
import { GetCaseFileHttpController } from './case-files/queries/get-case-file/get-case-file.http.controller';
import { CONSOLE_CONFIG } from './config/console-config.token';
import type { ConsoleConfig } from './config/console-config';
import { ConsoleHealthHttpController } from './health/console-health.http.controller';
import { ServiceProxyHttpController } from './proxy/service-proxy.http.controller';
import { UpstreamForwarder } from './proxy/upstream-forwarder';
import { ChangePasswordHttpController } from './session/commands/change-password/change-password.http.controller';
import { LogInHttpController } from './session/commands/log-in/log-in.http.controller';
import { LogOutHttpController } from './session/commands/log-out/log-out.http.controller';
import { CsrfGuard } from './session/csrf.guard';
import { CurrentSession } from './session/current-session';
import { GetSessionHttpController } from './session/queries/get-session/get-session.http.controller';
import { RegistrationAuthClient } from './session/registration-auth.client';
import { SessionCookies } from './session/session-cookies';
import { SessionRefresher } from './session/session-refresher';
import { SessionJsonBodyMiddleware } from './session/session-json-body';
import { SessionStart } from './session/session-start';
import { StaticAppMiddleware } from './static-app/static-app';

export const CONSOLE_API = {
  title: 'Console (管理端)',
  description: "The web console's one origin: its session (cookie, CSRF), the four services behind /api/<service>/, and the web app.",
};

/**
 * The console: no database, broker or workflows. The session routes before the proxy's, so that
 * /api/session is never read as a service's name.
 */
@Module({})
export class ConsoleModule implements NestModule {
  static forRoot(config: ConsoleConfig): DynamicModule {
    return {
      module: ConsoleModule,
      imports: [
        // Anything under hazard-reward may name a report, and so its reporter: logged without ids, as that service logs it.
        requestLoggerModule({ service: 'console', level: config.LOG_LEVEL, pseudonymousPaths: [/^\/api\/hazard-reward(\/|$)/, /^\/api\/case-files\/hazard-/] }),
      ],
      controllers: [
        ConsoleHealthHttpController,
        LogInHttpController,
        ChangePasswordHttpController,
        LogOutHttpController,
        GetSessionHttpController,
        // Before the proxy's, so that /api/case-files is never read as a service's name.
        GetCaseFileHttpController,
        ServiceProxyHttpController,
      ],
      providers: [
        { provide: CONSOLE_CONFIG, useValue: config },
        SessionCookies,
        RegistrationAuthClient,
        SessionRefresher,
        CurrentSession,
        SessionStart,
        UpstreamForwarder,
        CaseFileClient,
        { provide: APP_GUARD, useClass: CsrfGuard },
      ],
    };
  }

  /** After the request logger (an imported module's middleware comes first), so these answers are logged too. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionJsonBodyMiddleware).forRoutes({ path: 'api/session{/*path}', method: RequestMethod.POST });
    consumer.apply(StaticAppMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.GET }, { path: '{*path}', method: RequestMethod.HEAD });
  }
}
