import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { TokenIssuer } from '@lc/auth';
import { SERVICE_CONFIG } from '@lc/platform';
import { RegistrationConfig } from '../config/registration-config';
import { LoginHttpController } from './login/login.http.controller';
import { LoginService } from './login/login.service';

@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [SERVICE_CONFIG],
      useFactory: (config: RegistrationConfig) => ({
        throttlers: [{ name: 'login', ttl: 60_000, limit: config.LOGIN_RATE_LIMIT_PER_MINUTE }],
        errorMessage: 'too many login attempts from your address; wait a minute and try again',
      }),
    }),
  ],
  controllers: [LoginHttpController],
  providers: [
    LoginService,
    {
      provide: TokenIssuer,
      inject: [SERVICE_CONFIG],
      useFactory: (config: RegistrationConfig) => new TokenIssuer(config.AUTH_PRIVATE_KEY, config.ACCESS_TOKEN_TTL_MINUTES * 60),
    },
  ],
})
export class AuthModule {}
