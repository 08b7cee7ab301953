import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  preferencesSchema,
  unsubscribedSchema,
  unsubscribeQuerySchema,
  updatePreferencesSchema,
} from '../../../schemas/preferences.ts';
import { problemResponses } from '../../../schemas/problem.ts';
import { getPreferences, updatePreferences } from '../../email/preferences.ts';
import { unsubscribe } from '../../email/unsubscribe.ts';
import { principalOf } from '../../plugins/auth.ts';

const preferenceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/users/me/preferences',
    {
      schema: {
        operationId: 'getPreferences',
        summary: 'Which events you are e-mailed about (the inbox always has them all)',
        description: 'Signed-in people; an API key has no preferences (409).',
        tags: ['preferences'],
        response: { 200: preferencesSchema, ...problemResponses(401, 409) },
      },
    },
    async (request) => getPreferences(app.db, principalOf(request)),
  );

  app.patch(
    '/users/me/preferences',
    {
      schema: {
        operationId: 'updatePreferences',
        summary: 'Turn e-mail on or off per event type; officers opt in to every transfer',
        description: 'Signed-in people; types left out keep their setting. officerTransfers from anyone but an officer is a 400 naming it.',
        tags: ['preferences'],
        body: updatePreferencesSchema,
        response: { 200: preferencesSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request) => updatePreferences(app.db, principalOf(request), request.body),
  );

  // RFC 8058 one-click: mail clients POST /unsubscribe with a form body, which is not read. This
  // plugin's routes only (Fastify scopes a parser to the plugin that adds it).
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 }, (_r, _body, done) =>
    done(null, null),
  );
  app.post(
      '/unsubscribe',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'unsubscribe',
          summary: 'Turn off one type of e-mail with the signed link from an e-mail, without signing in',
          description:
            'The token names the person and the event type; a token this service did not sign is a 400 naming token. ' +
            'Mail clients use it for one-click unsubscribe (RFC 8058); the web app at #/unsubscribe/{token} does too.',
          tags: ['preferences'],
          security: [],
          querystring: unsubscribeQuerySchema,
          response: { 200: unsubscribedSchema, ...problemResponses(400) },
        },
      },
    async (request) => unsubscribe(app.db, request.query.token),
  );
};

export default preferenceRoutes;
