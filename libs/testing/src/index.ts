export * from './free-port';
export * from './infrastructure';
export * from './service-process';
export * from './test-data-source';
export * from './test-database';
export * from './test-topics';
export * from './wait-for';
export * from './platform-env';
