export * from './china-day';
export * from './working-days';
