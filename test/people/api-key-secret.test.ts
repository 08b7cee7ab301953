import t from 'tap';
import { apiKeyPrefix, composeApiKey, hashApiKey, secretsEqual } from '../../src/people/api-key-secret.ts';

t.test('a key carries a public prefix and a 256-bit secret', async (t) => {
  const { key, prefix } = composeApiKey(Buffer.from('a1b2c3d4', 'hex'), Buffer.alloc(32, 7));
  t.equal(prefix, 'rx_a1b2c3d4');
  t.match(key, /^rx_a1b2c3d4_[A-Za-z0-9_-]{43}$/);
  t.equal(apiKeyPrefix(key), prefix);
});

t.test('malformed keys have no prefix', async (t) => {
  for (const k of [
    '',
    'rx_',
    `rx_zzzzzzzz_${'a'.repeat(43)}`,
    'rx_a1b2c3d4_short',
    `Bearer rx_a1b2c3d4_${'a'.repeat(43)}`,
  ]) {
    t.equal(apiKeyPrefix(k), null, JSON.stringify(k));
  }
});

t.test('hashes are SHA-256 hex and comparison is exact', async (t) => {
  t.equal(hashApiKey('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  t.ok(secretsEqual('same', 'same'));
  t.notOk(secretsEqual('same', 'Same'));
  t.notOk(secretsEqual('short', 'a much longer value'));
});
