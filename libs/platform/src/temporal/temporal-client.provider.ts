import { Provider } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { SERVICE_CONFIG } from '../config/config.tokens';
import { ServiceConfig } from '../config/service-config';
import { temporalTransactionGuard } from '../database/transaction-guard';
import { TEMPORAL_CLIENT } from './temporal.tokens';

/**
 * A Temporal client whose connection opens on first use, so the service starts while Temporal is down.
 * It refuses calls made inside an open database transaction (see transaction-guard).
 */
export const temporalClientProvider: Provider = {
  provide: TEMPORAL_CLIENT,
  inject: [SERVICE_CONFIG],
  useFactory: (config: ServiceConfig) =>
    new Client({
      connection: Connection.lazy({ address: config.TEMPORAL_ADDRESS }),
      namespace: config.TEMPORAL_NAMESPACE,
      interceptors: { workflow: [temporalTransactionGuard] },
    }),
};
