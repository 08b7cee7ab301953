import type { DisposalRoute, ListingKind, QuantityUnit } from '../reference/enums.ts';
import type { Accepts, Grade } from '../matching/grade-checks.ts';
import type { Rate } from '../matching/quantity.ts';

/** A listings row as raw SQL returns it (snake_case), with its point split into lon and lat. */
export interface ListingColumns {
  id: string;
  organisation_id: string;
  site_id: string;
  kind: ListingKind;
  material_code: string;
  /** Wants: the materials accepted besides material_code; read where a subject is built. */
  other_materials?: string[];
  grade: Grade;
  accepts: Accepts;
  quantity_amount: number;
  quantity_unit: QuantityUnit;
  quantity_rate: Rate;
  available_from: string | null;
  available_until: string | null;
  max_haul_km: number;
  current_route: DisposalRoute | null;
  gate_fee_gbp_per_tonne: number | null;
  virgin_price_gbp_per_tonne: number | null;
  version: number;
  lon: number;
  lat: number;
}
