// Two repairs to the document fastify-type-provider-zod emits, so that generic OpenAPI tooling
// (Spectral's spectral:oas, client generators) reads it as written. Pure: document in, document out.

type Json = unknown;
type SchemaObject = Record<string, Json>;

const isObject = (value: Json): value is SchemaObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * zod emits a fixed-length tuple (a GeoJSON position, a bbox) as `prefixItems` with `items: false`.
 * That is valid JSON Schema 2020-12, but tools that predate `prefixItems` see an array without
 * `items`. When `maxItems` already forbids anything past the prefix, `items` constrains nothing, so
 * it can name what every element is (the prefix items' common type) without changing what is valid.
 */
function closeTuple(schema: SchemaObject): void {
  const prefix = schema.prefixItems;
  if (!Array.isArray(prefix) || schema.items !== false || schema.maxItems !== prefix.length) return;
  const types = new Set(prefix.map((item) => (isObject(item) ? item.type : undefined)));
  const [only] = types;
  schema.items = types.size === 1 && typeof only === 'string' ? { type: only } : { anyOf: prefix };
}

function visit(value: Json, each: (schema: SchemaObject) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) visit(item, each);
  } else if (isObject(value)) {
    each(value);
    for (const child of Object.values(value)) visit(child, each);
  }
}

const SCHEMA_REF = '#/components/schemas/';

function referencedSchemas(value: Json): Set<string> {
  const names = new Set<string>();
  visit(value, (node) => {
    if (typeof node.$ref === 'string' && node.$ref.startsWith(SCHEMA_REF)) names.add(node.$ref.slice(SCHEMA_REF.length));
  });
  return names;
}

/**
 * Every schema registered with an id is emitted twice, as `X` (responses) and `XInput` (request
 * bodies), whether or not any operation uses that direction. Keep only the schemas reachable from
 * the operations, so the components are the contract and nothing else.
 */
function dropUnreferencedSchemas(document: SchemaObject): void {
  const components = document.components;
  if (!isObject(components) || !isObject(components.schemas)) return;
  const schemas = components.schemas;
  const reachable = new Set<string>();
  let frontier = referencedSchemas(document.paths);
  while (frontier.size > 0) {
    const next = new Set<string>();
    for (const name of frontier) {
      if (reachable.has(name)) continue;
      reachable.add(name);
      for (const inner of referencedSchemas(schemas[name])) next.add(inner);
    }
    frontier = next;
  }
  components.schemas = Object.fromEntries(Object.entries(schemas).filter(([name]) => reachable.has(name)));
}

export function tidyOpenapiDocument<T extends object>(document: T): T {
  visit(document, closeTuple);
  dropUnreferencedSchemas(document as SchemaObject);
  return document;
}
