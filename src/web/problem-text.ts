// What the app says when the service refuses something. The API's `detail` is written for
// developers (it names each field by its path in the body, e.g. "body.location.coordinates.1");
// a person reads the same problem in plain words. Field messages are shown at their fields
// (Field in components/Form.tsx); the summary names those fields by their labels.
import type { components } from './api-types.ts';

type Problem = components['schemas']['Problem'];

export interface ProblemText {
  title: string;
  detail: string | null;
}

/** Titles by status, for problems whose title is only the HTTP status phrase. */
const TITLES: Record<number, string> = {
  400: 'This could not be accepted',
  401: 'Not signed in',
  403: 'You are not allowed to do this',
  404: 'This could not be found',
  409: 'This cannot be done now',
  412: 'Someone else changed this first',
  413: 'This is too large',
  415: 'This kind of file is not accepted',
  422: 'This cannot be done yet',
  429: 'Too many requests just now',
  503: 'The service is busy',
};
const STATUS_PHRASE = /^(bad request|unauthorized|forbidden|not found|conflict|precondition failed|payload too large|content too large|unsupported media type|unprocessable (entity|content)|too many requests|service unavailable|invalid request)$/i;

/** "body.grade.clayPct: " and "querystring.cursor: " before a message: where, for a developer. */
const PATH_PREFIX = /(^|;\s*)(body|query|querystring|params|headers)(\.[\w.-]+)?:\s*/g;

export function problemText(problem: Problem): ProblemText {
  const fieldErrors = problem.errors ?? [];
  if (fieldErrors.length > 0) {
    const n = fieldErrors.length;
    return {
      title: n === 1 ? 'One answer needs correcting' : `${n} answers need correcting`,
      detail: null,
    };
  }
  const title = STATUS_PHRASE.test(problem.title) ? (TITLES[problem.status] ?? 'This could not be done') : problem.title;
  const detail = problem.detail ? sentence(problem.detail.replace(PATH_PREFIX, '$1')) : null;
  return { title, detail };
}

/** A capital first letter and a closing full stop. */
export function sentence(text: string): string {
  const t = text.trim();
  if (!t) return t;
  const capital = t[0]!.toUpperCase() + t.slice(1);
  return /[.!?)]$/.test(capital) ? capital : `${capital}.`;
}
