import t from 'tap';
import { answerVersionMismatch, parseIfMatch } from '../../src/routes/listings/if-match.ts';
import { HttpProblem } from '../../src/errors.ts';
import { VersionMismatch, versionToReplace } from '../../src/listings/versions.ts';

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (thrown) {
    return thrown;
  }
  return undefined;
}

t.test('If-Match is read at the edge into what the write expects', async (t) => {
  t.equal(parseIfMatch(undefined), null);
  t.equal(parseIfMatch(''), null, 'an empty header says nothing');
  t.same(parseIfMatch(' * '), { any: true });
  t.same(parseIfMatch('"3"'), { versions: [3] });
  t.same(parseIfMatch('W/"3", "4"'), { versions: [3, 4] });
  t.same(parseIfMatch('"3", nope'), { unreadable: true });
  t.same(parseIfMatch('*, "3"'), { unreadable: true }, '* only alone');
  const padded = parseIfMatch('"03"');
  t.ok('versions' in padded! && Number.isNaN(padded.versions[0]), '"03" is not the ETag "3"');
});

t.test('the service checks the expected version against the current one', async (t) => {
  t.equal(versionToReplace({ any: true }, 7), 7);
  t.equal(versionToReplace({ versions: [6, 7] }, 7), 7);
  t.match(caught(() => versionToReplace(null, 7)), { reason: 'missing' });
  t.match(caught(() => versionToReplace({ unreadable: true }, 7)), { reason: 'unreadable' });
  t.match(caught(() => versionToReplace({ versions: [6] }, 7)), { reason: 'stale', currentVersion: 7 });
  t.match(caught(() => versionToReplace(parseIfMatch('"07"'), 7)), { reason: 'stale' });
  t.ok(caught(() => versionToReplace(null, 7)) instanceof VersionMismatch);
});

t.test('the edge answers a mismatch as 428 or 412, and passes other errors on', async (t) => {
  const answer = (e: unknown) => caught(() => answerVersionMismatch(e));
  t.match(answer(new VersionMismatch('missing')), { status: 428, type: /precondition-required$/ });
  t.match(answer(new VersionMismatch('unreadable')), { status: 412, message: /does not name a version/ });
  t.match(answer(new VersionMismatch('stale', 4)), { status: 412, extensions: { currentVersion: 4 } });
  t.match(answer(new VersionMismatch('overtaken')), { status: 412, extensions: {} });
  t.ok(answer(new VersionMismatch('overtaken')) instanceof HttpProblem);
  const other = new Error('boom');
  t.equal(answer(other), other);
});
