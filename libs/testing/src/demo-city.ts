import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { startConsole, type RunningConsole } from './console-process';
import { repositoryRoot } from './infrastructure';
import { installRoot, registrationEnv, serviceEnv } from './platform-env';
import { startService, type RunningService } from './service-process';
import { ensureTestTemporalNamespace, terminateTestWorkflowsQuietly } from './temporal-namespace';
import { hazardRewardEnv } from './test-city';
import { createTestDatabase, uniqueName } from './test-database';
import { deleteTestTopics } from './test-topics';

/** The demo city's root and first cadre (scripts/demo/city.js), which the demo data script logs in as. */
interface DemoCityScript {
  DEMO_PASSWORD: string;
  root: { id: string; name: string; kind: string; regionCode: string; admin: { username: string; displayName: string } };
}

/**
 * The journeys' 公示 lasts 90 seconds, not 7 days: long enough to open the notice and lodge an
 * objection, short enough for a journey to see the honour conferred when it ends.
 */
export const DEMO_CITY_PUBLICITY_SECONDS = 90;

export interface DemoCity {
  registration: RunningService;
  hazardReward: RunningService;
  assessment: RunningService;
  awards: RunningService;
  console: RunningConsole;
  stop: () => Promise<void>;
}

function loadDemoData(services: Record<string, string>): Promise<void> {
  const child = spawn(process.execPath, [join(repositoryRoot, 'scripts', 'demo-data.js')], {
    cwd: repositoryRoot,
    env: { PATH: process.env.PATH ?? '', ...services },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`demo data exited with ${code}:\n${output}`)))),
  );
}

/**
 * The demo city of the start command, on a throwaway database and topics of its own: the four services
 * and the console, the root installed and the demo data loaded through the API by the same script. For
 * browser journeys, which act as the demo users without touching the demo city itself: its workflows
 * run in the tests' Temporal namespace, never beside the demo city's in default.
 */
export async function startDemoCity(): Promise<DemoCity> {
  await ensureTestTemporalNamespace();
  const demo: DemoCityScript = require(join(repositoryRoot, 'scripts', 'demo', 'city.js'));
  const database = await createTestDatabase('demo');
  const prefix = `${uniqueName('demo')}.`;
  const env = { databaseUrl: database.url, prefix };
  const [registration, hazardReward, assessment, awards] = await Promise.all([
    startService('registration', registrationEnv(env)),
    startService('hazard-reward', hazardRewardEnv(env)),
    startService('assessment', serviceEnv(env)),
    startService('awards', { ...serviceEnv(env), PUBLICITY_PERIOD_SECONDS: String(DEMO_CITY_PUBLICITY_SECONDS) }),
  ]);
  await installRoot(registrationEnv(env), {
    ROOT_UNIT_ID: demo.root.id,
    ROOT_UNIT_NAME: demo.root.name,
    ROOT_UNIT_KIND: demo.root.kind,
    ROOT_REGION_CODE: demo.root.regionCode,
    ADMIN_USERNAME: demo.root.admin.username,
    ADMIN_DISPLAY_NAME: demo.root.admin.displayName,
    ADMIN_PASSWORD: demo.DEMO_PASSWORD,
  });
  await loadDemoData({
    REGISTRATION_URL: registration.url,
    HAZARD_REWARD_URL: hazardReward.url,
    ASSESSMENT_URL: assessment.url,
    AWARDS_URL: awards.url,
  });
  const consoleService = await startConsole({ registration, hazardReward, assessment, awards });
  return {
    registration,
    hazardReward,
    assessment,
    awards,
    console: consoleService,
    stop: async () => {
      await consoleService.stop();
      await Promise.all([registration.stop(), hazardReward.stop(), assessment.stop(), awards.stop()]);
      await terminateTestWorkflowsQuietly(prefix);
      await deleteTestTopics(prefix);
      await database.drop();
    },
  };
}
