// Readiness check for the local Kafka broker started by infra.sh, using the repo's own kafkajs
// (the client the services use): "ready" means a metadata request succeeds and the broker is
// registered in the cluster, so producers and consumers can connect right away.
//
//   node kafka-ready.mjs <host:port>   exit 0 = ready, 1 = not (reason on stderr)
import { Kafka, logLevel } from 'kafkajs';

const broker = process.argv[2] ?? `127.0.0.1:${process.env.LC_KAFKA_PORT ?? 19092}`;
const kafka = new Kafka({
  clientId: 'lc-infra-ready',
  brokers: [broker],
  logLevel: logLevel.NOTHING, // the caller retries; kafkajs' own retry logs would only be noise
  connectionTimeout: 3000,
  requestTimeout: 5000,
  retry: { retries: 0 },
});
const admin = kafka.admin();

try {
  await admin.connect();
  const cluster = await admin.describeCluster();
  if (!cluster.brokers.length || cluster.controller == null) {
    throw new Error('no broker or controller registered yet');
  }
  const topics = await admin.listTopics();
  console.log(`Kafka cluster ${cluster.clusterId}: ${cluster.brokers.length} broker(s), ${topics.length} topic(s)`);
} catch (err) {
  console.error(`kafka not ready on ${broker}: ${err.message}`);
  process.exitCode = 1;
} finally {
  await admin.disconnect().catch(() => {});
}
