import { z } from 'zod';

/** RFC 9457 problem details, as every 4xx and 5xx of this API answers. */
export const problemSchema = z
  .looseObject({
    type: z
      .string()
      .meta({ description: 'A URI naming the kind of problem; about:blank for a plain HTTP status' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z
      .array(
        z.object({
          in: z.enum(['body', 'querystring', 'params', 'headers']).optional(),
          path: z.string().meta({ description: 'Dotted path of the failing field, e.g. quantity.amount' }),
          message: z.string(),
        }),
      )
      .optional(),
  })
  .meta({
    id: 'Problem',
    examples: [
      {
        type: 'urn:reuse-exchange:problem:validation',
        title: 'Invalid request',
        status: 400,
        detail: 'body.contactEmail: Invalid email address',
        errors: [{ in: 'body', path: 'contactEmail', message: 'Invalid email address' }],
      },
    ],
  });

export type Problem = z.infer<typeof problemSchema>;

/** The problem responses a route can give, for its OpenAPI entry. */
export function problemResponses<S extends number>(...statuses: S[]): Record<S, typeof problemSchema> {
  return Object.fromEntries(statuses.map((s) => [s, problemSchema])) as Record<S, typeof problemSchema>;
}
