import { DynamicModule, Global, Module, Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { TokenVerifier } from '@lc/auth';
import { CommitDoorbell, OutboxPublisher, createKafka } from '@lc/messaging';
import { AccessDenialRecorder } from './access/access-denial.recorder';
import { AccessGuard } from './access/access.guard';
import { AuditedAccessDenialRecorder } from './access/audited-access-denial.recorder';
import { PSEUDONYMOUS_PATHS } from './access/pseudonymous-paths';
import { ScopeChecker } from './access/scope.checker';
import { AuditSealerHost } from './audit/audit-sealer.host';
import { AuditHttpController } from './audit/audit.http.controller';
import { SERVICE_CONFIG } from './config/config.tokens';
import { requestLoggerModule } from './http/request-logging';
import { ServiceConfig } from './config/service-config';
import { ensureSchema, ServiceDatabaseOptions, serviceDataSourceOptions } from './database/database';
import { guardTransactions } from './database/transaction-guard';
import { HealthController } from './health/health.controller';
import { BackgroundWorkHealthIndicator, KafkaHealthIndicator, TemporalHealthIndicator } from './health/infrastructure.health';
import { ServiceLifecycle } from './lifecycle/service-lifecycle';
import { MessagingHost } from './messaging/messaging-host.service';
import { InboxTransport } from './messaging/inbox.transport';
import { KAFKA, OUTBOX_DOORBELL, SERVICE_NAME } from './messaging/messaging.tokens';
import { OrgTreeReadModel1732300000060 } from './org-tree/read-model/org-tree-read-model.migration';
import { OrgPathColumn } from './org-tree/read-model/moved-path-rebaser';
import { OrgTreeReadModelModule } from './org-tree/read-model/org-tree-read-model.module';
import { ParticipationCompetitions1766000000090 } from './participation/participation-competitions.migration';
import { ParticipationOrganiser1732300000085 } from './participation/participation-organiser.migration';
import { ParticipationReadModel1732300000080 } from './participation/participation-read-model.migration';
import { participationOrgPathColumns, ParticipationReadModelModule } from './participation/participation-read-model.module';
import { temporalClientProvider } from './temporal/temporal-client.provider';
import { TemporalWorkerHost } from './temporal/temporal-worker.host';
import { WORKFLOW_OUTBOX_DOORBELL } from './temporal/temporal.tokens';
import { WorkflowOutbox } from './temporal/workflow-outbox/workflow-outbox';
import { WorkflowOutboxRelayHost } from './temporal/workflow-outbox/workflow-outbox-relay.host';
import { RevokedSessions1732300000095 } from './sessions/revoked-sessions.migration';
import { SessionRevocationModule } from './sessions/session-revocation.module';
import { UserDirectoryReadModel1732300000090 } from './users/read-model/user-directory-read-model.migration';
import { UserDirectoryReadModelModule } from './users/read-model/user-directory-read-model.module';
import { AuditedCommand } from './database/audited-command';

export interface PlatformOptions {
  /** The service's name: logs, Kafka client id, event producer. */
  service: string;
  /** The Postgres schema the service owns. */
  schema: string;
  config: ServiceConfig;
  entities: ServiceDatabaseOptions['entities'];
  migrations: ServiceDatabaseOptions['migrations'];
  /**
   * 'owner': the service keeps the org tree itself (registration) and provides OrgDirectory.
   * 'read-model': the service keeps a copy of the tree from org-unit events; the platform provides it.
   */
  orgTree: 'owner' | 'read-model';
  /** Keep a copy of who takes part in which competition (assessment, awards). */
  readsParticipation?: boolean;
  /**
   * Keep a copy of registration's users, from user.* events: the platform then provides UserDirectory
   * and the ApproverDirectory the service's approvals resolve deciders with. Needs orgTree 'read-model'
   * (a unit's deciders are only those of an active unit); registration owns the users and never reads them.
   */
  readsUsers?: boolean;
  /**
   * Routes whose ids could tie a person to a record they made (hazard-reward's reports): access-denied
   * entries and request log lines of these keep the route without ids (see pseudonymous-paths.ts).
   */
  pseudonymousPaths?: RegExp[];
  /**
   * With orgTree 'read-model': the service's columns that store org paths copied at write time; they
   * are rebased in the same transaction as the copy of the tree when a subtree moves, so scope follows
   * the tree. The platform adds its own (the participation copy's paths); approvals register theirs.
   */
  orgPathColumns?: readonly OrgPathColumn[];
}

/** Refuses options that cannot work together, before anything starts. */
function assertConsistent(options: PlatformOptions): void {
  if (options.readsParticipation && options.orgTree !== 'read-model') {
    throw new Error(
      `readsParticipation: ${options.service} has orgTree '${options.orgTree}', but the participation read model needs orgTree 'read-model' ` +
        '(enrolled units take their paths from the copy of the tree)',
    );
  }
  if (options.readsUsers && options.orgTree !== 'read-model') {
    throw new Error(
      `readsUsers: ${options.service} has orgTree '${options.orgTree}', but the users read model needs orgTree 'read-model' ` +
        '(its approver directory joins the copy of the tree to leave out deactivated units)',
    );
  }
}

/**
 * What every service stands on: validated config, JSON logs, its database schema with migrations
 * (transactions guarded: they wait on nothing but their own connection), Kafka with the outbox relay
 * and inbox consumers, a Temporal client and worker host, the workflow outbox, liveness and readiness,
 * an orderly shutdown, access control (a token on every route but public ones, scope checks, denials
 * audited, tokens of ended sessions refused), the audit trail with its sealer and endpoints, the org tree (or the service's copy of it), and when asked, copies of who
 * takes part in competitions and of the users.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    assertConsistent(options);
    const { config } = options;
    // Writers ring these inside their transactions; after commit they wake this process's relays.
    const outboxDoorbell = new CommitDoorbell('outbox');
    const workflowOutboxDoorbell = new CommitDoorbell('workflow-outbox');
    const providers: Provider[] = [
      { provide: SERVICE_CONFIG, useValue: config },
      {
        provide: KAFKA,
        inject: [PinoLogger],
        useFactory: (logger: PinoLogger) =>
          createKafka({ clientId: options.service, brokers: config.KAFKA_BROKERS }, logger),
      },
      { provide: OUTBOX_DOORBELL, useValue: outboxDoorbell },
      { provide: WORKFLOW_OUTBOX_DOORBELL, useValue: workflowOutboxDoorbell },
      { provide: OutboxPublisher, useValue: new OutboxPublisher(options.service, config.KAFKA_TOPIC_PREFIX, outboxDoorbell) },
      temporalClientProvider,
      { provide: SERVICE_NAME, useValue: options.service },
      MessagingHost,
      InboxTransport,
      TemporalWorkerHost,
      WorkflowOutbox,
      WorkflowOutboxRelayHost,
      AuditSealerHost,
      ServiceLifecycle,
      KafkaHealthIndicator,
      TemporalHealthIndicator,
      BackgroundWorkHealthIndicator,
      { provide: TokenVerifier, useValue: new TokenVerifier(config.AUTH_PUBLIC_KEY) },
      { provide: AuditTrail, useValue: new AuditTrail() },
      { provide: PSEUDONYMOUS_PATHS, useValue: options.pseudonymousPaths ?? [] },
      { provide: AccessDenialRecorder, useClass: AuditedAccessDenialRecorder },
      ScopeChecker,
      AuditedCommand,
      { provide: APP_GUARD, useClass: AccessGuard },
    ];
    const readsOrgTree = options.orgTree === 'read-model';
    return {
      module: PlatformModule,
      imports: [
        requestLoggerModule({ service: options.service, level: config.LOG_LEVEL, pseudonymousPaths: options.pseudonymousPaths }),
        TypeOrmModule.forRootAsync({
          useFactory: () =>
            serviceDataSourceOptions({
              url: config.DATABASE_URL,
              schema: options.schema,
              applicationName: options.service,
              poolSize: config.DB_POOL_SIZE,
              timeouts: {
                statementMs: config.DB_STATEMENT_TIMEOUT_MS,
                lockMs: config.DB_LOCK_TIMEOUT_MS,
                idleInTransactionMs: config.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
                connectMs: config.DB_CONNECT_TIMEOUT_MS,
              },
              entities: options.entities,
              migrations: [
                ...(readsOrgTree ? [OrgTreeReadModel1732300000060] : []),
                ...(options.readsParticipation ? [ParticipationReadModel1732300000080, ParticipationOrganiser1732300000085, ParticipationCompetitions1766000000090] : []),
                ...(options.readsUsers ? [UserDirectoryReadModel1732300000090] : []),
                RevokedSessions1732300000095,
                ...options.migrations,
              ],
            }),
          dataSourceFactory: async (dataSourceOptions) => {
            await ensureSchema(config.DATABASE_URL, options.schema);
            if (!dataSourceOptions) throw new Error('no data source options');
            const dataSource = guardTransactions(await new DataSource(dataSourceOptions).initialize());
            outboxDoorbell.attachTo(dataSource);
            workflowOutboxDoorbell.attachTo(dataSource);
            return dataSource;
          },
        }),
        // A failed readiness check is expected while starting or shutting down; its response says why.
        TerminusModule.forRoot({ logger: false }),
        ...(readsOrgTree
          ? [
              OrgTreeReadModelModule.forService([
                ...(options.readsParticipation ? participationOrgPathColumns : []),
                ...(options.orgPathColumns ?? []),
              ]),
            ]
          : []),
        ...(options.readsParticipation ? [ParticipationReadModelModule.forService()] : []),
        ...(options.readsUsers ? [UserDirectoryReadModelModule.forService()] : []),
        // Every service refuses the access tokens of sessions registration has ended.
        SessionRevocationModule.forService(),
      ],
      controllers: [HealthController, AuditHttpController],
      providers,
      exports: [
        SERVICE_CONFIG,
        KAFKA,
        OutboxPublisher,
        temporalClientProvider,
        MessagingHost,
        InboxTransport,
        TemporalWorkerHost,
        WorkflowOutbox,
        AuditTrail,
        AccessDenialRecorder,
        ScopeChecker,
        AuditedCommand,
      ],
    };
  }
}
