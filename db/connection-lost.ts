// Telling a failed statement from a lost connection, for the pool's sake and the caller's.

/**
 * The database server cannot be reached or the connection is gone (postgres.js connection
 * errors; socket errors; the server's admin, crash or idle-session shutdown, cannot connect now,
 * database dropped): the statement never ran to its end, and the connection it was sent on is
 * closed or closing.
 */
export function isConnectionLost(error: unknown): boolean {
  return codesOf(error).some(
    (code) => /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|CONNECT_TIMEOUT|CONNECTION_\w+)$/.test(code) || /^57P0[1-5]$/.test(code),
  );
}

/** The error's code, and its cause's (drizzle wraps the driver's error). */
export function codesOf(error: unknown): string[] {
  return [error, (error as { cause?: unknown } | null)?.cause]
    .map((e) => (e as { code?: unknown } | undefined)?.code)
    .filter((code): code is string => typeof code === 'string');
}

/** What postgres.js's `reserve()` hands out, as far as this project uses it. */
export interface ReservedConnection {
  release(): void;
}

/**
 * Runs `work` on a connection reserved from a postgres.js pool and gives the connection back,
 * unless it was lost meanwhile: postgres.js (3.4.9) puts a released connection back among the
 * open ones even when its socket has closed. Unpatched, the next query sent on it threw from a
 * timer and ended the process (porsager/postgres#1208; scripts/patches/ makes the driver refuse
 * it instead); patched, every query handed that connection would fail. A lost connection is left
 * where the driver's close handler put it, among the closed ones, which the pool reconnects.
 * Nothing more may be sent on it either: `work` sends no ROLLBACK after a lost connection.
 */
export async function withReservedConnection<C extends ReservedConnection, T>(
  reserve: () => Promise<C>,
  work: (connection: C) => Promise<T>,
): Promise<T> {
  const connection = await reserve();
  let lost = false;
  try {
    return await work(connection);
  } catch (e) {
    lost = isConnectionLost(e);
    throw e;
  } finally {
    if (!lost) connection.release();
  }
}
