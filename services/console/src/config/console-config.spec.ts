import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '@lc/platform';
import { consoleConfigSchema } from './console-config';

const settings = {
  REGISTRATION_URL: 'http://127.0.0.1:3001/',
  HAZARD_REWARD_URL: 'http://127.0.0.1:3002',
  ASSESSMENT_URL: 'http://127.0.0.1:3003',
  AWARDS_URL: 'https://awards.internal',
  CONSOLE_SESSION_KEY: randomBytes(32).toString('base64'),
};

const problemsOf = (env: Record<string, string | undefined>): string[] => {
  try {
    loadConfig(consoleConfigSchema, env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
};

describe('console settings', () => {
  it('takes the four addresses and the key, with port 3000 and the built web app beside the service by default', () => {
    const config = loadConfig(consoleConfigSchema, settings);
    expect(config.PORT).toBe(3000);
    expect(config.REGISTRATION_URL).toBe('http://127.0.0.1:3001');
    expect(config.CONSOLE_SESSION_KEY).toHaveLength(32);
    expect(config.CONSOLE_WEB_DIST).toBe(join(__dirname, '..', '..', '..', 'console-web', 'dist'));
    expect(config.CONSOLE_WEB_DIST.endsWith(join('services', 'console-web', 'dist'))).toBe(true);
  });

  it('refuses a key that is not 32 bytes of base64 and a missing address, naming each', () => {
    const problems = problemsOf({ ...settings, CONSOLE_SESSION_KEY: randomBytes(16).toString('base64'), AWARDS_URL: undefined, ASSESSMENT_URL: 'assessment:3003' });
    expect(problems).toEqual([
      expect.stringMatching(/^ASSESSMENT_URL: must be an http\(s\) URL/),
      'AWARDS_URL: is required but not set',
      expect.stringMatching(/^CONSOLE_SESSION_KEY: must be 32 random bytes in base64/),
    ]);
  });
});
