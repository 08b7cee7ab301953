// Solves: a fixed number of slots in this process, and jobs for the long ones. A job's state is a
// row of opportunity_jobs, so a status URL or a cancel reaches it through any instance of the
// service; the solve itself runs in the process that accepted it, which writes its progress and a
// heartbeat there and reads whether someone asked it to stop.
import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { opportunityJobs } from '../../db/schema.ts';
import type { OpportunityJob, OpportunityResult } from '../../schemas/opportunity.ts';
import { HttpProblem } from '../errors.ts';

/** How long a finished job's result can still be fetched. */
const KEEP_FINISHED_MS = 60 * 60_000;
/** What a 503 tells a client to wait: a regional solve takes seconds. */
const RETRY_AFTER_SECONDS = 10;
/** How often the solving process writes progress and its heartbeat, and reads a cancel. */
export const HEARTBEAT_MS = 2_000;
/** A running job not heard of for this long lost its process (a restart, a crash). */
const STALE_MS = 30_000;

type Progress = OpportunityJob['progress'];

export interface JobContext {
  signal: AbortSignal;
  progress(phase: Progress['phase'], done: number, total: number): void;
  /** What a cancel must also stop (a solver worker). */
  onCancel(stop: () => void): void;
}

/** A job solving in this process: what a cancel stops, and its latest progress to write. */
interface LocalJob {
  abort: AbortController;
  stops: (() => void)[];
  progress: Progress;
}

type Row = typeof opportunityJobs.$inferSelect;

function view(row: Row): OpportunityJob {
  const lost = row.status === 'running' && Date.now() - row.heartbeatAt.getTime() > STALE_MS;
  return {
    id: row.id,
    status: lost ? 'failed' : (row.status as OpportunityJob['status']),
    progress: row.progress as Progress,
    createdAt: row.createdAt.toISOString(),
    result: (row.result as OpportunityResult | null) ?? null,
    error: lost ? 'The service instance solving this stopped before it finished; start the solve again.' : row.error,
  };
}

const ofOrganisation = (organisationId: string | null) =>
  organisationId === null ? sql`${opportunityJobs.organisationId} IS NULL` : eq(opportunityJobs.organisationId, organisationId);

/** At most `concurrency` solves at once in this process, sync or job. */
export class SolveSlots {
  private running = 0;

  constructor(private readonly concurrency: number) {}

  /** A slot, or 503. */
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
}

/** Long solves as jobs, kept in opportunity_jobs. */
export class OpportunityJobs {
  private readonly local = new Map<string, LocalJob>();

  constructor(private readonly db: Database) {}

  /** Records the job and runs `work` in a slot taken by the caller; returns the job at once. */
  async start(organisationId: string | null, release: () => void, work: (ctx: JobContext) => Promise<OpportunityResult>): Promise<OpportunityJob> {
    let row: Row;
    try {
      await this.prune();
      [row] = (await this.db
        .insert(opportunityJobs)
        .values({ organisationId, progress: { phase: 'candidates', done: 0, total: 0 } })
        .returning()) as [Row];
    } catch (e) {
      release();
      throw e;
    }
    const id = row.id;
    const job: LocalJob = { abort: new AbortController(), stops: [], progress: row.progress as Progress };
    this.local.set(id, job);
    const ctx: JobContext = {
      signal: job.abort.signal,
      progress: (phase, done, total) => {
        job.progress = { phase, done, total };
      },
      onCancel: (stop) => job.stops.push(stop),
    };
    const heartbeat = setInterval(() => void this.beat(id, job), HEARTBEAT_MS);
    heartbeat.unref();
    void work(ctx)
      .then(
        (result) => this.finish(id, { status: 'done', result, progress: { phase: 'done', done: 1, total: 1 } }),
        (err: unknown) =>
          this.finish(id, { status: 'failed', error: err instanceof HttpProblem ? err.message : 'The solve failed; see the service log.' }),
      )
      .catch(() => undefined) // the row stays running; its heartbeat stops, so it reads as failed
      .finally(() => {
        clearInterval(heartbeat);
        this.local.delete(id);
        release();
      });
    return view(row);
  }

  /** The job as its organisation sees it; others get null (a 404, not a hint that it exists). */
  async get(id: string, organisationId: string | null): Promise<OpportunityJob | null> {
    const [row] = await this.db
      .select()
      .from(opportunityJobs)
      .where(and(eq(opportunityJobs.id, id), ofOrganisation(organisationId)));
    return row ? view(row) : null;
  }

  /** Marks a running job cancelled; the process solving it stops it at once if it is this one. */
  async cancel(id: string, organisationId: string | null): Promise<OpportunityJob | null> {
    await this.db
      .update(opportunityJobs)
      .set({ status: 'cancelled', cancelRequested: true, finishedAt: sql`now()` })
      .where(and(eq(opportunityJobs.id, id), ofOrganisation(organisationId), eq(opportunityJobs.status, 'running')));
    const job = await this.get(id, organisationId);
    if (job?.status === 'cancelled') this.stop(id);
    return job;
  }

  /** Stops every job solving in this process (the service is closing) and records them cancelled. */
  async cancelAll(): Promise<void> {
    const ids = [...this.local.keys()];
    for (const id of ids) this.stop(id);
    for (const id of ids)
      await this.db
        .update(opportunityJobs)
        .set({ status: 'cancelled', error: 'The service stopped during the solve.', finishedAt: sql`now()` })
        .where(and(eq(opportunityJobs.id, id), eq(opportunityJobs.status, 'running')))
        .catch(() => undefined);
  }

  private stop(id: string) {
    const job = this.local.get(id);
    if (!job || job.abort.signal.aborted) return;
    job.abort.abort();
    for (const stop of job.stops) stop();
  }

  /** Writes progress and the heartbeat; a cancel asked through another instance stops the solve. */
  private async beat(id: string, job: LocalJob) {
    try {
      const [row] = await this.db
        .update(opportunityJobs)
        .set({ progress: job.progress, heartbeatAt: sql`now()` })
        .where(eq(opportunityJobs.id, id))
        .returning({ cancelRequested: opportunityJobs.cancelRequested });
      if (row?.cancelRequested) this.stop(id);
    } catch {
      // A missed beat is made up by the next; a long outage reads as a lost job, which it is.
    }
  }

  /** The outcome, unless the job was cancelled meanwhile (a cancel stays a cancel). */
  private async finish(id: string, outcome: Partial<Pick<Row, 'status' | 'result' | 'error' | 'progress'>>) {
    await this.db
      .update(opportunityJobs)
      .set({ ...outcome, heartbeatAt: sql`now()`, finishedAt: sql`now()` })
      .where(and(eq(opportunityJobs.id, id), eq(opportunityJobs.status, 'running')));
  }

  /** Finished jobs are kept an hour; running ones whose process went silent as long, too. */
  private async prune() {
    const before = new Date(Date.now() - KEEP_FINISHED_MS);
    await this.db
      .delete(opportunityJobs)
      .where(or(lt(opportunityJobs.finishedAt, before), and(eq(opportunityJobs.status, 'running'), lt(opportunityJobs.heartbeatAt, before))));
  }
}
