export * from './access-denial.recorder';
export * from './access.decorators';
export * from './access.errors';
export * from './access.guard';
export * from './audited-access-denial.recorder';
export * from './caller';
export * from './scope.checker';
export * from './pseudonymous-paths';
