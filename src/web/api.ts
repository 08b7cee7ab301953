// The one way the web app talks to the service: the public API, with the session cookie and,
// on every change, the session's CSRF token. Errors arrive as RFC 9457 problem details.

import type { components, paths } from './api-types.ts';

/** RFC 9457 problem details; a network failure is reported as one with status 0. */
export type Problem = components['schemas']['Problem'];
export type FieldError = NonNullable<Problem['errors']>[number];

type Method = 'get' | 'post' | 'patch' | 'delete';
type Success = 200 | 201;
/** The JSON body of an operation's success response, e.g. ResponseOf<'/sites', 'get'>. */
export type ResponseOf<P extends keyof paths, M extends Method> = paths[P][M] extends { responses: infer R }
  ? { [S in Success & keyof R]: R[S] extends { content: { 'application/json': infer B } } ? B : never }[Success & keyof R]
  : never;

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
  /** Field messages keyed by their path in the body ("grade.clayPct"). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) if (!(e.path in out)) out[e.path] = e.message;
    return out;
  }
}

let csrfToken: string | null = null;
let onSignedOut: () => void = () => {};

export function useCsrfToken(token: string | null) {
  csrfToken = token;
}
export function whenSignedOut(handler: () => void) {
  onSignedOut = handler;
}

export async function api<T>(method: string, path: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError({ type: 'about:blank', status: 0, title: 'Network error', detail: 'The service could not be reached; check your connection.' });
  }
  if (res.status === 204) return null as T;
  const text = await res.text();
  const data: unknown = text ? JSON.parse(text) : null;
  if (!res.ok) {
    const problem = (data ?? { status: res.status, title: res.statusText }) as Problem;
    if (res.status === 401 && path !== '/session') onSignedOut();
    throw new ApiError(problem);
  }
  return data as T;
}

export const get = <T>(path: string) => api<T>('GET', path);
/** With an Idempotency-Key, a repeated POST (a double click, a retry) is done once and answered alike. */
export const post = <T>(path: string, body?: unknown, idempotencyKey?: string) =>
  api<T>('POST', path, body ?? {}, idempotencyKey ? { 'idempotency-key': idempotencyKey } : {});
/** Listings are changed with If-Match on their version, so an edit never overwrites a newer one. */
export const patch = <T>(path: string, body: unknown, version: number) => api<T>('PATCH', path, body, { 'if-match': `"${version}"` });
export const del = (path: string) => api<null>('DELETE', path);

/** One file as multipart/form-data (the part named file); the browser sets the boundary. */
export async function upload<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, { method: 'POST', headers, credentials: 'same-origin', body: form });
  } catch {
    throw new ApiError({ type: 'about:blank', status: 0, title: 'Network error', detail: 'The service could not be reached; check your connection.' });
  }
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError((data ?? { status: res.status, title: res.statusText }) as Problem);
  return data as T;
}

/** A POST whose answer is a file to save (an export), not JSON. */
export async function postForFile(path: string, body: unknown): Promise<Blob> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(path, { method: 'POST', headers, credentials: 'same-origin', body: JSON.stringify(body) });
  if (!res.ok) throw new ApiError((await res.json().catch(() => null)) ?? { status: res.status, title: res.statusText });
  return res.blob();
}

/** A query string from the set values of an object. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
