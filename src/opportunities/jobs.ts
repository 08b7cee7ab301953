// Solves running in this process: a fixed number of slots, and jobs for the long ones. A job
// lives in memory only and is lost if the service restarts (a durable queue may come later).
import { randomUUID } from 'node:crypto';
import type { OpportunityJob, OpportunityResult } from '../../schemas/opportunity.ts';
import { HttpProblem } from '../errors.ts';

/** How long a finished job's result can still be fetched. */
const KEEP_FINISHED_MS = 60 * 60_000;
/** Finished jobs kept at most; the oldest go first. */
const KEEP_FINISHED = 100;
/** What a 503 tells a client to wait: a regional solve takes seconds. */
const RETRY_AFTER_SECONDS = 10;

export interface JobContext {
  signal: AbortSignal;
  progress(phase: OpportunityJob['progress']['phase'], done: number, total: number): void;
  /** What a cancel must also stop (a solver worker). */
  onCancel(stop: () => void): void;
}

interface Job {
  view: OpportunityJob;
  organisationId: string | null;
  finishedAt: number | null;
  abort: AbortController;
  stops: (() => void)[];
}

export class SolveSlots {
  private running = 0;
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly concurrency: number) {}

  /** A slot, or 503: at most `concurrency` solves at once, sync or job. */
  acquire(): () => void {
    if (this.running >= this.concurrency)
      throw new HttpProblem(503, `${this.concurrency} opportunity solve(s) are running; try again shortly.`, {
        type: 'busy',
        headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
      });
    this.running++;
    let released = false;
    return () => {
      if (!released) this.running--;
      released = true;
    };
  }

  /** Runs `work` in a slot taken by the caller; returns the job at once. */
  start(organisationId: string | null, release: () => void, work: (ctx: JobContext) => Promise<OpportunityResult>): OpportunityJob {
    this.prune();
    const job: Job = {
      view: {
        id: randomUUID(),
        status: 'running',
        progress: { phase: 'candidates', done: 0, total: 0 },
        createdAt: new Date().toISOString(),
        result: null,
        error: null,
      },
      organisationId,
      finishedAt: null,
      abort: new AbortController(),
      stops: [],
    };
    this.jobs.set(job.view.id, job);
    const ctx: JobContext = {
      signal: job.abort.signal,
      progress: (phase, done, total) => {
        job.view.progress = { phase, done, total };
      },
      onCancel: (stop) => job.stops.push(stop),
    };
    work(ctx)
      .then((result) => {
        if (job.view.status !== 'running') return;
        job.view.status = 'done';
        job.view.result = result;
        job.view.progress = { phase: 'done', done: 1, total: 1 };
      })
      .catch((err: unknown) => {
        if (job.view.status !== 'running') return;
        job.view.status = 'failed';
        job.view.error = err instanceof HttpProblem ? err.message : 'The solve failed; see the service log.';
      })
      .finally(() => {
        job.finishedAt = Date.now();
        release();
      });
    return job.view;
  }

  /** The job as its organisation sees it; others get null (a 404, not a hint that it exists). */
  get(id: string, organisationId: string | null): OpportunityJob | null {
    const job = this.jobs.get(id);
    return job && job.organisationId === organisationId ? job.view : null;
  }

  cancel(id: string, organisationId: string | null): OpportunityJob | null {
    const job = this.jobs.get(id);
    if (!job || job.organisationId !== organisationId) return null;
    if (job.view.status === 'running') {
      job.view.status = 'cancelled';
      job.abort.abort();
      for (const stop of job.stops) stop();
    }
    return job.view;
  }

  /** Stops every running job (the service is closing). */
  cancelAll(): void {
    for (const job of this.jobs.values()) if (job.view.status === 'running') this.cancel(job.view.id, job.organisationId);
  }

  private prune() {
    const now = Date.now();
    const finished = [...this.jobs.values()].filter((j) => j.finishedAt !== null);
    finished.forEach((j, i) => {
      if (now - (j.finishedAt as number) > KEEP_FINISHED_MS || finished.length - i > KEEP_FINISHED) this.jobs.delete(j.view.id);
    });
  }
}
