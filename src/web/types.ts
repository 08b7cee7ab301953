// The shapes the web app reads from the API (see docs/openapi.json for the whole contract).

export type Role = 'member' | 'officer' | 'admin';
export type Point = { type: 'Point'; coordinates: [number, number] };

export interface User {
  id: string;
  organisationId: string;
  email: string;
  name: string;
  orgAdmin: boolean;
}

export interface Session {
  user: User | null;
  organisation: { id: string; name: string; role: Role } | null;
  role: Role;
  csrfToken: string | null;
}

export interface Property {
  name: string;
  label?: string;
  unit?: string | null;
  kind: 'number' | 'category';
  values?: string[];
  min?: number;
  max?: number;
  description?: string;
}

export interface Material {
  code: string;
  name: string;
  category: string;
  unit: 't' | 'm3';
  properties: Property[];
}

export interface Site {
  id: string;
  name: string;
  address: string | null;
  postcode: string | null;
  location: Point;
}

export type Constraint = { min?: number; max?: number; oneOf?: string[] };

export interface Listing {
  id: string;
  kind: 'offer' | 'want';
  material: string;
  grade: Record<string, number | string>;
  accepts: Record<string, Constraint>;
  quantity: { amount: number; unit: 't' | 'm3'; rate: 'one-off' | 'week' | 'month' | 'year' };
  availableFrom?: string | null;
  availableUntil?: string | null;
  maxHaulKm: number;
  status: string;
  expiresAt: string;
  location: Point;
  postcodeDistrict: string | null;
  visibility: 'full' | 'public';
  version?: number;
  siteId?: string;
  site?: { id: string; name: string };
  organisation?: { id: string; name: string };
}

export interface Check {
  property: string;
  result: 'pass' | 'fail' | 'unknown';
  value?: unknown;
  constraint?: Constraint;
}

export interface Match {
  listing: Omit<Listing, 'status' | 'expiresAt' | 'visibility' | 'postcodeDistrict'> & {
    locationPrecision: 'exact' | 'approximate';
    organisation: { id: string; name: string } | null;
  };
  distanceKm: number;
  roadKm: number;
  quantity: { basis: 'year' | 'lot'; amount: number; unit: 't' | 'm3'; shareOfWant: number };
  checks: Check[];
  score: number;
  savings: {
    basis: 'year' | 'lot';
    costSavedGbpPerYear: number | null;
    co2eAvoidedKgPerYear: number | null;
    costSavedGbpPerLot: number | null;
    co2eAvoidedKgPerLot: number | null;
    factorSet: string;
    estimateRequest: Record<string, unknown>;
  };
}

export interface EstimateLine {
  label: string;
  quantity: number;
  factor: number;
  factorUnit: string;
  source: string;
  value: number;
  unit: string;
}

export interface Estimate {
  lines: EstimateLine[];
  totals: { tonnes: number; costSavedGbp: number; co2eAvoidedKg: number };
  factorSet: { id: string; name: string };
  assumptions: string[];
}

export interface ExchangeEvent {
  at: string;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  reason: string | null;
  note: string | null;
}

export interface Party {
  organisation: { name: string; contactEmail: string; contactName: string | null; contactPhone: string | null };
  site: { name: string; postcode: string | null; location: Point };
}

export interface Exchange {
  id: string;
  status: string;
  material: string;
  yourSide: 'offer' | 'want' | null;
  offerId: string;
  wantId: string;
  quantity: { amount: number; unit: 't' | 'm3'; rate: string };
  offerAccepted: boolean;
  wantAccepted: boolean;
  brokered: boolean;
  decline: { reason: string; note: string | null } | null;
  parties: { offer: Party; want: Party } | null;
  /** only on GET /exchanges/{id} */
  events?: ExchangeEvent[];
  createdAt: string;
}

export interface Transfer {
  id: string;
  date: string;
  amount: number;
  unit: string;
  haulKm: number | null;
  savings: { totals: { tonnes: number; costSavedGbp: number; co2eAvoidedKg: number } };
  correctedBy: string | null;
}

export interface Figures {
  tonnesDiverted: number;
  costSavedGbp: number;
  co2eAvoidedT: number;
  exchanges: number;
  businessesAssisted: number;
  [more: string]: unknown;
}

export interface Report {
  totals: Figures;
  groups: Array<{ key: string; label?: string } & Figures>;
}

export interface Region {
  id: string;
  name: string;
}
