export * from './login-lockout';
export * from './password-strength';
export * from './passwords';
export * from './refresh-tokens';
export * from './tokens';
