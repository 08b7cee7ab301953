// The API's forms of the database's enums. Each list of values is written once, as a pgEnum in
// db/schema.ts; the API accepts and documents exactly those values, in that order.
import { z } from 'zod';
import {
  declineReasonEnum,
  disposalRouteEnum,
  exchangeStatusEnum,
  listingKindEnum,
  listingRateEnum,
  listingStatusEnum,
  materialCategoryEnum,
  quantityUnitEnum,
  roleEnum,
  supplyOriginEnum,
} from '../db/schema.ts';

export const roleSchema = z.enum(roleEnum.enumValues);
export const materialCategorySchema = z.enum(materialCategoryEnum.enumValues);
export const quantityUnitSchema = z.enum(quantityUnitEnum.enumValues);
export const listingKindSchema = z.enum(listingKindEnum.enumValues);
export const listingRateSchema = z.enum(listingRateEnum.enumValues);
export const listingStatusSchema = z.enum(listingStatusEnum.enumValues);
export const disposalRouteSchema = z.enum(disposalRouteEnum.enumValues);
export const exchangeStatusSchema = z.enum(exchangeStatusEnum.enumValues);
export const declineReasonSchema = z.enum(declineReasonEnum.enumValues);
export const supplyOriginSchema = z.enum(supplyOriginEnum.enumValues);

export type {
  DeclineReason,
  DisposalRoute,
  ExchangeStatus,
  ListingKind,
  ListingRate,
  ListingStatus,
  MaterialCategory,
  QuantityUnit,
} from '../src/reference/enums.ts';
