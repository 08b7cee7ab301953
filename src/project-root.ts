/**
 * The project's folder, where db/migrations, db/seed and dist/web live. This module sits one
 * level below it, as does the compiled server (dist/server.js) it is bundled into, so the same
 * relative URL holds whether the service runs from source or compiled.
 */
export const PROJECT_ROOT = new URL('../', import.meta.url);
