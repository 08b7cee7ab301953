// The notification queue's workers in the service process (WORKERS=0 leaves them to another
// process of the same build). Channels register on app.notifications before the app is ready.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.ts';
import { ChannelRegistry } from '../notifications/channels.ts';
import { inboxChannel } from '../notifications/inbox.ts';
import { QueueWorkers, enqueueSweep } from '../notifications/queue.ts';
import { fanOut } from '../notifications/fan-out.ts';
import { runSweep } from '../notifications/sweep.ts';

declare module 'fastify' {
  interface FastifyInstance {
    notifications: { channels: ChannelRegistry };
  }
}

async function notificationsPlugin(app: FastifyInstance, { config }: { config: Config }) {
  const channels = new ChannelRegistry();
  channels.register(inboxChannel);
  app.decorate('notifications', { channels });
  if (!config.workers) return;

  const log = app.log.child({ component: 'notifications' });
  const workers = new QueueWorkers(app.db, {
    pollSeconds: config.notifyPollSeconds,
    batchSize: 20,
    onError: (err) => log.error({ err }, 'notification queue'),
  });
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    await workers.start({
      deliver: (delivery) => channels.deliver(delivery, { db: app.db, log }),
      fanOut: (listingId) => fanOut(app.db, listingId, config),
      sweep: () => runSweep(app.db),
    });
    timer = setInterval(() => {
      enqueueSweep(app.db).catch((err: unknown) => log.error({ err }, 'could not enqueue the notification sweep'));
    }, config.notifySweepSeconds * 1000);
    timer.unref();
  });
  // Before onClose, where the database closes: jobs in hand finish first.
  app.addHook('preClose', async () => {
    clearInterval(timer);
    await workers.stop(Math.floor(config.shutdownTimeoutMs / 2));
  });
}

export default fp(notificationsPlugin, { name: 'notifications', dependencies: ['db'] });
