import { generateSigningKeyPair } from '@lc/auth';
import { spawnService } from '@lc/testing';

const SERVICES = ['registration', 'hazard-reward', 'assessment', 'awards'];

describe('service configuration at start', () => {
  it.each(SERVICES)('%s refuses to start on a malformed or missing setting, naming each one', async (name) => {
    const { output, exited, process: child } = spawnService(name, {
      PORT: 'eighty',
      DATABASE_URL: 'postgres://lc:lc@127.0.0.1:54329/lc',
      TEMPORAL_ADDRESS: '127.0.0.1:7233',
      LOG_LEVEL: 'loud',
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    const code = await exited;
    clearTimeout(timer);
    expect(code).toBe(1);
    expect(output()).toContain('Invalid configuration:');
    expect(output()).toContain('PORT: must be a whole number between 1 and 65535');
    expect(output()).toContain('KAFKA_BROKERS: is required but not set');
    expect(output()).toMatch(/LOG_LEVEL: Invalid option/);
    expect(output()).toContain('AUTH_PUBLIC_KEY: is required but not set');
    if (name === 'registration') expect(output()).toContain('AUTH_PRIVATE_KEY: is required but not set');
    if (name === 'hazard-reward') expect(output()).toContain('REPORTER_TAG_KEY: is required but not set');
  });

  it('registration refuses a private key that does not belong to the public key every service verifies with', async () => {
    const { output, exited, process: child } = spawnService('registration', {
      PORT: '3999',
      DATABASE_URL: 'postgres://lc:lc@127.0.0.1:54329/lc',
      KAFKA_BROKERS: '127.0.0.1:19092',
      TEMPORAL_ADDRESS: '127.0.0.1:7233',
      AUTH_PUBLIC_KEY: generateSigningKeyPair().publicKeyPem,
      AUTH_PRIVATE_KEY: generateSigningKeyPair().privateKeyPem,
      AUDIT_SIGNING_KEY: generateSigningKeyPair().privateKeyPem,
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    const code = await exited;
    clearTimeout(timer);
    expect(code).toBe(1);
    expect(output()).toContain('AUTH_PRIVATE_KEY: does not belong to AUTH_PUBLIC_KEY');
  });

  it('refuses a public key that is not an Ed25519 PEM key', async () => {
    const { output, exited } = spawnService('awards', {
      PORT: '3998',
      DATABASE_URL: 'postgres://lc:lc@127.0.0.1:54329/lc',
      KAFKA_BROKERS: '127.0.0.1:19092',
      TEMPORAL_ADDRESS: '127.0.0.1:7233',
      AUTH_PUBLIC_KEY: 'not a key',
      AUDIT_SIGNING_KEY: generateSigningKeyPair().privateKeyPem,
    });
    expect(await exited).toBe(1);
    expect(output()).toContain('AUTH_PUBLIC_KEY: must be an Ed25519 public key in PEM format');
  });
});
