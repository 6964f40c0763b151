import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionsModule } from '../auth/sessions/sessions.module';
import { ChangeRolesHttpController } from './commands/change-roles/change-roles.http.controller';
import { DeactivateUserHttpController } from './commands/deactivate-user/deactivate-user.http.controller';
import { CreateUserHttpController } from './commands/create-user/create-user.http.controller';
import { CreateUserService } from './commands/create-user/create-user.service';
import { ImportWorkersHttpController } from './commands/import-workers/import-workers.http.controller';
import { ImportWorkersService } from './commands/import-workers/import-workers.service';
import { SetPasswordHttpController } from './commands/set-password/set-password.http.controller';
import { UnlockUserHttpController } from './commands/unlock-user/unlock-user.http.controller';
import { GetMeHttpController } from './queries/get-me/get-me.http.controller';
import { ListUsersHttpController } from './queries/list-users/list-users.http.controller';
import { UserAccountChanges } from './user-account.service';
import { UserOrmEntity } from './user.orm-entity';
import { UserRegistrar } from './user-registrar';
import { UserRepository } from './user.repository';

@Module({
  imports: [TypeOrmModule.forFeature([UserOrmEntity]), SessionsModule],
  // GetMe before the routes with ':id', so that 'me' is never read as an id.
  controllers: [
    GetMeHttpController,
    ListUsersHttpController,
    CreateUserHttpController,
    ImportWorkersHttpController,
    SetPasswordHttpController,
    UnlockUserHttpController,
    DeactivateUserHttpController,
    ChangeRolesHttpController,
  ],
  providers: [UserRepository, UserRegistrar, UserAccountChanges, CreateUserService, ImportWorkersService],
  exports: [UserRepository, UserRegistrar],
})
export class UsersModule {}
