import { z } from 'zod';
import { roleSchema } from './enums.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../src/people/password.ts';

const email = z.email().max(320).meta({ description: 'Compared without regard to case' });
const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH);

export const userSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    email: z.string(),
    name: z.string(),
    orgAdmin: z.boolean().meta({ description: 'May invite colleagues to the organisation' }),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;
export const userListSchema = z.object({ items: z.array(userSchema) });
export const userParamsSchema = z.object({ id: z.uuid() });

export const createInviteSchema = z
  .object({ email, orgAdmin: z.boolean().default(false) })
  .strict()
  .meta({ examples: [{ email: 'buyer@castings.example', orgAdmin: false }] });

export const inviteSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    email: z.string(),
    orgAdmin: z.boolean(),
    expiresAt: z.iso.datetime({ offset: true }),
    inviteUrl: z.string().meta({
      description: 'Shown once to the inviter and written to the log, so it can be passed on when no e-mail was sent',
    }),
    emailed: z.boolean().meta({
      description: 'Whether the link was e-mailed to the person (only when SMTP_URL is set and the mail server took it)',
    }),
  })
  .meta({ id: 'Invite' });

export const inviteTokenParamsSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'not an invite token') });

export const invitePreviewSchema = z.object({
  email: z.string(),
  organisationName: z.string(),
  orgAdmin: z.boolean(),
  expiresAt: z.iso.datetime({ offset: true }),
});

export const acceptInviteSchema = z
  .object({ name: z.string().trim().min(1).max(200), password })
  .strict();

export const signInSchema = z
  .object({ email, password: z.string().min(1).max(PASSWORD_MAX_LENGTH) })
  .strict()
  .meta({ examples: [{ email: 'env@bccastings.example', password: 'correct horse battery staple' }] });

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH), newPassword: password })
  .strict();

export const sessionSchema = z
  .object({
    user: userSchema.nullable().meta({ description: 'null when the caller is an API key' }),
    organisation: z
      .object({ id: z.uuid(), name: z.string(), role: roleSchema })
      .nullable()
      .meta({ description: 'null for the built-in admin key' }),
    role: roleSchema,
    csrfToken: z.string().nullable().meta({
      description: 'Send it as X-CSRF-Token with every POST, PATCH and DELETE made with the session cookie',
    }),
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof sessionSchema>;
