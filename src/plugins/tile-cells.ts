// Moves tile_cells' swept_until forward every minute (src/gis/tile-cells.ts), so that readers
// subtract at most about a minute of ended listings. Every instance runs it; one sweeps at a time.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sweepTileCells } from '../gis/tile-cells.ts';

export const TILE_CELLS_SWEEP_MS = 60_000;

async function tileCellsPlugin(app: FastifyInstance) {
  const log = app.log.child({ component: 'tile-cells' });
  const sweep = () => sweepTileCells(app.db).catch((err: unknown) => log.error({ err }, 'could not sweep tile_cells'));
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    await sweep();
    timer = setInterval(() => void sweep(), TILE_CELLS_SWEEP_MS);
    timer.unref();
  });
  app.addHook('preClose', async () => clearInterval(timer));
}

export default fp(tileCellsPlugin, { name: 'tile-cells', dependencies: ['db'] });
