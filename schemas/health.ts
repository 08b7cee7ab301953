import { z } from 'zod';

export const healthSchema = z.object({ status: z.literal('ok') }).meta({ examples: [{ status: 'ok' }] });

export const readySchema = z
  .object({
    status: z.literal('ready'),
    engine: z.enum(['pglite', 'postgres']),
    pendingMigrations: z.literal(0),
  })
  .meta({ examples: [{ status: 'ready', engine: 'postgres', pendingMigrations: 0 }] });
