import type { Format } from './documents.ts';

/** f=json|html wins; otherwise HTML only when the client lists text/html first, as browsers do. */
export function formatOf(f: Format | undefined, accept: string | undefined): Format {
  if (f) return f;
  const first = accept?.split(',')[0]?.split(';')[0]?.trim().toLowerCase();
  return first === 'text/html' ? 'html' : 'json';
}
