export * from './access-denial.recorder';
export * from './access.decorators';
export * from './access.guard';
export * from './scope.checker';
