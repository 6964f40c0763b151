import { Module } from '@nestjs/common';
import { GrantDelegationHttpController } from './commands/grant-delegation/grant-delegation.http.controller';
import { GrantDelegationService } from './commands/grant-delegation/grant-delegation.service';
import { RevokeDelegationHttpController } from './commands/revoke-delegation/revoke-delegation.http.controller';
import { ListDelegationsHttpController } from './queries/list-delegations/list-delegations.http.controller';

/** Delegations of approvals (委托审批), granted once here and held by every service that owns chains. */
@Module({
  controllers: [GrantDelegationHttpController, RevokeDelegationHttpController, ListDelegationsHttpController],
  providers: [GrantDelegationService],
})
export class DelegationsModule {}
