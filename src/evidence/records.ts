// What officers and firms record as evidence: business profiles, jobs, co-investment, and the
// programme's additionality settings. Every write is audited.
import { and, asc, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import { type Database, inTransaction } from '../../db/client.ts';
import { businessProfiles, coInvestments, evidenceSettings, jobRecords, organisations } from '../../db/schema.ts';
import type {
  BusinessProfile,
  BusinessProfileInput,
  CreateCoInvestment,
  CreateJobRecord,
} from '../../schemas/evidence.ts';
import { isOfficer, type Principal } from '../auth/principal.ts';
import { badRequest, notFound } from '../errors.ts';
import { recordAudit } from '../platform/audit.ts';
import { type ProgrammeAdditionality, UNSET_ADDITIONALITY } from './additionality.ts';
import { businessSize, normaliseCompanyNumber } from './business-size.ts';

type ProfileRow = typeof businessProfiles.$inferSelect;

function toProfile(organisationId: string, row: ProfileRow | undefined): BusinessProfile {
  const employeesBand = (row?.employeesBand ?? null) as BusinessProfile['employeesBand'];
  const turnoverBand = (row?.turnoverBand ?? null) as BusinessProfile['turnoverBand'];
  return {
    organisationId,
    companyNumber: row?.companyNumber ?? null,
    employeesBand,
    turnoverBand,
    size: businessSize(employeesBand, turnoverBand),
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

/** Members read and state their own organisation's; officers any. Others' answer as unknown. */
async function organisationFor(db: Database, p: Principal, id: string) {
  const [org] = isOfficer(p) || p.organisationId === id ? await db.select().from(organisations).where(eq(organisations.id, id)) : [];
  if (!org) throw notFound('Organisation');
  return org;
}

export async function getBusinessProfile(db: Database, p: Principal, organisationId: string): Promise<BusinessProfile> {
  await organisationFor(db, p, organisationId);
  const [row] = await db.select().from(businessProfiles).where(eq(businessProfiles.organisationId, organisationId));
  return toProfile(organisationId, row);
}

/** Fields left out keep their value; null clears one. */
export async function putBusinessProfile(
  db: Database,
  p: Principal,
  organisationId: string,
  input: BusinessProfileInput,
): Promise<BusinessProfile> {
  return inTransaction(db, async (tx) => {
    await organisationFor(tx, p, organisationId);
    const [current] = await tx
      .select()
      .from(businessProfiles)
      .where(eq(businessProfiles.organisationId, organisationId))
      .for('update');
    const companyNumber =
      input.companyNumber === undefined
        ? (current?.companyNumber ?? null)
        : input.companyNumber === null
          ? null
          : normaliseCompanyNumber(input.companyNumber);
    const values = {
      companyNumber,
      employeesBand: input.employeesBand === undefined ? (current?.employeesBand ?? null) : input.employeesBand,
      turnoverBand: input.turnoverBand === undefined ? (current?.turnoverBand ?? null) : input.turnoverBand,
      updatedByOrganisationId: p.organisationId,
      updatedAt: new Date(),
    };
    const [row] = await tx
      .insert(businessProfiles)
      .values({ organisationId, ...values })
      .onConflictDoUpdate({ target: businessProfiles.organisationId, set: values })
      .returning();
    const after = toProfile(organisationId, row);
    await recordAudit(tx, p, 'update', { type: 'business-profile', id: organisationId }, current ? toProfile(organisationId, current) : null, after);
    return after;
  });
}

async function existingOrganisation(db: Database, id: string): Promise<string> {
  const [org] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, id));
  if (!org) throw badRequest('organisationId', 'is not an organisation');
  return org.name;
}

type JobRow = typeof jobRecords.$inferSelect;
const toJob = (r: JobRow, organisationName: string) => ({
  id: r.id,
  organisationId: r.organisationId,
  organisationName,
  kind: r.kind,
  fte: r.fte,
  date: r.date,
  basis: r.basis,
  evidenceNote: r.evidenceNote,
  createdAt: r.createdAt.toISOString(),
});

export async function recordJobs(db: Database, p: Principal, input: CreateJobRecord) {
  return inTransaction(db, async (tx) => {
    const name = await existingOrganisation(tx, input.organisationId);
    const [row] = await tx.insert(jobRecords).values({ ...input, recordedByOrganisationId: p.organisationId }).returning();
    if (!row) throw new Error('insert into job_records returned no row');
    const job = toJob(row, name);
    await recordAudit(tx, p, 'create', { type: 'job-record', id: row.id }, null, job);
    return job;
  });
}

type CoInvestmentRow = typeof coInvestments.$inferSelect;
const toCoInvestment = (r: CoInvestmentRow, organisationName: string) => ({
  id: r.id,
  organisationId: r.organisationId,
  organisationName,
  amountGbp: r.amountGbp,
  source: r.source,
  date: r.date,
  evidenceNote: r.evidenceNote,
  createdAt: r.createdAt.toISOString(),
});

export async function recordCoInvestment(db: Database, p: Principal, input: CreateCoInvestment) {
  return inTransaction(db, async (tx) => {
    const name = await existingOrganisation(tx, input.organisationId);
    const [row] = await tx
      .insert(coInvestments)
      .values({ ...input, evidenceNote: input.evidenceNote ?? null, recordedByOrganisationId: p.organisationId })
      .returning();
    if (!row) throw new Error('insert into co_investments returned no row');
    const investment = toCoInvestment(row, name);
    await recordAudit(tx, p, 'create', { type: 'co-investment', id: row.id }, null, investment);
    return investment;
  });
}

interface ListQuery {
  from?: string | undefined;
  to?: string | undefined;
  organisation?: string | undefined;
}

function dated(column: typeof jobRecords.date | typeof coInvestments.date, q: ListQuery): SQL[] {
  const where: SQL[] = [];
  if (q.from) where.push(gte(column, q.from));
  if (q.to) where.push(lte(column, q.to));
  return where;
}

export async function listJobs(db: Database, q: ListQuery) {
  const rows = await db
    .select({ row: jobRecords, name: organisations.name })
    .from(jobRecords)
    .innerJoin(organisations, eq(organisations.id, jobRecords.organisationId))
    .where(and(...dated(jobRecords.date, q), ...(q.organisation ? [eq(jobRecords.organisationId, q.organisation)] : [])))
    .orderBy(asc(jobRecords.date), asc(jobRecords.id));
  return { items: rows.map((r) => toJob(r.row, r.name)) };
}

export async function listCoInvestments(db: Database, q: ListQuery) {
  const rows = await db
    .select({ row: coInvestments, name: organisations.name })
    .from(coInvestments)
    .innerJoin(organisations, eq(organisations.id, coInvestments.organisationId))
    .where(
      and(...dated(coInvestments.date, q), ...(q.organisation ? [eq(coInvestments.organisationId, q.organisation)] : [])),
    )
    .orderBy(asc(coInvestments.date), asc(coInvestments.id));
  return { items: rows.map((r) => toCoInvestment(r.row, r.name)) };
}

/** The settings in force: the newest officers set, or none (net then equals gross where unanswered). */
export async function programmeAdditionality(db: Database): Promise<ProgrammeAdditionality> {
  const [row] = await db.select().from(evidenceSettings).orderBy(desc(evidenceSettings.setAt), desc(evidenceSettings.id)).limit(1);
  if (!row) return UNSET_ADDITIONALITY;
  return { deadweight: row.deadweight, attribution: row.attribution, setAt: row.setAt.toISOString(), note: row.note };
}

/** A new row each time, so every report can say which settings it used and when they were set. */
export async function setProgrammeAdditionality(
  db: Database,
  p: Principal,
  input: { deadweight: number; attribution: number; note?: string | undefined },
): Promise<ProgrammeAdditionality> {
  return inTransaction(db, async (tx) => {
    const before = await programmeAdditionality(tx);
    const [row] = await tx
      .insert(evidenceSettings)
      .values({ deadweight: input.deadweight, attribution: input.attribution, note: input.note ?? null, setByOrganisationId: p.organisationId })
      .returning();
    if (!row) throw new Error('insert into evidence_settings returned no row');
    const after = { deadweight: row.deadweight, attribution: row.attribution, setAt: row.setAt.toISOString(), note: row.note };
    await recordAudit(tx, p, 'update', { type: 'additionality-settings', id: row.id }, before, after);
    return after;
  });
}
