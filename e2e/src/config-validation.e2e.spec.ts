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
  });
});
