import { DynamicModule, Global, Module } from '@nestjs/common';
import { ApproverDirectory } from '../../approvals/approver-directory';
import { UserDirectory } from '../user-directory';
import { ReadModelApproverDirectory } from './read-model.approver-directory';
import { userDirectoryEventHandlers } from './user-directory-events.handlers';
import { UserDirectoryListeners } from './user-directory-listeners';

/**
 * For every service but registration that needs to know users: its copy of them, kept by its own
 * consumer group, and the ApproverDirectory its approvals resolve deciders with. Global, so that the
 * platform's approvals module finds the directory.
 */
@Global()
@Module({})
export class UserDirectoryReadModelModule {
  static forService(): DynamicModule {
    return {
      module: UserDirectoryReadModelModule,
      controllers: userDirectoryEventHandlers,
      providers: [
        UserDirectory,
        UserDirectoryListeners,
        { provide: ApproverDirectory, useClass: ReadModelApproverDirectory },
      ],
      exports: [UserDirectory, UserDirectoryListeners, ApproverDirectory],
    };
  }
}
