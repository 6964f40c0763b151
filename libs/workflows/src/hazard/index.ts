export * from './rectification-timer.messages';
export * from './rectification-timer.rules';
export * from './rectification-timer.types';
export * from './reward-payment.types';
