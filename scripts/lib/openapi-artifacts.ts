// The files derived from the app's OpenAPI document, written by npm run docs:export and checked
// against the live document by test/openapi.test.ts, so the committed copies cannot drift.
import openapiTS, { astToString } from 'openapi-typescript';

export const OPENAPI_JSON_PATH = 'docs/openapi.json';
export const API_TYPES_PATH = 'src/web/api-types.ts';

export const openapiJson = (document: object) => `${JSON.stringify(document, null, 2)}\n`;

/** TypeScript types of every path and schema, for the web app (src/web/types.ts names them). */
export async function apiTypesSource(document: object): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0]);
  return `// Generated from ${OPENAPI_JSON_PATH} by npm run docs:export; do not edit.\n\n${astToString(ast)}`;
}
