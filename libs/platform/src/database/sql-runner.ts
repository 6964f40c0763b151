import type { EntityManager } from 'typeorm';

/**
 * An EntityManager or a DataSource: anything that runs SQL in the service's schema. Readers take one
 * so that, called inside a transaction, they read through the transaction's own connection.
 */
export type SqlRunner = Pick<EntityManager, 'query'>;
