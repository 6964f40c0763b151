export * from './login-lockout';
export * from './passwords';
export * from './tokens';
