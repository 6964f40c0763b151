import { Module } from '@nestjs/common';
import { GrantDelegationHttpController } from './commands/grant-delegation/grant-delegation.http.controller';
import { GrantDelegationService } from './commands/grant-delegation/grant-delegation.service';
import { RevokeDelegationHttpController } from './commands/revoke-delegation/revoke-delegation.http.controller';
import { ListDelegationsHttpController } from './queries/list-delegations/list-delegations.http.controller';
import { UsersModule } from '../users/users.module';
import { DelegationRepository } from './delegation.repository';
import { DelegationQueries } from './delegations.queries';

/** Delegations of approvals (委托审批), granted once here and held by every service that owns chains. */
@Module({
  imports: [UsersModule],
  controllers: [GrantDelegationHttpController, RevokeDelegationHttpController, ListDelegationsHttpController],
  providers: [GrantDelegationService, DelegationRepository, DelegationQueries],
})
export class DelegationsModule {}
