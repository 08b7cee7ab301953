// The pure rules behind webhooks, table-driven: which addresses are public, the retry schedule,
// and the signature against the Standard Webhooks specification's own example.
import t from 'tap';
import { checkWebhookUrl, isNonPublicAddress } from '../../src/webhooks/address-policy.ts';
import { nextAttemptAt, retryDelayMs } from '../../src/webhooks/retry-schedule.ts';
import { openSecret, openSecretWithKey, sealSecret } from '../../src/webhooks/secret-box.ts';
import { loadConfig } from '../../src/config.ts';
import { signWebhook, verifyWebhook } from '../../src/webhooks/signature.ts';

t.test('non-public addresses', async (t) => {
  for (const a of ['127.0.0.1', '127.255.0.9', '10.0.0.1', '172.31.255.255', '192.168.0.1', '169.254.169.254', '100.64.1.1', '0.0.0.0', '224.0.0.1', '255.255.255.255', '198.18.0.1', '::1', '::', 'fd12::1', 'fe80::1%eth0', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '64:ff9b::a00:1', '2002:7f00:1::', 'ff02::1', 'not-an-ip'])
    t.ok(isNonPublicAddress(a), a);
  for (const a of ['93.184.215.14', '8.8.8.8', '172.32.0.1', '192.169.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])
    t.notOk(isNonPublicAddress(a), a);
});

t.test('URL shape', async (t) => {
  t.match(checkWebhookUrl('https://hooks.example.org/x?y=1'), { ok: true });
  t.match(checkWebhookUrl('ftp://hooks.example.org/'), { ok: false });
  t.match(checkWebhookUrl('https://u:p@hooks.example.org/'), { ok: false });
  t.match(checkWebhookUrl('/relative'), { ok: false });
});

t.test('retries: exponential, jittered, capped, for at least 24 hours', async (t) => {
  t.equal(retryDelayMs(1, 0.5), 5000);
  t.equal(retryDelayMs(2, 0.5), 20_000);
  t.equal(retryDelayMs(1, 0), 4000, '-20 %');
  t.equal(retryDelayMs(1, 0.999999), 6000, '+20 %');
  t.equal(retryDelayMs(20, 0.5), 10 * 3600_000, 'capped at 10 h');
  const created = new Date('2026-12-02T00:00:00Z');
  let now = created;
  let attempts = 0;
  for (;;) {
    attempts++;
    const next = nextAttemptAt(created, attempts, now, 0.5);
    if (!next) break;
    now = next;
  }
  t.ok(now.getTime() - created.getTime() >= 24 * 3600_000, `the last attempt is ${(now.getTime() - created.getTime()) / 3600_000} h after the first`);
  t.ok(attempts >= 8 && attempts <= 12, `${attempts} attempts`);
});

t.test('signature: the Standard Webhooks example', async (t) => {
  // From the specification's reference implementations (standard-webhooks/libraries).
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
  const body = '{"test": 2432232314}';
  t.equal(signWebhook(secret, id, 1614265330, body), 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  t.ok(verifyWebhook(secret, { id, timestamp: '1614265330', signature: 'v1,other v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=' }, body), 'any of several signatures');
  t.notOk(verifyWebhook(secret, { id, timestamp: '1614265331', signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=' }, body));
});

t.test('secrets at rest', async (t) => {
  const sealed = sealSecret('whsec_abc', ['k'.repeat(32)]);
  t.match(sealed, /^enc1:/);
  t.equal(openSecret(sealed, ['k'.repeat(32)]), 'whsec_abc');
  t.throws(() => openSecret(sealed, ['j'.repeat(32)]), 'another key cannot open it');
  t.throws(() => openSecret(sealed, []), { name: 'SecretKeyMissing' });
  t.equal(openSecret(sealSecret('whsec_abc', []), []), 'whsec_abc');
});

t.test('key rotation: sealed under the newest key, opened under any, and says which', async (t) => {
  const [oldKey, newKey, otherKey] = ['o'.repeat(32), 'n'.repeat(32), 'x'.repeat(32)];
  const underOld = sealSecret('whsec_abc', [oldKey]);
  t.same(openSecretWithKey(underOld, [newKey, oldKey]), { secret: 'whsec_abc', keyIndex: 1 }, 'a previous key opens it');
  const underNew = sealSecret('whsec_abc', [newKey, oldKey]);
  t.same(openSecretWithKey(underNew, [newKey, oldKey]), { secret: 'whsec_abc', keyIndex: 0 }, 'sealed under the newest');
  t.throws(() => openSecret(underNew, [oldKey]), 'not under the old one');
  t.throws(() => openSecret(underOld, [newKey, otherKey]), /WEBHOOK_SECRETS_KEY_PREVIOUS/, 'a key not given: says where to give it');
  t.same(openSecretWithKey(sealSecret('whsec_abc', []), [newKey]), { secret: 'whsec_abc', keyIndex: null }, 'a plain secret opens without a key');
});

t.test('WEBHOOK_SECRETS_KEY_PREVIOUS: a comma list of keys, newest first, each long enough', async (t) => {
  const [a, b, c] = ['a'.repeat(32), 'b'.repeat(32), 'c'.repeat(32)];
  t.same(loadConfig({ WEBHOOK_SECRETS_KEY: a, WEBHOOK_SECRETS_KEY_PREVIOUS: `${b}, ${c}` }).webhookSecretsKeys, [a, b, c]);
  t.same(loadConfig({ WEBHOOK_SECRETS_KEY: a }).webhookSecretsKeys, [a]);
  t.same(loadConfig({}).webhookSecretsKeys, []);
  t.throws(() => loadConfig({ WEBHOOK_SECRETS_KEY: a, WEBHOOK_SECRETS_KEY_PREVIOUS: 'short' }), /WEBHOOK_SECRETS_KEY_PREVIOUS/);
  t.throws(() => loadConfig({ WEBHOOK_SECRETS_KEY_PREVIOUS: b }), /WEBHOOK_SECRETS_KEY/, 'previous keys without a current one');
});
