import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { codesOf, isConnectionLost } from '../../db/connection-lost.ts';
import type { Problem } from '../../schemas/problem.ts';
import { type FieldError, HttpProblem } from '../errors.ts';

const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

function send(reply: FastifyReply, request: FastifyRequest, problem: Problem): FastifyReply {
  // Sent as a string so no route's response serializer reshapes it.
  return reply
    .code(problem.status)
    .type(PROBLEM_TYPE)
    .send(JSON.stringify({ ...problem, instance: request.url, requestId: request.id }));
}

function dotted(instancePath: string): string {
  return instancePath.replace(/^\//, '').replaceAll('/', '.');
}

function validationProblem(error: FastifyError): Problem {
  const where = (error.validationContext ?? 'body') as FieldError['in'];
  const errors: FieldError[] = (error.validation ?? []).map((v) => ({
    in: where,
    path: dotted(v.instancePath),
    message: v.message ?? 'is invalid',
  }));
  const detail = errors.map((e) => `${e.in}${e.path ? `.${e.path}` : ''}: ${e.message}`).join('; ');
  return {
    type: 'urn:reuse-exchange:problem:validation',
    title: 'Invalid request',
    status: 400,
    detail,
    errors,
  };
}

/**
 * A statement cancelled by PostgreSQL (query_canceled: the statement timeout, or an operator's
 * cancel). Drizzle wraps the driver's error, which carries the code.
 */
function isStatementTimeout(error: unknown): boolean {
  const { code, cause } = error as { code?: unknown; cause?: { code?: unknown } };
  return code === '57014' || cause?.code === '57014';
}

/** A query on a standby cancelled because replay needed what it held (a recovery conflict). */
function isRecoveryConflict(error: unknown): boolean {
  return codesOf(error).includes('40001') && /conflict with recovery/.test(String((error as { cause?: Error }).cause?.message ?? (error as Error).message));
}

/**
 * Errors the router raises before any route runs (a malformed URL, a path parameter over the
 * length limit): Fastify hands them to `frameworkErrors`, not to the error handler.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode ?? 400;
  return send(reply, request, {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Bad Request',
    status,
    detail: error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'A path parameter is too long.' : 'The URL is malformed.',
  });
}

/** Every error leaves as RFC 9457 problem+json; only our own bugs are 500s, and they are logged. */
async function errorsPlugin(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpProblem) {
      reply.headers(error.headers);
      return send(reply, request, {
        type: error.type,
        title: error.title,
        status: error.status,
        detail: error.message,
        ...error.extensions,
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) return send(reply, request, validationProblem(error));
    if (isStatementTimeout(error)) {
      reply.header('retry-after', '30');
      return send(reply, request, {
        type: 'urn:reuse-exchange:problem:statement-timeout',
        title: 'Service Unavailable',
        status: 503,
        detail: 'The database gave up on this request after its statement time limit; retry later or ask for less.',
      });
    }
    if (isConnectionLost(error) || isRecoveryConflict(error)) {
      request.log.warn({ err: error, reqId: request.id }, 'database unreachable');
      reply.header('retry-after', '1');
      return send(reply, request, {
        type: 'urn:reuse-exchange:problem:database-unavailable',
        title: 'Service Unavailable',
        status: 503,
        detail: 'The database could not be reached for this request; retry in a moment.',
      });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500 && !isResponseSerializationError(error)) {
      return send(reply, request, {
        type: 'about:blank',
        title: STATUS_CODES[status] ?? 'Error',
        status,
        detail: error.message,
      });
    }
    request.log.error({ err: error, reqId: request.id }, 'unexpected error');
    const serverStatus = status === 503 ? 503 : 500;
    return send(reply, request, {
      type: 'about:blank',
      title: STATUS_CODES[serverStatus] ?? 'Internal Server Error',
      status: serverStatus,
      detail: `The server could not complete this request; quote request id ${request.id} when reporting it.`,
    });
  });

  app.setNotFoundHandler((request, reply) =>
    send(reply, request, {
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: `No route ${request.method} ${request.url.split('?')[0]}`,
    }),
  );
}

export default fp(errorsPlugin, { name: 'errors' });
