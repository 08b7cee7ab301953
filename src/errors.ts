import { STATUS_CODES } from 'node:http';

export interface FieldError {
  in?: 'body' | 'querystring' | 'params' | 'headers';
  path: string;
  message: string;
}

/**
 * An error that is meant for the client: services throw it, the error plugin answers it as
 * RFC 9457 problem+json. Anything else that reaches the error plugin is a bug and becomes a 500.
 */
export class HttpProblem extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly extensions: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    detail: string,
    options: {
      type?: string;
      title?: string;
      errors?: FieldError[];
      extensions?: Record<string, unknown>;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(detail);
    this.name = 'HttpProblem';
    this.status = status;
    this.type = options.type ? `urn:reuse-exchange:problem:${options.type}` : 'about:blank';
    this.title = options.title ?? STATUS_CODES[status] ?? 'Error';
    this.extensions = { ...options.extensions, ...(options.errors ? { errors: options.errors } : {}) };
    this.headers = options.headers ?? {};
  }
}

export const badRequest = (path: string, message: string, where: FieldError['in'] = 'body') =>
  new HttpProblem(400, `${path}: ${message}`, {
    type: 'validation',
    title: 'Invalid request',
    errors: [{ in: where, path, message }],
  });

export const unauthorized = (detail: string) =>
  new HttpProblem(401, detail, { type: 'unauthorized', headers: { 'www-authenticate': 'Bearer' } });

export const forbidden = (detail: string) => new HttpProblem(403, detail, { type: 'forbidden' });

export const notFound = (what: string) => new HttpProblem(404, `${what} not found`, { type: 'not-found' });

export const conflict = (detail: string, extensions?: Record<string, unknown>) =>
  new HttpProblem(409, detail, { type: 'conflict', ...(extensions ? { extensions } : {}) });

/**
 * Something the server's configuration names is not there: a deployment's fault, not the
 * client's. Not an HttpProblem, so the error plugin logs it and answers 503 without the detail.
 */
export class ConfigurationFault extends Error {
  readonly statusCode = 503;

  constructor(detail: string) {
    super(detail);
    this.name = 'ConfigurationFault';
  }
}
