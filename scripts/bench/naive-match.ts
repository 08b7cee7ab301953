// The naive baseline the indexed query is measured against: load every active counterpart of a
// compatible material (plain equality filters in SQL), then filter by distance with turf, dates
// and grade in JavaScript, as a first version without spatial SQL might.
import { distance, point } from '@turf/turf';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.ts';
import { checkGrade } from '../../src/matching/grade-checks.ts';
import type { CandidateRow } from '../../src/matching/candidates-sql.ts';
import type { MatchSubject } from '../../src/matching/subject.ts';

export async function naiveCandidates(db: Database, s: MatchSubject, strict: boolean): Promise<CandidateRow[]> {
  const counterpart = s.kind === 'offer' ? 'want' : 'offer';
  const materials = await queryRows<{ code: string; substitutes: string[] }>(
    db,
    sql`SELECT code, substitutes FROM materials`,
  );
  const codes =
    s.kind === 'want'
      ? [s.materialCode, ...(materials.find((m) => m.code === s.materialCode)?.substitutes ?? [])]
      : materials.filter((m) => m.code === s.materialCode || m.substitutes.includes(s.materialCode)).map((m) => m.code);
  const rows = await queryRows<CandidateRow & { expired: boolean }>(
    db,
    sql`SELECT c.*, c.available_from::text AS available_from, c.available_until::text AS available_until,
          c.expires_at <= now() AS expired, ST_X(c.location::geometry) AS lon, ST_Y(c.location::geometry) AS lat
        FROM listings c
        WHERE c.kind = ${counterpart} AND c.status = 'active' AND c.material_code = ANY(${sql.param(codes)})`,
  );
  const here = point([s.lon, s.lat]);
  const today = new Date().toISOString().slice(0, 10);
  const out: CandidateRow[] = [];
  for (const c of rows) {
    if (c.expired) continue;
    if (s.organisationId && c.organisation_id === s.organisationId) continue;
    const km = distance(here, point([Number(c.lon), Number(c.lat)]), { units: 'kilometers' });
    if (km > s.maxHaulKm || km > Number(c.max_haul_km)) continue;
    if (c.available_until && c.available_until < today) continue;
    if (c.available_until && s.availableFrom && c.available_until < s.availableFrom) continue;
    if (c.available_from && s.availableUntil && c.available_from > s.availableUntil) continue;
    const [grade, accepts] = s.kind === 'offer' ? [s.grade, c.accepts] : [c.grade, s.accepts];
    if (!checkGrade(grade, accepts, strict).qualifies) continue;
    out.push({ ...c, distance_m: km * 1000 });
  }
  return out.sort((a, b) => a.distance_m - b.distance_m);
}
