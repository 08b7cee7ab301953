import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { badRequest, type FieldError } from '../errors.ts';

/** Deeper than any body this API reads (a GeoJSON import is 6 levels); the rest only costs stack. */
export const MAX_DEPTH = 64;

interface Node {
  value: unknown;
  key: string;
  parent: Node | null;
  depth: number;
}

const pathOf = (node: Node): string[] => (node.parent ? [...pathOf(node.parent), node.key] : []);
// Parsed query strings and params are objects of their own class, not plain; a Buffer is bytes;
// a stream (a CSV import's body) is read, and checked, by the route that reads it.
const isContainer = (value: unknown): value is object =>
  typeof value === 'object' &&
  value !== null &&
  !ArrayBuffer.isView(value) &&
  typeof (value as { pipe?: unknown }).pipe !== 'function';

/**
 * The first string (or key) holding NUL, or the first container nested over MAX_DEPTH, with
 * its path. Iterative: the input may be nested deeper than the stack.
 */
export function firstUnstorable(input: unknown): { path: string[]; message: string } | null {
  const pending: Node[] = [{ value: input, key: '', parent: null, depth: 0 }];
  for (let node = pending.pop(); node; node = pending.pop()) {
    const { value } = node;
    if (typeof value === 'string') {
      if (value.includes('\0')) return { path: pathOf(node), message: 'must not contain NUL (U+0000)' };
    } else if (isContainer(value)) {
      // The top-level field is named: the whole path of a too-deep value is as long as the limit.
      if (node.depth >= MAX_DEPTH) return { path: pathOf(node).slice(0, 1), message: `is nested more than ${MAX_DEPTH} levels deep` };
      for (const [key, child] of Object.entries(value)) {
        const next = { value: child, key, parent: node, depth: node.depth + 1 };
        if (key.includes('\0')) return { path: pathOf(next), message: 'must not contain NUL (U+0000)' };
        pending.push(next);
      }
    }
  }
  return null;
}

/**
 * PostgreSQL text cannot hold U+0000, and a body nested thousands deep overflows whatever walks
 * it next (the idempotency hash, a validator): both are refused for every route, before
 * validation, as a 400 naming the field.
 */
async function inputGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const parts: [FieldError['in'] & string, unknown][] = [
      ['params', request.params],
      ['querystring', request.query],
      ['body', request.body],
    ];
    for (const [where, value] of parts) {
      const found = firstUnstorable(value);
      if (found) throw badRequest(found.path.join('.') || where, found.message, where);
    }
  });
}

export default fp(inputGuard, { name: 'input-guard' });
