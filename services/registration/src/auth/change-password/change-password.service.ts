import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hashPassword } from '@lc/auth';
import { OrgUnitOrmEntity } from '../../org-units/org-unit.orm-entity';
import { UserOrmEntity } from '../../users/user.orm-entity';
import { Authenticator, LoginAttempt } from '../login/authenticator';
import { SessionEnder } from '../sessions/session-ender';
import { SessionOpener } from '../sessions/session-opener';
import { SessionTokensDto } from '../sessions/session-tokens.dto';
import { PasswordChangedMeanwhile, passwordUnchanged } from '../auth.errors';

/**
 * A user replaces their password, knowing the current one: the temporary one a cadre set (the first
 * login after it) or their own. Checked like a login (same answers, same throttle); every other session
 * of the user ends, and the answer is a new session.
 */
@Injectable()
export class ChangePasswordService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly authenticator: Authenticator,
    private readonly opener: SessionOpener,
    private readonly ender: SessionEnder,
  ) {}

  async execute(attempt: LoginAttempt, newPassword: string): Promise<SessionTokensDto> {
    if (newPassword === attempt.password) throw passwordUnchanged();
    const checked = await this.authenticator.authenticate(attempt, async ({ user }) => user.passwordHash);
    // Hashing takes tens of milliseconds of CPU: outside any transaction.
    const passwordHash = await hashPassword(newPassword);
    const grant = await this.dataSource.transaction(async (tx) => {
      const user = await tx
        .getRepository(UserOrmEntity)
        .createQueryBuilder('u')
        .addSelect('u.passwordHash')
        .where('u.id = (SELECT id FROM users WHERE lower(username) = lower(:username))', { username: attempt.username })
        .setLock('pessimistic_write')
        .getOneOrFail();
      if (user.passwordHash !== checked) throw new PasswordChangedMeanwhile();
      const unit = await tx.findOneByOrFail(OrgUnitOrmEntity, { id: user.orgUnitId });
      const now = new Date();
      await tx.update(
        UserOrmEntity,
        { id: user.id },
        { passwordHash, passwordChangeRequired: false, passwordSetBy: user.id, passwordSetAt: now, updatedAt: now },
      );
      await this.ender.end(tx, { userIds: [user.id] }, 'password-changed', attempt.correlationId);
      await this.authenticator.record(tx, 'user.password-changed', user, unit, attempt.correlationId, user.passwordChangeRequired ? 'replaced the password set by someone else' : null);
      const opened = await this.opener.open(tx, user, unit, now);
      await this.authenticator.record(tx, 'user.logged-in', user, unit, attempt.correlationId, null);
      return opened;
    });
    return this.opener.tokensOf(grant);
  }
}
