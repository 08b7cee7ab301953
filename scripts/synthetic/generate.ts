// Deterministic synthetic organisations, sites and listings for load tests and benchmarks.
// Every distribution here is a modelling choice for exercising the service, not data about firms.
import { TOWNS } from './towns.ts';

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const between = (r: Rand, lo: number, hi: number) => lo + (hi - lo) * r();
const round = (x: number, dp: number) => Math.round(x * 10 ** dp) / 10 ** dp;
function pick<T>(r: Rand, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)] as T;
}
function weighted<T extends { weight: number }>(r: Rand, items: readonly T[]): T {
  const total = items.reduce((s, i) => s + i.weight, 0);
  let x = r() * total;
  for (const item of items) {
    x -= item.weight;
    if (x <= 0) return item;
  }
  return items[items.length - 1] as T;
}
function gaussian(r: Rand): number {
  return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
}
const HEX = '0123456789abcdef';
// Hot: three per listing. Draws 33 numbers, the 13th digit's and the variant's overwritten.
function uuid(r: Rand): string {
  let h = '';
  for (let i = 0; i < 32; i++) h += HEX[Math.floor(r() * 16)];
  const variant = HEX[(Math.floor(r() * 4) & 0x3) | 0x8];
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20)}`;
}

type GradeValue = number | string;
type Range = [number, number, number]; // lo, hi, decimals
interface MaterialModel {
  code: string;
  weight: number;
  unit: 't' | 'm3';
  numbers: Record<string, Range>;
  categories: Record<string, readonly string[]>;
  /** The properties a want typically constrains. */
  wantLimits: string[];
}

const STEEL_GRADES = ['E1', 'E2', 'E3', 'E5H', 'E5M', 'E6', 'E8', 'E40', 'EHRB', 'EHRM'] as const;

const MATERIALS: MaterialModel[] = [
  {
    code: 'foundry-sand',
    weight: 15,
    unit: 't',
    numbers: { afsGfn: [40, 70, 0], clayPct: [2, 12, 1], loiPct: [0.5, 5, 2], moisturePct: [1, 6, 1] },
    categories: {},
    wantLimits: ['clayPct', 'loiPct'],
  },
  {
    code: 'silica-sand',
    weight: 8,
    unit: 't',
    numbers: { afsGfn: [40, 90, 0], clayPct: [0, 2, 2], loiPct: [0, 0.5, 2], moisturePct: [0, 5, 1] },
    categories: {},
    wantLimits: ['afsGfn', 'clayPct'],
  },
  {
    code: 'recycled-aggregate',
    weight: 10,
    unit: 't',
    numbers: { finesPct: [1, 15, 1], moisturePct: [2, 8, 1] },
    categories: {},
    wantLimits: ['finesPct'],
  },
  {
    code: 'soil',
    weight: 8,
    unit: 't',
    numbers: { organicPct: [1, 10, 1], stonePct: [0, 40, 0], moisturePct: [10, 30, 0], ph: [5, 8.5, 1] },
    categories: {},
    wantLimits: ['stonePct', 'ph'],
  },
  {
    code: 'process-water',
    weight: 10,
    unit: 'm3',
    numbers: { codMgL: [50, 2000, 0], bodMgL: [10, 800, 0], tssMgL: [10, 500, 0], ph: [6, 9, 1], tempC: [10, 40, 0] },
    categories: {},
    wantLimits: ['codMgL', 'tssMgL', 'ph'],
  },
  {
    code: 'steel-scrap',
    weight: 15,
    unit: 't',
    numbers: { cuPct: [0.05, 0.5, 3], snPct: [0.005, 0.05, 3], crPct: [0.02, 0.3, 2], niPct: [0.02, 0.3, 2] },
    categories: { grade: STEEL_GRADES },
    wantLimits: ['grade', 'cuPct', 'snPct'],
  },
  {
    code: 'steel-turnings',
    weight: 10,
    unit: 't',
    numbers: { cuPct: [0.05, 0.4, 3], snPct: [0.005, 0.04, 3], oilPct: [0.5, 5, 1] },
    categories: { grade: ['E5H', 'E5M'] },
    wantLimits: ['grade', 'cuPct', 'oilPct'],
  },
  {
    code: 'aluminium-scrap',
    weight: 6,
    unit: 't',
    numbers: { fePct: [0.1, 1.5, 2], oilPct: [0, 3, 1] },
    categories: { alloySeries: ['1xxx', '3xxx', '5xxx', '6xxx', 'cast', 'mixed'] },
    wantLimits: ['alloySeries', 'fePct'],
  },
  {
    code: 'copper-scrap',
    weight: 4,
    unit: 't',
    numbers: { cuContentPct: [60, 99.9, 1] },
    categories: { form: ['wire', 'tube', 'sheet', 'turnings', 'mixed'] },
    wantLimits: ['cuContentPct'],
  },
  {
    code: 'glass-cullet',
    weight: 5,
    unit: 't',
    numbers: { contaminationPct: [0, 3, 2] },
    categories: { colour: ['clear', 'green', 'amber', 'mixed'] },
    wantLimits: ['colour', 'contaminationPct'],
  },
  {
    code: 'wood',
    weight: 5,
    unit: 't',
    numbers: { moisturePct: [10, 40, 0] },
    categories: { woodGrade: ['A', 'B', 'C', 'D'] },
    wantLimits: ['woodGrade'],
  },
  {
    code: 'plastics',
    weight: 4,
    unit: 't',
    numbers: { contaminationPct: [0, 10, 1] },
    categories: { polymer: ['PE-HD', 'PE-LD', 'PP', 'PET', 'mixed'] },
    wantLimits: ['polymer', 'contaminationPct'],
  },
];

export interface SyntheticOrganisation {
  id: string;
  name: string;
}
export interface SyntheticSite {
  id: string;
  organisationId: string;
  name: string;
  lon: number;
  lat: number;
}
export interface SyntheticListing {
  id: string;
  organisationId: string;
  siteId: string;
  kind: 'offer' | 'want';
  materialCode: string;
  grade: Record<string, GradeValue>;
  accepts: Record<string, { min?: number; max?: number; oneOf?: GradeValue[] }>;
  quantityAmount: number;
  quantityUnit: 't' | 'm3';
  quantityRate: 'one-off' | 'week' | 'month' | 'year';
  maxHaulKm: number;
  currentRoute: 'landfill' | 'recycling' | 'other' | null;
  gateFeeGbpPerTonne: number | null;
  virginPriceGbpPerTonne: number | null;
  status: 'draft' | 'active' | 'paused' | 'closed';
  expiresInDays: number;
  lon: number;
  lat: number;
}

function grade(r: Rand, m: MaterialModel): Record<string, GradeValue> {
  const g: Record<string, GradeValue> = {};
  for (const [name, [lo, hi, dp]] of Object.entries(m.numbers)) if (r() < 0.85) g[name] = round(between(r, lo, hi), dp);
  for (const [name, values] of Object.entries(m.categories)) g[name] = pick(r, values);
  return g;
}

function accepts(r: Rand, m: MaterialModel): SyntheticListing['accepts'] {
  const a: SyntheticListing['accepts'] = {};
  for (const name of m.wantLimits) {
    if (r() < 0.3) continue;
    const values = m.categories[name];
    if (values) {
      a[name] = { oneOf: values.filter(() => r() < 0.6).concat(pick(r, values)).filter((v, i, all) => all.indexOf(v) === i) };
      continue;
    }
    const [lo, hi, dp] = m.numbers[name] as Range;
    a[name] = r() < 0.8 ? { max: round(between(r, lo + (hi - lo) * 0.4, hi), dp) } : { min: round(lo, dp) };
  }
  return a;
}

/**
 * A region-scale data set of `size` listings, about one organisation per 10 listings. Firms and
 * sites come whole; listings stream, so a million of them never sit in memory at once.
 */
export function generate(size: number, seed = 1) {
  const r = prng(seed);
  const orgCount = Math.max(2, Math.ceil(size / 10));
  const organisations: SyntheticOrganisation[] = [];
  const sites: SyntheticSite[] = [];
  for (let i = 0; i < orgCount; i++) {
    const town = weighted(r, TOWNS);
    const org = { id: uuid(r), name: `${town.name} Industrial ${i + 1} Ltd` };
    organisations.push(org);
    const siteCount = 1 + Math.floor(r() * 3);
    for (let s = 0; s < siteCount; s++) {
      // Firms scatter around the town centre, most within ~8 km.
      const lat = town.lat + (gaussian(r) * 8) / 111;
      const lon = town.lon + (gaussian(r) * 8) / (111 * Math.cos((town.lat * Math.PI) / 180));
      sites.push({ id: uuid(r), organisationId: org.id, name: `${town.name} site ${s + 1}`, lon, lat });
    }
  }
  return { organisations, sites, listings: listingStream(r, sites, size) };
}

function* listingStream(r: Rand, sites: SyntheticSite[], size: number): Generator<SyntheticListing> {
  for (let i = 0; i < size; i++) {
    const site = sites[Math.floor(r() * sites.length)] as SyntheticSite;
    const m = weighted(r, MATERIALS);
    const kind = r() < 0.55 ? 'offer' : 'want';
    const rate = weighted(r, [
      { v: 'one-off', weight: 2 },
      { v: 'week', weight: 3 },
      { v: 'month', weight: 4 },
      { v: 'year', weight: 1 },
    ] as const).v;
    const scale = { 'one-off': 200, week: 20, month: 80, year: 1000 }[rate];
    const statusRoll = r();
    const status = statusRoll < 0.82 ? 'active' : statusRoll < 0.9 ? 'paused' : statusRoll < 0.95 ? 'draft' : 'closed';
    const listing: SyntheticListing = {
      id: uuid(r),
      organisationId: site.organisationId,
      siteId: site.id,
      kind,
      materialCode: m.code,
      grade: kind === 'offer' ? grade(r, m) : {},
      accepts: kind === 'want' ? accepts(r, m) : {},
      quantityAmount: round(scale * Math.exp(gaussian(r) * 0.8), 1) || 1,
      quantityUnit: m.unit,
      quantityRate: rate,
      maxHaulKm: pick(r, [15, 25, 40, 50, 80, 120]),
      currentRoute: kind === 'offer' ? (r() < 0.75 ? 'landfill' : 'recycling') : null,
      gateFeeGbpPerTonne: kind === 'offer' && r() < 0.5 ? round(between(r, 15, 60), 2) : null,
      virginPriceGbpPerTonne: kind === 'want' && r() < 0.6 ? round(between(r, 10, 400), 2) : null,
      status,
      // About 7 % have run past their expiry without renewal.
      expiresInDays: r() < 0.07 ? -Math.ceil(r() * 60) : Math.ceil(r() * 90),
      lon: site.lon,
      lat: site.lat,
    };
    yield listing;
  }
}
