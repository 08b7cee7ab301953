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

export type MaterialCategory = z.infer<typeof materialCategorySchema>;
export type QuantityUnit = z.infer<typeof quantityUnitSchema>;
export type ListingKind = z.infer<typeof listingKindSchema>;
export type ListingRate = z.infer<typeof listingRateSchema>;
export type ListingStatus = z.infer<typeof listingStatusSchema>;
export type DisposalRoute = z.infer<typeof disposalRouteSchema>;
export type ExchangeStatus = z.infer<typeof exchangeStatusSchema>;
export type DeclineReason = z.infer<typeof declineReasonSchema>;
