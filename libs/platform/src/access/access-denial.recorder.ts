import type { Principal } from '@lc/auth';

/**
 * Where a service records denied access (DOMAIN §7: denials are audited too). The service provides
 * an implementation that appends to its audit trail; the guard and the scope checker call it.
 */
export interface AccessDenial {
  principal: Principal;
  method: string;
  path: string;
  reason: string;
  correlationId: string;
}

export abstract class AccessDenialRecorder {
  abstract record(denial: AccessDenial): Promise<void>;
}
