import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { SERVICE_CONFIG } from '@lc/platform';
import { RegistrationConfig } from '../config/registration-config';
import { ChangePasswordHttpController } from './change-password/change-password.http.controller';
import { ChangePasswordService } from './change-password/change-password.service';
import { Authenticator } from './login/authenticator';
import { LoginHttpController } from './login/login.http.controller';
import { LoginService } from './login/login.service';
import { LogoutHttpController } from './logout/logout.http.controller';
import { RefreshHttpController } from './refresh/refresh.http.controller';
import { RefreshService } from './refresh/refresh.service';
import { SessionsModule } from './sessions/sessions.module';

/** Login, refresh, logout and changing one's own password. */
@Module({
  imports: [
    // Attempts per address per minute on the public auth routes, whatever the name: bounds guessing
    // across many names. Named 'default' so that its 429 carries a plain Retry-After header.
    ThrottlerModule.forRootAsync({
      inject: [SERVICE_CONFIG],
      useFactory: (config: RegistrationConfig) => ({
        throttlers: [{ name: 'default', ttl: 60_000, limit: config.LOGIN_RATE_LIMIT_PER_MINUTE }],
        errorMessage: 'too many login attempts from your address; wait a minute and try again',
      }),
    }),
    SessionsModule,
  ],
  controllers: [LoginHttpController, RefreshHttpController, LogoutHttpController, ChangePasswordHttpController],
  providers: [LoginService, Authenticator, RefreshService, ChangePasswordService],
})
export class AuthModule {}
