// The TypeScript forms of the database's enums, for code that must not depend on the API's
// schemas. Each list of values is written once, as a pgEnum in db/schema.ts; schemas/enums.ts
// builds the API's zod enums from the same values.
import type {
  declineReasonEnum,
  disposalRouteEnum,
  exchangeStatusEnum,
  listingKindEnum,
  listingRateEnum,
  listingStatusEnum,
  materialCategoryEnum,
  quantityUnitEnum,
} from '../../db/schema.ts';

type ValueOf<E extends { enumValues: readonly string[] }> = E['enumValues'][number];

export type MaterialCategory = ValueOf<typeof materialCategoryEnum>;
export type QuantityUnit = ValueOf<typeof quantityUnitEnum>;
export type ListingKind = ValueOf<typeof listingKindEnum>;
export type ListingRate = ValueOf<typeof listingRateEnum>;
export type ListingStatus = ValueOf<typeof listingStatusEnum>;
export type DisposalRoute = ValueOf<typeof disposalRouteEnum>;
export type ExchangeStatus = ValueOf<typeof exchangeStatusEnum>;
export type DeclineReason = ValueOf<typeof declineReasonEnum>;
