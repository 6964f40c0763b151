import { randomBytes } from 'node:crypto';
import { freePort } from './free-port';
import { RunningService, startService } from './service-process';
import { TestCity } from './test-city';

export interface RunningConsole extends RunningService {
  /** The key its session cookies are sealed with (base64), for tests that open or craft one. */
  sessionKey: string;
}

/**
 * Starts the built console service in front of a test city's services, the way the start command
 * runs it: the browser's one origin. A service the city was started without gets an address where
 * nothing listens (calls to it answer 502). `webDist` is the folder of the web app to serve (by default
 * the built console-web).
 */
export async function startConsole(city: Pick<TestCity, 'registration' | 'hazardReward' | 'assessment' | 'awards'>, options: { webDist?: string; settings?: Record<string, string> } = {}): Promise<RunningConsole> {
  const nowhere = `http://127.0.0.1:${await freePort()}`;
  const sessionKey = randomBytes(32).toString('base64');
  const running = await startService('console', {
    REGISTRATION_URL: city.registration.url,
    HAZARD_REWARD_URL: city.hazardReward?.url ?? nowhere,
    ASSESSMENT_URL: city.assessment?.url ?? nowhere,
    AWARDS_URL: city.awards?.url ?? nowhere,
    CONSOLE_SESSION_KEY: sessionKey,
    LOG_LEVEL: 'warn',
    ...(options.webDist ? { CONSOLE_WEB_DIST: options.webDist } : {}),
    ...options.settings,
  });
  return { ...running, sessionKey };
}
