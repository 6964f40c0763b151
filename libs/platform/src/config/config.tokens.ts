/** Injection token of the validated ServiceConfig (or a service's extension of it). */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
