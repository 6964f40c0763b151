import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { afterTransaction } from '../database/transaction-guard';
import { AccessDenial, AccessDenialRecorder } from './access-denial.recorder';
import { keptPath, PSEUDONYMOUS_PATHS } from './pseudonymous-paths';

/**
 * Records every 403 in the service's audit trail (DOMAIN §7), in a transaction of its own: the
 * request that was refused changes nothing, but the attempt is kept. A refusal found inside a
 * transaction is written once that transaction has rolled back. On the service's pseudonymous routes
 * (PlatformOptions.pseudonymousPaths) the entry keeps the route without its ids and gets a correlation
 * id of its own, so that neither the entry nor the request's log line ties the person to the record.
 */
@Injectable()
export class AuditedAccessDenialRecorder extends AccessDenialRecorder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    @Optional() @Inject(PSEUDONYMOUS_PATHS) private readonly pseudonymous: readonly RegExp[] = [],
  ) {
    super();
  }

  async record(denial: AccessDenial): Promise<void> {
    const { principal } = denial;
    const { path, pseudonymised } = keptPath(denial.path, this.pseudonymous ?? []);
    await afterTransaction(async () => {
      await this.dataSource.transaction((tx) =>
        this.audit.append(tx, {
          actor: { userId: principal.userId, orgUnitId: principal.orgUnitId },
          action: 'access.denied',
          entity: { type: 'http-request', id: `${denial.method} ${path}`, orgUnitId: principal.orgUnitId, orgPath: principal.orgPath },
          after: pseudonymised ? { roles: principal.roles, pseudonymised } : { roles: principal.roles },
          reason: denial.reason,
          correlationId: pseudonymised ? randomUUID() : denial.correlationId,
        }),
      );
    });
  }
}
