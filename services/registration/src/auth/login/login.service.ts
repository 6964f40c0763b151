import { Injectable } from '@nestjs/common';
import { isUUID as isUuid } from 'class-validator';
import { EntityManager } from 'typeorm';
import { OrgUnitOrmEntity } from '../../org-units/org-unit.orm-entity';
import { UserOrmEntity } from '../../users/user.orm-entity';
import { SessionOpener } from '../sessions/session-opener';
import { SessionTokensDto } from '../sessions/session-tokens.dto';
import { Authenticator, LoginAttempt } from './authenticator';
import { PasswordChangeRequiredDto } from './password-change-required.dto';

/**
 * Logs a user in: with the right password, a new session and its tokens; unless the password was set
 * by someone else, when the user must first choose their own (POST /auth/password) and is told who
 * set it and when, with no token that works anywhere.
 */
@Injectable()
export class LoginService {
  constructor(
    private readonly authenticator: Authenticator,
    private readonly sessions: SessionOpener,
  ) {}

  async login(attempt: LoginAttempt): Promise<SessionTokensDto | PasswordChangeRequiredDto> {
    const outcome = await this.authenticator.authenticate(attempt, async ({ user, unit, tx }) => {
      if (user.passwordChangeRequired) {
        await this.authenticator.record(tx, 'user.login-password-change-required', user, unit, attempt.correlationId, null);
        return { changeRequired: await passwordChangeRequired(tx, user), grant: null };
      }
      const grant = await this.sessions.open(tx, user, unit);
      await this.authenticator.record(tx, 'user.logged-in', user, unit, attempt.correlationId, null);
      return { changeRequired: null, grant };
    });
    return outcome.grant ? this.sessions.tokensOf(outcome.grant) : (outcome.changeRequired as PasswordChangeRequiredDto);
  }
}

/** What the user is told when they must replace a password someone else set. */
async function passwordChangeRequired(tx: EntityManager, user: UserOrmEntity): Promise<PasswordChangeRequiredDto> {
  const setter = user.passwordSetBy && isUuid(user.passwordSetBy) ? await tx.findOneBy(UserOrmEntity, { id: user.passwordSetBy }) : null;
  const setterUnit = setter ? await tx.findOneBy(OrgUnitOrmEntity, { id: setter.orgUnitId }) : null;
  return {
    passwordChangeRequired: true,
    message: 'your password was set by someone else: choose your own with POST /auth/password before anything else',
    setBy: setter ? { displayName: setter.displayName, orgUnitName: setterUnit?.name ?? setter.orgUnitId } : null,
    setAt: user.passwordSetAt?.toISOString() ?? null,
  };
}
