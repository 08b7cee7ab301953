// The pure domain modules may not import the API schemas, the database, drizzle or fastify: the
// ESLint rule in eslint.config.js says so, and this checks the rule covers every one of them.
import { ESLint } from 'eslint';
import t from 'tap';

const PURE = [
  'src/savings/estimate.ts',
  'src/savings/factors.ts',
  'src/savings/haulage.ts',
  'src/savings/landfill.ts',
  'src/savings/lines.ts',
  'src/savings/production.ts',
  'src/savings/tax-year.ts',
  'src/savings/totals.ts',
  'src/savings/types.ts',
  'src/savings/water.ts',
  'src/reference/types.ts',
  'src/matching/grade-checks.ts',
  'src/matching/quantity.ts',
  'src/matching/score.ts',
  'src/listings/validate.ts',
  'src/listings/import-rows.ts',
  'src/listings/location.ts',
  'src/listings/postcode.ts',
  'src/exchanges/allocation.ts',
  'src/exchanges/lifecycle.ts',
  'src/exchanges/terms.ts',
  'src/savings/parties.ts',
  'src/people/password.ts',
  'src/people/api-key-secret.ts',
];
const FORBIDDEN = [
  "import type { FactorSet } from '../../schemas/factor-set.ts';",
  "import type { Database } from '../../db/client.ts';",
  "import { sql } from 'drizzle-orm';",
  "import type { FastifyInstance } from 'fastify';",
];
const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

for (const filePath of PURE)
  t.test(`${filePath} may not import the API, the database or the web framework`, async (t) => {
    for (const line of FORBIDDEN) {
      const [result] = await eslint.lintText(`${line}\nexport const used = 1;\n`, { filePath });
      t.ok(
        result?.messages.some((m) => m.ruleId === 'no-restricted-imports'),
        line,
      );
    }
  });

t.test('the estimates service, which reads the database, is not held to it', async (t) => {
  const [result] = await eslint.lintText("import { sql } from 'drizzle-orm';\nexport const q = sql`SELECT 1`;\n", {
    filePath: 'src/savings/estimates.ts',
  });
  t.notOk(result?.messages.some((m) => m.ruleId === 'no-restricted-imports'));
});
