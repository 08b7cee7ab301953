import type { Role } from '../auth/principal.ts';
import { SUPPORTED_CRS, CRS84 } from './crs.ts';

export type CollectionId = 'listings' | 'regions' | 'flows' | 'opportunities';

interface Collection {
  title: string;
  description: string;
  /** Who may read it: 'everyone' follows the rest of /ogc (members, or anyone with OGC_PUBLIC). */
  readers: 'everyone' | 'officers';
  /** The property filters its items accept. */
  filters: readonly ('material' | 'category' | 'kind' | 'hazardous')[];
  /** What datetime selects, or null if its features have no time. */
  temporal: string | null;
  itemType: 'feature';
  /** What its features' geometries are, as a GeoPackage names the type. */
  geometryType: 'POINT' | 'LINESTRING' | 'MULTIPOLYGON';
}

export const COLLECTIONS: Record<CollectionId, Collection> = {
  listings: {
    title: 'Listings',
    description:
      'Active offers and wants, public view: each at the centre of its ~1 km cell, without the listing firm.',
    readers: 'everyone',
    filters: ['material', 'category', 'kind', 'hazardous'],
    temporal: 'availability (availableFrom to availableUntil) overlaps the period',
    itemType: 'feature',
    geometryType: 'POINT',
  },
  regions: {
    title: 'Regions',
    description: 'Named boundaries that reports are made by.',
    readers: 'everyone',
    filters: [],
    temporal: null,
    itemType: 'feature',
    geometryType: 'MULTIPOLYGON',
  },
  flows: {
    title: 'Flows',
    description:
      'Realised transfers (corrections applied) summed per material and pair of public points, offer to want, over the period given by datetime.',
    readers: 'officers',
    filters: ['material'],
    temporal: 'transfer date in the period',
    itemType: 'feature',
    geometryType: 'LINESTRING',
  },
  opportunities: {
    title: 'Opportunities',
    description:
      "The last optimal allocation your organisation's officers solved (POST /opportunities without a what-if): each flow, offer to want, between the two listings' public points, with tonnes a year and savings.",
    readers: 'officers',
    filters: ['material'],
    temporal: null,
    itemType: 'feature',
    geometryType: 'LINESTRING',
  },
};

export const isCollectionId = (id: string): id is CollectionId => Object.hasOwn(COLLECTIONS, id);

/** Whether a caller (null: anonymous, where OGC_PUBLIC lets one in) may read the collection. */
export function mayRead(id: CollectionId, role: Role | null): boolean {
  return COLLECTIONS[id].readers === 'everyone' || role === 'officer' || role === 'admin';
}

/** The collection's description as /ogc/collections lists it, without links. */
export function describeCollection(id: CollectionId) {
  const c = COLLECTIONS[id];
  return {
    id,
    title: c.title,
    description: c.description,
    itemType: c.itemType,
    crs: [...SUPPORTED_CRS],
    storageCrs: CRS84,
    extent: {
      spatial: { bbox: [[-180, -90, 180, 90]], crs: CRS84 },
      ...(c.temporal ? { temporal: { interval: [[null, null]], trs: 'http://www.opengis.net/def/uom/ISO-8601/0/Gregorian' } } : {}),
    },
  };
}
