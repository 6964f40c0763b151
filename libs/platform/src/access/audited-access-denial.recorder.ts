import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { afterTransaction } from '../database/transaction-guard';
import { AccessDenial, AccessDenialRecorder } from './access-denial.recorder';

/**
 * Records every 403 in the service's audit trail (DOMAIN §7), in a transaction of its own: the
 * request that was refused changes nothing, but the attempt is kept. A refusal found inside a
 * transaction is written once that transaction has rolled back.
 */
@Injectable()
export class AuditedAccessDenialRecorder extends AccessDenialRecorder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {
    super();
  }

  async record(denial: AccessDenial): Promise<void> {
    const { principal } = denial;
    await afterTransaction(async () => {
      await this.dataSource.transaction((tx) =>
        this.audit.append(tx, {
          actor: { userId: principal.userId, orgUnitId: principal.orgUnitId },
          action: 'access.denied',
          entity: { type: 'http-request', id: `${denial.method} ${denial.path}`, orgUnitId: principal.orgUnitId, orgPath: principal.orgPath },
          after: { roles: principal.roles },
          reason: denial.reason,
          correlationId: denial.correlationId,
        }),
      );
    });
  }
}
