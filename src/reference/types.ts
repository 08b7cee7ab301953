// The factor set as the domain sees it. schemas/factor-set.ts validates the API's JSON into exactly
// these types (a compile-time check there fails the typecheck if the two drift apart).

/** V2 read in the source and a second copy; V read in the source; S a secondary source; D derived; R recalled. */
export type Confidence = 'V2' | 'V' | 'S' | 'D' | 'R';

export interface FactorSource {
  publisher: string;
  title: string;
  table?: string | undefined;
  year: number;
  url?: string | undefined;
}

export interface Factor {
  key: string;
  label: string;
  value: number;
  unit: string;
  source: FactorSource;
  confidence: Confidence;
  /** YYYY-MM-DD; absent for a figure that does not change with the tax year. */
  validFrom?: string | undefined;
  validTo?: string | undefined;
}

export interface SolidMapping {
  kind: 'solid';
  taxBand: 'standard' | 'lower';
  landfillKey: string;
  primaryKey: string | null;
  secondaryKey: string | null;
  note?: string | undefined;
}

export interface WaterMapping {
  kind: 'water';
  supplyKey: string;
  treatmentKey: string;
  note?: string | undefined;
}

/** Which factors of a set a material uses. */
export type MaterialMapping = SolidMapping | WaterMapping;

export interface FactorSet {
  id: string;
  name: string;
  description: string;
  factors: Factor[];
  materials: Record<string, MaterialMapping>;
}
