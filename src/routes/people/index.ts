import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { organisationParamsSchema } from '../../../schemas/organisation.ts';
import {
  acceptInviteSchema,
  changePasswordSchema,
  createInviteSchema,
  invitePreviewSchema,
  inviteSchema,
  inviteTokenParamsSchema,
  sessionSchema,
  signInSchema,
  userListSchema,
  userParamsSchema,
} from '../../../schemas/people.ts';
import { problemResponses } from '../../../schemas/problem.ts';
import type { Config } from '../../config.ts';
import { emailInvite } from '../../email/invite-email.ts';
import { principalOf } from '../../plugins/auth.ts';
import { acceptInvite, createInvite, listUsers, previewInvite, removeUser } from '../../people/invites-and-users.ts';
import {
  changePassword,
  describeSession,
  SESSION_COOKIE,
  SESSION_HOURS,
  signIn,
  signOut,
} from '../../people/sessions.ts';

const noContent = z.null().meta({ description: 'No content' });

function setSessionCookie(reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    path: '/',
    maxAge: SESSION_HOURS * 3600,
  });
}

const peopleRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  app.post(
    '/session',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'signIn',
        summary: 'Sign in with email and password: sets an HttpOnly session cookie',
        description:
          'Five wrong passwords in a row lock the account for 15 minutes (423); failures also count ' +
          'toward the per-address limit on failed authentication (429). Changes made with ' +
          'the cookie must send the returned csrfToken as X-CSRF-Token.',
        tags: ['people'],
        body: signInSchema,
        response: { 200: sessionSchema, ...problemResponses(400, 401, 423, 429) },
      },
    },
    async (request, reply) => {
      // Counted before the password is checked, so a burst cannot outrun the limit; given back on success.
      const attempt = await app.authFailures.reserve(request.ip);
      const { token, session } = await signIn(app.db, request.body.email, request.body.password);
      await app.authFailures.release(request.ip, attempt);
      setSessionCookie(reply, token);
      return session;
    },
  );

  app.get(
    '/session',
    {
      schema: {
        operationId: 'getSession',
        summary: 'Who is calling: the signed-in person (with the CSRF token) or the API key',
        description: 'Any caller with a key or session. Returns the principal: the signed-in person, their organisation and role, and the CSRF token that changes made with the cookie must echo; null user for an API key.',
        tags: ['people'],
        response: { 200: sessionSchema, ...problemResponses(401) },
      },
    },
    async (request) => describeSession(app.db, principalOf(request)),
  );

  app.delete(
    '/session',
    {
      schema: {
        operationId: 'signOut',
        summary: 'Sign out: ends this session and clears its cookie',
        description: 'Signed-in people. Ends this session and clears its cookie (204); needs X-CSRF-Token like every change made with the cookie.',
        tags: ['people'],
        response: { 204: noContent, ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      await signOut(app.db, principalOf(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/session/password',
    {
      schema: {
        operationId: 'changePassword',
        summary: 'Change your password; your other sessions end',
        description: 'Signed-in people. A wrong current password is a 400 naming currentPassword; an API key has no password (409). Every other session of the person ends, this one stays.',
        tags: ['people'],
        body: changePasswordSchema,
        response: { 204: noContent, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      await changePassword(app.db, principalOf(request), request.body.currentPassword, request.body.newPassword);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/organisations/:id/invites',
    {
      schema: {
        operationId: 'invitePerson',
        summary: 'Invite a person to an organisation (its admin, or a programme admin)',
        description: 'The invite link is returned to the inviter and written to the log; when SMTP_URL is set it is also e-mailed to the person (emailed says whether the mail server took it).',
        tags: ['people'],
        params: organisationParamsSchema,
        body: createInviteSchema,
        response: { 201: inviteSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { invite, token } = await createInvite(app.db, principalOf(request), request.params.id, request.body);
      const inviteUrl = `${config.publicUrl}/#/invite/${token}`;
      request.log.info({ email: invite.email, organisationId: invite.organisationId, inviteUrl }, 'invite created');
      const { mailer } = app.channels;
      // The invite stands whether or not the mail server takes it: the inviter still has the link.
      const emailed = mailer
        ? await emailInvite(app.db, mailer, invite, inviteUrl).then(
            () => true,
            (err: unknown) => {
              request.log.warn({ err, email: invite.email }, 'invite e-mail not sent');
              return false;
            },
          )
        : false;
      return reply.code(201).send({ ...invite, inviteUrl, emailed });
    },
  );

  app.get(
    '/organisations/:id/users',
    {
      schema: {
        operationId: 'listPeople',
        summary: 'The people of an organisation (the organisation itself, or a programme admin)',
        description: 'The organisation itself or a programme admin. Each person\'s name, email and whether they administer the organisation; 404 for anyone else.',
        tags: ['people'],
        params: organisationParamsSchema,
        response: { 200: userListSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => ({ items: await listUsers(app.db, principalOf(request), request.params.id) }),
  );

  app.delete(
    '/users/:id',
    {
      schema: {
        operationId: 'removePerson',
        summary: "Remove a person from their organisation (its admins, or a programme admin); their sessions end",
        description: 'To mend a forgotten password, remove the person and invite them again.',
        tags: ['people'],
        params: userParamsSchema,
        response: { 204: noContent, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await removeUser(app.db, principalOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/invites/:token',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getInvite',
        summary: 'What an invite is for (anyone holding its link)',
        description: 'Public: the token in the link is the credential. Tells the person what they are invited to before they choose a password; 404 for a used, expired or unknown token.',
        tags: ['people'],
        params: inviteTokenParamsSchema,
        response: { 200: invitePreviewSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => previewInvite(app.db, request.params.token),
  );

  app.post(
    '/invites/:token/accept',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'acceptInvite',
        summary: 'Accept an invite: choose a name and password; signs you in',
        description: 'Public: the token in the link is the credential. Creates the person with the chosen name and password and signs them in (201 with the session and its cookie); 409 if the email is already registered, 404 for a used or expired invite.',
        tags: ['people'],
        params: inviteTokenParamsSchema,
        body: acceptInviteSchema,
        response: { 201: sessionSchema, ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) => {
      const { token, session } = await acceptInvite(app.db, request.params.token, request.body);
      setSessionCookie(reply, token);
      return reply.code(201).send(session);
    },
  );
};

export default peopleRoutes;
