import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.ts';
import { emailChannel } from '../email/channel.ts';
import { createMailer, type Mailer } from '../email/mailer.ts';
import { publishEvent } from '../notifications/publish.ts';
import { webhookChannel } from '../webhooks/channel.ts';
import type { DeliveryWorkerOptions } from '../webhooks/deliveries.ts';
import { resealWebhookSecrets } from '../webhooks/secret-rotation.ts';
import { closeWebhookAgents } from '../webhooks/send.ts';
import { WebhookWorker } from '../webhooks/worker.ts';
import type { WebhookSettings } from '../webhooks/webhooks.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The ways out beside the inbox: e-mail (null when SMTP_URL is unset) and webhooks. */
    channels: {
      mailer: Mailer | null;
      webhookSettings: WebhookSettings;
      deliveryOptions: DeliveryWorkerOptions;
      /** null when this process runs no workers (WORKERS=0) */
      webhookWorker: WebhookWorker | null;
    };
  }
}

/**
 * Sets up e-mail and webhooks as channels of the notification queue. The webhook worker starts when the app is ready and stops
 * (waiting for its batch in flight, bounded by the attempt timeout) before the database closes.
 */
async function channelsPlugin(app: FastifyInstance, { config }: { config: Config }) {
  const mailer = config.smtpUrl ? createMailer(config.smtpUrl, config.mailFrom) : null;
  if (!mailer) app.log.info('SMTP_URL is not set: no e-mail will be sent (invitations, notifications)');
  if (config.webhookSecretsKeys.length === 0)
    app.log.warn('WEBHOOK_SECRETS_KEY is not set: webhook signing secrets are stored unencrypted');
  const webhookSettings: WebhookSettings = { allowPrivate: config.webhookAllowPrivate, secretsKeys: config.webhookSecretsKeys };
  const deliveryOptions: DeliveryWorkerOptions = {
    timeoutMs: config.webhookTimeoutMs,
    allowPrivate: config.webhookAllowPrivate,
    secretsKeys: config.webhookSecretsKeys,
    batchSize: config.webhookConcurrency,
    // The owners hear of it in their inbox (and by e-mail), in the transaction that disables it.
    onDisabled: async (tx, webhook) => {
      await publishEvent(tx, {
        type: 'webhook.disabled',
        organisationIds: [webhook.organisationId],
        data: { webhookId: webhook.id, url: webhook.url, reason: 'every attempt failed for more than 24 hours' },
      });
    },
  };
  const webhookWorker = config.workers ? new WebhookWorker(app.db, deliveryOptions, app.log) : null;
  app.decorate('channels', { mailer, webhookSettings, deliveryOptions, webhookWorker });
  app.notifications.channels.register(webhookChannel(() => webhookWorker?.notify()));
  if (mailer) app.notifications.channels.register(emailChannel(mailer, config.publicUrl));
  app.addHook('onReady', async () => {
    // A changed WEBHOOK_SECRETS_KEY: secrets sealed under a previous key are sealed under the new one.
    const { resealed, unreadable } = await resealWebhookSecrets(app.db, config.webhookSecretsKeys);
    if (resealed) app.log.info({ resealed }, 'webhook secrets sealed again under the newest WEBHOOK_SECRETS_KEY');
    if (unreadable)
      app.log.warn({ unreadable }, 'webhook secrets sealed under a key that is not given: their deliveries fail until it is (WEBHOOK_SECRETS_KEY_PREVIOUS)');
    webhookWorker?.start();
  });
  app.addHook('preClose', async () => {
    await webhookWorker?.stop();
    mailer?.close();
    closeWebhookAgents();
  });
}

export default fp(channelsPlugin, { name: 'channels', dependencies: ['db', 'notifications'] });
