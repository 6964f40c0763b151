export * from './publicity-period.messages';
export * from './publicity-period.rules';
export * from './publicity-period.types';
