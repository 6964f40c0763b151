import { Module } from '@nestjs/common';
import { TokenIssuer } from '@lc/auth';
import { SERVICE_CONFIG } from '@lc/platform';
import { RegistrationConfig } from '../../config/registration-config';
import { LoginThrottle } from './login-throttle';
import { LoginThrottleRepository } from './login-throttle.repository';
import { SessionEnder } from './session-ender';
import { SessionOpener } from './session-opener';
import { SessionRepository } from './session.repository';

/** Login sessions, their ends and the login throttle: for the auth routes and for the user and unit changes that end sessions. */
@Module({
  providers: [
    SessionRepository,
    SessionEnder,
    SessionOpener,
    LoginThrottle,
    LoginThrottleRepository,
    {
      provide: TokenIssuer,
      inject: [SERVICE_CONFIG],
      useFactory: (config: RegistrationConfig) => new TokenIssuer(config.AUTH_PRIVATE_KEY, config.ACCESS_TOKEN_TTL_MINUTES * 60),
    },
  ],
  exports: [SessionRepository, SessionEnder, SessionOpener, LoginThrottle],
})
export class SessionsModule {}
