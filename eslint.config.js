// ESLint with typescript-eslint: pure JavaScript, so `npm ci` works on every platform
// (Biome's per-platform binaries are not all mirrored by the registry we install from).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', '.cache/', '.tap/', 'coverage/', 'docs/', 'db/migrations/', 'dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  { files: ['src/web/**'], languageOptions: { globals: globals.browser } },
  {
    // The pure domain: no API schema, database or web framework, so it can be reasoned about and
    // tested on its own. Types it needs are its own (src/reference/types.ts, src/savings/types.ts).
    files: [
      'src/savings/*.ts',
      'src/reference/types.ts',
      'src/matching/{grade-checks,quantity,score}.ts',
      'src/listings/{validate,import-rows,location,postcode}.ts',
      'src/exchanges/{allocation,lifecycle,terms}.ts',
      'src/people/{password,api-key-secret}.ts',
      'src/evidence/{additionality,business-size,businesses,network,graphml,definitions}.ts',
      'src/compliance/{classification,movement,facts,note-content,waste-tracking-record}.ts',
      'src/webhooks/{address-policy,signature,retry-schedule,secret-box}.ts',
      'src/email/{render,unsubscribe-token}.ts',
    ],
    // The estimates service reads sites and factor sets from the database: not domain.
    ignores: ['src/savings/estimates.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)schemas/', message: 'The domain must not depend on the API schemas: define the type in the domain.' },
            { regex: '(^|/)db/', message: 'The domain must not touch the database: that is the services’ job.' },
            { regex: '^(drizzle-orm|fastify|fastify-[^/]+|@fastify/[^/]+)(/|$)', message: 'The domain must not depend on drizzle or fastify.' },
          ],
        },
      ],
    },
  },
);
