/**
 * The version a write of a listing expects to replace: any current one (`*`), one of these, one
 * that names no version of a listing, or none said (null). Read from If-Match at the HTTP edge;
 * checked by the service only once the caller is known to be allowed the write, so that a
 * refusal is never a precondition failure.
 */
export type ExpectedVersion = { any: true } | { versions: number[] } | { unreadable: true } | null;

/**
 * Why a write did not find the version it expected: none was said, what was said names no
 * version, the listing is at another version, or another write replaced it meanwhile.
 */
export type VersionMismatchReason = 'missing' | 'unreadable' | 'stale' | 'overtaken';

/** A write refused for its expected version; the HTTP edge answers it (428 or 412). */
export class VersionMismatch extends Error {
  readonly reason: VersionMismatchReason;
  readonly currentVersion: number | undefined;

  constructor(reason: VersionMismatchReason, currentVersion?: number) {
    super(`listing version mismatch: ${reason}`);
    this.name = 'VersionMismatch';
    this.reason = reason;
    this.currentVersion = currentVersion;
  }
}

/** The version a write may replace, given the listing's current one; throws VersionMismatch. */
export function versionToReplace(expected: ExpectedVersion, current: number): number {
  if (!expected) throw new VersionMismatch('missing');
  if ('any' in expected) return current;
  if ('unreadable' in expected) throw new VersionMismatch('unreadable');
  if (!expected.versions.includes(current)) throw new VersionMismatch('stale', current);
  return current;
}
