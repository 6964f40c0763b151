import { Injectable } from '@nestjs/common';
import { decideScope, ScopeAction, ScopeTarget, sharesLineage, unitIdOfPath } from '@lc/org';
import { AccessDenialRecorder } from './access-denial.recorder';
import { NotInLineOfOrganiser, OutOfScope } from './access.errors';
import { Caller } from './caller';

/** The org-scope check of DOMAIN §1 for a use case that knows its target; denials are 403 and recorded. */
@Injectable()
export class ScopeChecker {
  constructor(private readonly denials: AccessDenialRecorder) {}

  async assert(caller: Caller, action: ScopeAction, target: ScopeTarget): Promise<void> {
    const decision = decideScope({ actor: caller.principal, action, target });
    if (decision.allowed) return;
    await this.denials.record({ ...caller, reason: decision.reason });
    throw new OutOfScope(decision.reason);
  }

  /**
   * For what a unit organises for everyone under it (a competition): seen by the units under the
   * organiser, which take part, and by the unions above it, which oversee it; not by other branches.
   */
  async assertInLineOf(caller: Caller, organiserPath: string, what: string): Promise<void> {
    if (sharesLineage(caller.principal.orgPath, organiserPath)) return;
    const refusal = new NotInLineOfOrganiser(what, unitIdOfPath(organiserPath), caller.principal.orgUnitId);
    await this.denials.record({ ...caller, reason: refusal.message });
    throw refusal;
  }
}
