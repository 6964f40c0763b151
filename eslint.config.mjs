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

/** Test code: specs and each project's test/ folder, and the projects that are only tests. */
const testFiles = ['**/*.spec.ts', '**/*.spec.tsx', '**/test/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts', 'libs/testing/**/*.ts'];

/** The module-boundary rule; with `testing: false`, production scopes may not import the test harness. */
function moduleBoundaries({ testing }) {
  const noTesting = testing ? [] : productionScopes.map((sourceTag) => ({ sourceTag, notDependOnLibsWithTags: ['scope:testing'] }));
  return ['error', { enforceBuildableLibDependency: false, allow: [], depConstraints: [...typeConstraints, ...noTesting] }];
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
