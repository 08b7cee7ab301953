// Pins the estimator's full output, byte for byte (key order, float digits, note wording), for
// the representative inputs of estimate-pins.cases.ts, so a refactor cannot drift unseen.
// Regenerate the JSON only for a deliberate change, and say which in the commit.
import { readFileSync } from 'node:fs';
import t from 'tap';
import { factorSetSchema } from '../../schemas/factor-set.ts';
import { estimateSavings } from '../../src/savings/estimate.ts';
import { PIN_CASES } from './estimate-pins.cases.ts';

const set = factorSetSchema.parse(
  JSON.parse(readFileSync(new URL('../../db/seed/factor-sets/uk-2025.json', import.meta.url), 'utf8')),
);
const pinned = JSON.parse(readFileSync(new URL('./estimate-pins.json', import.meta.url), 'utf8')) as Record<string, unknown>;

function outcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (e) {
    const err = e as { name: string; path: string; message: string };
    return { error: { name: err.name, path: err.path, message: err.message } };
  }
}

t.equal(Object.keys(pinned).length, PIN_CASES.length, 'one pin per case');
for (const [name, input] of PIN_CASES)
  t.test(`pinned: ${name}`, async (t) => {
    t.equal(JSON.stringify(outcome(() => estimateSavings(input, set)), null, 2), JSON.stringify(pinned[name], null, 2));
  });
