import type { Format } from './documents.ts';
import { GPKG_TYPE } from './links.ts';

/** f=json|html wins; otherwise HTML only when the client lists text/html first, as browsers do. */
export function formatOf(f: Format | undefined, accept: string | undefined): Format {
  if (f) return f;
  return firstAccepted(accept) === 'text/html' ? 'html' : 'json';
}

/** As formatOf, and items also come as a GeoPackage: f=gpkg, or Accept naming it first. */
export function itemsFormatOf(f: Format | 'gpkg' | undefined, accept: string | undefined): Format | 'gpkg' {
  if (f) return f;
  return firstAccepted(accept) === GPKG_TYPE ? 'gpkg' : formatOf(undefined, accept);
}

const firstAccepted = (accept: string | undefined) => accept?.split(',')[0]?.split(';')[0]?.trim().toLowerCase();
