import type { FastifyRequest } from 'fastify';
import type { OgcItemsQuery } from '../../schemas/ogc.ts';
import { badRequest, forbidden, notFound, unauthorized } from '../errors.ts';
import { COLLECTIONS, type CollectionId, isCollectionId, mayRead } from './collections.ts';
import { parseCrs } from './crs.ts';
import type { ItemsQuery } from './features.ts';
import { parseBbox, parseDatetime } from './query.ts';

const roleOf = (request: FastifyRequest) => request.principal?.role ?? null;

export function readableCollections(request: FastifyRequest): CollectionId[] {
  return (Object.keys(COLLECTIONS) as CollectionId[]).filter((id) => mayRead(id, roleOf(request)));
}

/** The collection named in the path, if this caller may read it: 404 unknown, 401/403 not theirs. */
export function readableCollection(request: FastifyRequest, id: string): CollectionId {
  if (!isCollectionId(id)) throw notFound('Collection');
  if (mayRead(id, roleOf(request))) return id;
  if (!request.principal) throw unauthorized('Send an API key as Authorization: Bearer <key>.');
  throw forbidden(`The ${id} collection is for officers.`);
}

/** The items query in values, refusing what the collection cannot filter by. */
export function itemsQuery(request: FastifyRequest, id: CollectionId, q: OgcItemsQuery): ItemsQuery {
  const collection = COLLECTIONS[id];
  for (const name of ['material', 'category', 'kind', 'hazardous'] as const) {
    if (q[name] !== undefined && !collection.filters.includes(name))
      throw badRequest(name, `is not a property ${id} can be filtered by`, 'querystring');
  }
  if (q.datetime !== undefined && !collection.temporal)
    throw badRequest('datetime', `${id} have no time to select by`, 'querystring');
  return {
    limit: q.limit,
    crs: parseCrs('crs', q.crs),
    bbox: parseBbox(q.bbox, parseCrs('bbox-crs', q['bbox-crs'])),
    period: parseDatetime(q.datetime),
    material: q.material,
    category: q.category,
    kind: q.kind,
    hazardous: q.hazardous,
    cursor: q.cursor,
    organisationId: request.principal?.organisationId ?? null,
  };
}
