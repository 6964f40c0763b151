import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

/** The project kinds each kind may import. */
const typeConstraints = [
  { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:lib'] },
  { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:lib'] },
  // The console's web app takes only pure rules and labels from the libs (see its vite.config.ts).
  { sourceTag: 'type:web', onlyDependOnLibsWithTags: ['type:lib'] },
];

/** The scopes of production code: the shared libraries and each service. */
const productionScopes = ['scope:shared', 'scope:registration', 'scope:hazard-reward', 'scope:assessment', 'scope:awards', 'scope:console'];

/**
 * Test code: specs and each project's test/ folder, the projects that are only tests, and the scripts
 * that record workflow histories on a test server.
 */
const testFiles = ['**/*.spec.ts', '**/*.spec.tsx', '**/test/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts', 'libs/testing/**/*.ts', 'libs/workflows/scripts/record-*.ts'];

/**
 * The module-boundary rule. Production code imports only the shared libraries; test code (`testing:
 * true`) may import the test harness too. (A direct rule: `notDependOnLibsWithTags` would follow the
 * project graph, where every library that has specs depends on the harness.)
 */
function moduleBoundaries({ testing }) {
  const libs = testing ? ['scope:shared', 'scope:testing'] : ['scope:shared'];
  const scopes = productionScopes.map((sourceTag) => ({ sourceTag, onlyDependOnLibsWithTags: libs }));
  return ['error', { enforceBuildableLibDependency: false, allow: [], depConstraints: [...typeConstraints, ...scopes] }];
}

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '.run/**', '.nx/**', 'services/console-web/src/services/generated/**'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      // Services talk through Kafka events only: a service may import libs, never another service,
      // and libs never import services. Production code never imports the test harness (scope:testing).
      '@nx/enforce-module-boundaries': moduleBoundaries({ testing: false }),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Test code may use the test harness (libs/testing); production code may not (above).
  { files: testFiles, rules: { '@nx/enforce-module-boundaries': moduleBoundaries({ testing: true }) } },
  { files: ['**/*.spec.ts', '**/test/**/*.ts', 'bench/**/*.ts'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
];
