import { useEffect, useMemo, useState } from 'preact/hooks';
import { get, query } from '../api.ts';
import { BarChart } from '../components/BarChart.tsx';
import { Field, Loading, ProblemSummary, SelectField, useAction } from '../components/Form.tsx';
import { type MapLine, MapView } from '../components/MapView.tsx';
import { NetworkMap } from '../components/NetworkMap.tsx';
import { money, num, today } from '../format.ts';
import type { Region, Report } from '../types.ts';

interface FlowCollection {
  features: Array<{
    geometry: { type: string; coordinates: [number, number][] | [number, number] };
    properties: { kind: 'flow' | 'site'; material?: string; from?: string; to?: string; tonnes?: number; organisation?: string };
  }>;
}

const yearAgo = () => {
  const d = new Date();
  d.setFullYear(d.getFullYear() - 1);
  return d.toISOString().slice(0, 10);
};

/** Programme officers: headline figures, by month, flows on a map, and the reports to download. */
export function Dashboard() {
  const [from, setFrom] = useState(yearAgo());
  const [to, setTo] = useState(today());
  const [region, setRegion] = useState('');
  const [regions, setRegions] = useState<Region[]>([]);
  const [report, setReport] = useState<Report | null>(null);
  const [flows, setFlows] = useState<FlowCollection | null>(null);
  const action = useAction();
  const params = { from, to, region };
  useEffect(() => {
    void action.run(() => get<{ items: Region[] }>('/regions')).then((r) => r && setRegions(r.items));
  }, []);
  useEffect(() => {
    // Figures of another period must not stand beside this one's error, nor its downloads.
    setReport(null);
    setFlows(null);
    void action.run(async () => {
      setReport(await get<Report>(`/reports/savings${query({ ...params, groupBy: 'month' })}`));
      setFlows(await get<FlowCollection>(`/reports/savings${query({ ...params, format: 'geojson' })}`));
    });
  }, [from, to, region]);

  const lines = useMemo<MapLine[]>(
    () =>
      (flows?.features ?? [])
        .filter((f) => f.properties.kind === 'flow')
        .map((f) => {
          const [a, b] = f.geometry.coordinates as [number, number][];
          return {
            from: a as [number, number],
            to: b as [number, number],
            weight: f.properties.tonnes ?? 0,
            label: `${f.properties.from} → ${f.properties.to}: ${num(f.properties.tonnes)} t of ${f.properties.material}`,
          };
        }),
    [flows],
  );
  const download = (format: string) => `/reports/savings${query({ ...params, format })}`;
  const t = report?.totals;
  return (
    <main id="main">
      <h1>Programme dashboard</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label="Period and region">
        <Field id="from" label="From" error={action.fields.from}>
          {(aria) => <input {...aria} type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />}
        </Field>
        <Field id="to" label="To" error={action.fields.to}>
          {(aria) => <input {...aria} type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} />}
        </Field>
        <SelectField
          id="region"
          label="Region"
          value={region}
          onChange={setRegion}
          options={[['', 'all regions'], ...regions.map((r) => [r.id, r.name] as const)]}
        />
      </form>
      <ProblemSummary error={action.error} />
      {!t ? (
        !action.error && <Loading />
      ) : (
        <>
          <ul class="figures" aria-label="Headline figures">
            <li>
              <span class="figure" data-figure="tonnes">{num(t.tonnesDiverted)}</span> tonnes diverted from landfill
            </li>
            <li>
              <span class="figure" data-figure="cost">{money(t.costSavedGbp)}</span> saved
              {report?.net && <span class="hint"> ({money(report.net.costSavedGbp)} net of additionality)</span>}
            </li>
            <li>
              <span class="figure" data-figure="co2e">{num(t.co2eAvoidedT)}</span> tCO2e avoided
              {report?.net && <span class="hint"> ({num(report.net.co2eAvoidedT)} net)</span>}
            </li>
            <li>
              <span class="figure" data-figure="businesses">{t.businessesAssisted}</span> businesses assisted
            </li>
            <li>
              <span class="figure" data-figure="exchanges">{t.exchanges}</span> exchanges
            </li>
          </ul>
          <section aria-labelledby="downloads">
            <h2 id="downloads">Reports</h2>
            <p class="button-row">
              <a class="button" href={download('csv')} download>
                Download CSV
              </a>
              <a class="button" href={download('xlsx')} download>
                Download XLSX
              </a>
              <a class="button" href={download('geojson')} download>
                Download GeoJSON
              </a>
              <a class="button" href={download('pdf')} download>
                Download PDF
              </a>
            </p>
          </section>
          <div class="split">
            <BarChart
              title="£ saved by month"
              bars={(report?.groups ?? []).map((g) => ({ label: g.label ?? g.key, value: g.costSavedGbp }))}
              format={money}
            />
            <section aria-labelledby="flows">
              <h2 id="flows">Flows</h2>
              <MapView label="Map of material flows between sites, line width by tonnes" lines={lines} height="340px" />
            </section>
          </div>
          <NetworkMap from={from} to={to} region={region} />
          <p>
            <a href="#/exchanges">All exchanges, with filters</a>
          </p>
        </>
      )}
    </main>
  );
}
