import { useEffect, useMemo, useState } from 'preact/hooks';
import { get, post, postForFile } from '../api.ts';
import { Field, Loading, ProblemSummary, useAction } from '../components/Form.tsx';
import { MapView } from '../components/MapView.tsx';
import type { Material, Region } from '../types.ts';

interface Totals {
  tonnesPerYear: number;
  costSavedGbpPerYear: number;
  co2eAvoidedKgPerYear: number;
  flows?: number;
}
interface Flow {
  offerId: string;
  wantId: string;
  material: string;
  tonnesPerYear: number;
  roadKm: number;
  from: { lon: number; lat: number };
  to: { lon: number; lat: number };
  savings: { costSavedGbpPerYear: number; co2eAvoidedKgPerYear: number };
}
interface Result {
  status: string;
  objective: string;
  note: string | null;
  totals: Totals;
  greedy: { totals: Totals };
  realised: { totals: Totals & { from: string; to: string } };
  flows: Flow[];
  solve: { variables: number; ms: number; gap: number };
}
interface Job {
  id: string;
  status: 'running' | 'done' | 'failed' | 'cancelled';
  progress: { phase: string; done: number; total: number };
  result: Result | null;
  error: string | null;
}

const whole = (x: number) => Math.round(x).toLocaleString('en-GB');
const link = (id: string) => (id.startsWith('scenario:') ? <span>{id}</span> : <a href={`#/listings/${id}`}>{id.slice(0, 8)}</a>);

/** Officers: the region's best allocation of surplus beside greedy and realised, on a map. */
export function Opportunities() {
  const [regions, setRegions] = useState<Region[] | null>(null);
  const [materials, setMaterials] = useState<Material[]>([]);
  const [regionId, setRegionId] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [objective, setObjective] = useState('cost');
  const [result, setResult] = useState<Result | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const action = useAction();

  useEffect(() => {
    void action.run(() => get<{ items: Region[] }>('/regions')).then((r) => r && setRegions(r.items));
    void action.run(() => get<{ items: Material[] }>('/materials')).then((r) => r && setMaterials(r.items));
  }, []);

  const body = () => ({ regionId, objective, ...(chosen.length ? { materials: chosen } : {}) });

  async function run(e: Event) {
    e.preventDefault();
    setResult(null);
    setJob(null);
    const answer = await action.run(() => post<Result | Job>('/opportunities', body()));
    if (!answer) return;
    if ('progress' in answer) {
      // A large area runs as a job: poll its status URL until it ends.
      let current = answer;
      setJob(current);
      while (current.status === 'running') {
        await new Promise((r) => setTimeout(r, 1000));
        current = await get<Job>(`/opportunities/jobs/${current.id}`);
        setJob(current);
      }
      if (current.result) setResult(current.result);
    } else setResult(answer);
  }

  async function download(format: 'csv' | 'xlsx' | 'geojson') {
    const file = await action.run(() => postForFile(`/opportunities?format=${format}`, body()));
    if (!file) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(file);
    a.download = `opportunities-${objective}.${format}`;
    a.click();
    URL.revokeObjectURL(a.href);
  }

  // Labels are set as text by MapView; material codes and ids are never read as HTML.
  const lines = useMemo(
    () =>
      (result?.flows ?? []).map((f) => ({
        from: [f.from.lon, f.from.lat] as [number, number],
        to: [f.to.lon, f.to.lat] as [number, number],
        weight: f.tonnesPerYear,
        label: `${f.material}: ${whole(f.tonnesPerYear)} t a year, £${whole(f.savings.costSavedGbpPerYear)}`,
      })),
    [result],
  );

  return (
    <main id="main">
      <h1>Opportunities</h1>
      <p>
        If every active surplus in a region went to its best feasible use: the optimal allocation beside best-pair-first
        (greedy) matching and what transfers realised in the last 12 months.
      </p>
      {regions === null ? (
        <Loading />
      ) : (
        <form onSubmit={run} noValidate>
          <ProblemSummary error={action.error} />
          <Field id="opp-region" label="Region" error={action.fields.regionId}>
            {(aria) => (
              <select {...aria} value={regionId} onChange={(e) => setRegionId(e.currentTarget.value)}>
                <option value="">Choose a region</option>
                {regions.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <fieldset>
            <legend>Materials (none ticked: all)</legend>
            {materials.map((m) => (
              <label key={m.code} class="checkbox">
                <input
                  type="checkbox"
                  checked={chosen.includes(m.code)}
                  onChange={(e) => setChosen((c) => (e.currentTarget.checked ? [...c, m.code] : c.filter((x) => x !== m.code)))}
                />{' '}
                {m.name}
              </label>
            ))}
          </fieldset>
          <Field id="opp-objective" label="Maximise" error={action.fields.objective}>
            {(aria) => (
              <select {...aria} value={objective} onChange={(e) => setObjective(e.currentTarget.value)}>
                <option value="cost">£ saved a year</option>
                <option value="carbon">CO2e avoided a year</option>
                <option value="tonnes">Tonnes moved a year</option>
              </select>
            )}
          </Field>
          <button type="submit" disabled={action.busy || !regionId}>
            Find the best allocation
          </button>
        </form>
      )}
      {job && job.status !== 'done' && (
        <p aria-live="polite">
          {job.status === 'running' ? `Working: ${job.progress.phase} ${job.progress.done} of ${job.progress.total}` : `The solve ${job.status}.`}
          {job.error && ` ${job.error}`}
        </p>
      )}
      {result && (
        <section aria-labelledby="opp-results">
          <h2 id="opp-results">
            {result.status === 'optimal' ? 'Optimal allocation' : `Best found (${result.status})`}
          </h2>
          {result.note && <p>{result.note}</p>}
          <table>
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">Tonnes a year</th>
                <th scope="col">£ saved a year</th>
                <th scope="col">t CO2e avoided a year</th>
              </tr>
            </thead>
            <tbody>
              {(
                [
                  ['Optimal', result.totals],
                  ['Greedy (best pair first)', result.greedy.totals],
                  [`Realised ${result.realised.totals.from} to ${result.realised.totals.to}`, result.realised.totals],
                ] as const
              ).map(([label, t]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{whole(t.tonnesPerYear)}</td>
                  <td>{whole(t.costSavedGbpPerYear)}</td>
                  <td>{whole(t.co2eAvoidedKgPerYear / 1000)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="hint">
            {result.solve.variables} pairs solved in {Math.round(result.solve.ms)} ms; gap {result.solve.gap.toExponential(1)}.
          </p>
          <p>
            <button type="button" onClick={() => download('csv')}>Download CSV</button>{' '}
            <button type="button" onClick={() => download('xlsx')}>Download XLSX</button>{' '}
            <button type="button" onClick={() => download('geojson')}>Download GeoJSON (exact sites)</button>
          </p>
          <MapView label="Optimal flows; line width by tonnes a year" lines={lines} />
          <table>
            <thead>
              <tr>
                <th scope="col">Offer</th>
                <th scope="col">Want</th>
                <th scope="col">Material</th>
                <th scope="col">Tonnes a year</th>
                <th scope="col">Road km</th>
                <th scope="col">£ a year</th>
              </tr>
            </thead>
            <tbody>
              {result.flows.map((f) => (
                <tr key={`${f.offerId}:${f.wantId}`}>
                  <td>{link(f.offerId)}</td>
                  <td>{link(f.wantId)}</td>
                  <td>{f.material}</td>
                  <td>{whole(f.tonnesPerYear)}</td>
                  <td>{f.roadKm.toFixed(1)}</td>
                  <td>{whole(f.savings.costSavedGbpPerYear)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </main>
  );
}
