export * from './user-directory';
export * from './read-model/read-model.approver-directory';
export * from './read-model/user-directory-events.handlers';
export * from './read-model/user-directory-listeners';
export * from './read-model/user-directory-read-model.migration';
export * from './read-model/user-directory-read-model.module';
