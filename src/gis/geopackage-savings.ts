// The savings report's map (the same features as its GeoJSON) as a GeoPackage: a flows layer of
// LineStrings and a sites layer of Points.
import type { Database } from '../../db/client.ts';
import type { ReportQuery } from '../../schemas/report.ts';
import { type SavingsFeature, savingsFeatures } from '../reports/exports.ts';
import { type GpkgLayer, writeGeoPackage } from './geopackage.ts';

export async function savingsGeoPackage(db: Database, q: ReportQuery): Promise<Buffer> {
  const flows: GpkgLayer = {
    name: 'flows',
    description: "Each exchange's flow in the period, from the offer's site to the want's, with its totals",
    geometryType: 'LINESTRING',
    fields: [
      { name: 'exchange_id', type: 'TEXT' },
      { name: 'material', type: 'TEXT' },
      { name: 'from_organisation', type: 'TEXT' },
      { name: 'to_organisation', type: 'TEXT' },
      { name: 'transfers', type: 'INTEGER' },
      { name: 'tonnes', type: 'REAL' },
      { name: 'cubic_metres', type: 'REAL' },
      { name: 'cost_saved_gbp', type: 'REAL' },
      { name: 'co2e_avoided_kg', type: 'REAL' },
    ],
    features: [],
  };
  const sites: GpkgLayer = {
    name: 'sites',
    description: 'The sites of those flows',
    geometryType: 'POINT',
    fields: [
      { name: 'site_id', type: 'TEXT' },
      { name: 'organisation', type: 'TEXT' },
    ],
    features: [],
  };
  for await (const f of savingsFeatures(db, q)) addFeature(f, flows, sites);
  return writeGeoPackage([flows, sites]);
}

function addFeature(f: SavingsFeature, flows: GpkgLayer, sites: GpkgLayer): void {
  if (f.properties.kind === 'site') {
    sites.features.push({ geometry: f.geometry, properties: { site_id: f.id, organisation: f.properties.organisation } });
    return;
  }
  const p = f.properties;
  flows.features.push({
    geometry: f.geometry,
    properties: {
      exchange_id: p.exchangeId,
      material: p.material,
      from_organisation: p.from,
      to_organisation: p.to,
      transfers: p.transfers,
      tonnes: p.tonnes,
      cubic_metres: p.cubicMetres,
      cost_saved_gbp: p.costSavedGbp,
      co2e_avoided_kg: p.co2eAvoidedKg,
    },
  });
}
