import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repositoryRoot } from '@lc/testing';

/**
 * The lint rule that keeps services talking only through events (no service imports another) and the
 * test harness out of production code (scope:testing).
 */
describe('module boundaries', () => {
  const bin = (name: string) => join(repositoryRoot, 'node_modules', '.bin', name);

  beforeAll(() => {
    // The rule reads Nx's project graph; computing it once makes the rule active here.
    execFileSync(bin('nx'), ['show', 'projects'], {
      cwd: repositoryRoot,
      env: { ...process.env, NX_DAEMON: 'false' },
      stdio: 'ignore',
    });
  });

  /** Lints `code` as if it were `file`, with the project's own ESLint configuration. */
  async function boundaryErrors(file: string, code: string): Promise<string[]> {
    let output: string;
    try {
      output = execFileSync(bin('eslint'), ['--stdin', '--stdin-filename', file, '--format', 'json'], {
        cwd: repositoryRoot,
        input: code,
        encoding: 'utf8',
      });
    } catch (err) {
      output = (err as { stdout: string }).stdout; // eslint exits 1 when it found errors
    }
    const [result] = JSON.parse(output) as { messages: { ruleId: string; message: string }[] }[];
    return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
  }

  it('refuses a service importing another service by package name', async () => {
    const errors = await boundaryErrors(
      'services/registration/src/leak.ts',
      `import { AWARDS_API } from '@lc/awards-service';\nexport const leak = AWARDS_API;\n`,
    );
    expect(errors).toHaveLength(1);
  });

  it('refuses a service reaching into another service by relative path', async () => {
    const errors = await boundaryErrors(
      'services/hazard-reward/src/leak.ts',
      `import { AwardsModule } from '../../awards/src/awards.module';\nexport const leak = AwardsModule;\n`,
    );
    expect(errors).toHaveLength(1);
  });

  it('allows a service to use the shared libraries', async () => {
    const errors = await boundaryErrors(
      'services/awards/src/fine.ts',
      `import { Topics } from '@lc/contracts';\nexport const topic = Topics.registrationCompetitions;\n`,
    );
    expect(errors).toEqual([]);
  });

  it('refuses production code of a service or a library importing the test harness', async () => {
    const harness = `import { waitFor } from '@lc/testing';\nexport const wait = waitFor;\n`;
    expect(await boundaryErrors('services/hazard-reward/src/photos/leak.ts', harness)).toHaveLength(1);
    expect(await boundaryErrors('libs/platform/src/leak.ts', harness)).toHaveLength(1);
  });

  it('allows a spec and a test folder to use the test harness', async () => {
    const harness = `import { waitFor } from '@lc/testing';\nexport const wait = waitFor;\n`;
    expect(await boundaryErrors('services/hazard-reward/src/photos/fine.spec.ts', harness)).toEqual([]);
    expect(await boundaryErrors('services/hazard-reward/test/fixtures/fine.ts', harness)).toEqual([]);
    expect(await boundaryErrors('libs/messaging/test/fine.spec.ts', harness)).toEqual([]);
  });
});
