export * from './domain-error';
export * from './error-response';
export * from './error-response.filter';
export * from './http-refusals.zh';
export * from './validation-failed';
export * from './validation-messages.zh';
