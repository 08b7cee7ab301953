import { HttpProblem } from '../../errors.ts';
import { type ExpectedVersion, VersionMismatch } from '../../listings/versions.ts';

const ENTITY_TAG = /^(?:W\/)?"(\d+)"$/;

/**
 * What If-Match expects of a listing: `*` any current version (RFC 9110 §13.1.1), a list any of
 * its entries ("3" or W/"3"). Digits that are not a version's own spelling ("03") name none,
 * as the ETag "3" is compared as a string.
 */
export function parseIfMatch(header: string | undefined): ExpectedVersion {
  if (!header) return null;
  if (header.trim() === '*') return { any: true };
  const tags = header.split(',').map((tag) => ENTITY_TAG.exec(tag.trim())?.[1]);
  if (tags.some((v) => v === undefined)) return { unreadable: true };
  return { versions: tags.map((v) => (String(Number(v)) === v ? Number(v) : Number.NaN)) };
}

function preconditionProblem(mismatch: VersionMismatch): HttpProblem {
  switch (mismatch.reason) {
    case 'missing':
      return new HttpProblem(428, 'Send If-Match with the ETag of the listing you read, so edits are not lost.', {
        type: 'precondition-required',
      });
    case 'unreadable':
      return new HttpProblem(412, 'If-Match does not name a version of this listing.', { type: 'precondition-failed' });
    case 'stale':
      return new HttpProblem(412, `The listing has changed (version ${mismatch.currentVersion}); read it again.`, {
        type: 'precondition-failed',
        extensions: { currentVersion: mismatch.currentVersion },
      });
    case 'overtaken':
      return new HttpProblem(412, 'The listing has changed; read it again.', { type: 'precondition-failed' });
  }
}

/** Rethrows a write's VersionMismatch as its problem; anything else as it is. */
export function answerVersionMismatch(error: unknown): never {
  throw error instanceof VersionMismatch ? preconditionProblem(error) : error;
}
