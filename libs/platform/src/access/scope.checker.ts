import { ForbiddenException, Injectable } from '@nestjs/common';
import type { Principal } from '@lc/auth';
import { decideScope, ScopeAction, ScopeTarget } from '@lc/org';
import { AccessDenialRecorder } from './access-denial.recorder';

/** The org-scope check of DOMAIN §1 for a use case that knows its target; denials are 403 and recorded. */
@Injectable()
export class ScopeChecker {
  constructor(private readonly denials: AccessDenialRecorder) {}

  async assert(
    principal: Principal,
    action: ScopeAction,
    target: ScopeTarget,
    request: { method: string; path: string; correlationId: string },
  ): Promise<void> {
    const decision = decideScope({ actor: principal, action, target });
    if (decision.allowed) return;
    await this.denials.record({ principal, ...request, reason: decision.reason });
    throw new ForbiddenException(decision.reason);
  }
}
