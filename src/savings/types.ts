// The savings method's inputs and outputs (docs/savings-method.md), independent of the API.
import type { Rate } from '../matching/quantity.ts';
import type { DisposalRoute, QuantityUnit } from '../reference/enums.ts';
import type { Confidence } from '../reference/types.ts';

export type Route = DisposalRoute;

export interface EstimateInput {
  material: { code: string; unit: QuantityUnit; densityTPerM3: number | null };
  quantity: { amount: number; unit: QuantityUnit; rate?: Rate | undefined };
  /** Road distance; wins over greatCircleKm. */
  roadKm?: number | null | undefined;
  greatCircleKm?: number | null | undefined;
  /** YYYY-MM-DD; the caller supplies today when none is given. */
  date: string;
  currentRoute?: Route | undefined;
  /** Water moves by pipe unless it goes by road. */
  transport?: 'pipe' | 'road' | undefined;
  overrides?: {
    gateFeeGbpPerTonne?: number | undefined;
    virginPriceGbpPerTonne?: number | undefined;
    haulageGbpPerTonneKm?: number | undefined;
    currentRoute?: Route | undefined;
    waterPriceGbpPerM3?: number | undefined;
    tradeEffluentGbpPerM3?: number | undefined;
  };
}

/**
 * Whose saving a line is: the supplier's (its avoided landfill or effluent), the receiver's (its
 * avoided purchase or supply), or shared (the haul between them, whoever pays for it).
 */
export type Party = 'supplier' | 'receiver' | 'shared';

export interface EstimateLine {
  key: string;
  label: string;
  kind: 'cost' | 'carbon';
  quantity: number;
  quantityUnit: string;
  factor: number;
  factorUnit: string;
  value: number;
  unit: 'GBP' | 'kg CO2e';
  source: string;
  confidence: Confidence | 'user';
  /** Optional only because savings stored before parties were named lack it; new lines have it. */
  party?: Party;
}

export interface Totals {
  tonnes: number;
  cubicMetres?: number;
  costSavedGbp: number;
  co2eAvoidedKg: number;
}

export type PartyTotals = Record<Party, { costSavedGbp: number; co2eAvoidedKg: number }>;

export interface Estimate {
  lines: EstimateLine[];
  totals: Totals;
  /** The totals split by whose saving each line is. */
  byParty: PartyTotals;
  perYear?: Totals;
  roadKm: number | null;
  taxYear: string;
  factorSet: { id: string; name: string };
  assumptions: string[];
}

/** What one step of the method adds: its lines, and the notes that explain them, each in order. */
export interface Step {
  lines: EstimateLine[];
  notes: string[];
}

/** Bad input the method cannot work with; `path` names the field. */
export class EstimateInputError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'EstimateInputError';
  }
}
