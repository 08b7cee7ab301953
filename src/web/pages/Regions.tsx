import { useEffect, useMemo, useState } from 'preact/hooks';
import { get, post } from '../api.ts';
import { Field, Loading, ProblemSummary, useAction } from '../components/Form.tsx';
import { MapView } from '../components/MapView.tsx';
import type { Region } from '../types.ts';

type Boundary = { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };

/** The boundary in an uploaded file: a geometry, a Feature, or the first Feature of a collection. */
export function boundaryOf(json: unknown): Boundary | null {
  const g = json as { type?: string; geometry?: unknown; features?: unknown[] };
  if (g?.type === 'Polygon' || g?.type === 'MultiPolygon') return g as Boundary;
  if (g?.type === 'Feature') return boundaryOf(g.geometry);
  if (g?.type === 'FeatureCollection') return boundaryOf(g.features?.[0]);
  return null;
}

export function Regions() {
  const [regions, setRegions] = useState<Region[] | null>(null);
  const [shown, setShown] = useState<(Region & { boundary: Boundary }) | null>(null);
  const [name, setName] = useState('');
  const [drawn, setDrawn] = useState<[number, number][]>([]);
  const [uploaded, setUploaded] = useState<Boundary | null>(null);
  const [fileError, setFileError] = useState('');
  const action = useAction();
  const load = () => action.run(() => get<{ items: Region[] }>('/regions')).then((r) => r && setRegions(r.items));
  useEffect(() => void load(), []);

  async function readFile(file: File | undefined) {
    setFileError('');
    setUploaded(null);
    if (!file) return;
    try {
      const boundary = boundaryOf(JSON.parse(await file.text()));
      if (!boundary) setFileError('The file holds no Polygon or MultiPolygon.');
      else {
        setUploaded(boundary);
        setDrawn([]);
      }
    } catch {
      setFileError('The file is not GeoJSON.');
    }
  }

  const boundary = useMemo<Boundary | null>(
    () => uploaded ?? (drawn.length >= 3 ? { type: 'Polygon', coordinates: [[...drawn, drawn[0]!]] } : null),
    [uploaded, drawn],
  );

  async function submit(e: Event) {
    e.preventDefault();
    const made = await action.run(() => post<Region>('/regions', { name, boundary }));
    if (made) {
      setName('');
      setDrawn([]);
      setUploaded(null);
      await load();
    }
  }

  const shapes = useMemo(() => {
    const list: GeoJSON.GeoJsonObject[] = [];
    if (shown) list.push(shown.boundary as GeoJSON.GeoJsonObject);
    if (boundary) list.push(boundary as GeoJSON.GeoJsonObject);
    return list;
  }, [shown, boundary]);
  const vertices = useMemo(() => drawn.map(([lon, lat], i) => ({ lon, lat, label: `Corner ${i + 1}`, kind: 'picked' as const })), [drawn]);

  return (
    <main id="main">
      <h1>Regions</h1>
      <p>Reports can be grouped and filtered by region; a flow counts in the region its offer's site lies in.</p>
      {regions === null ? (
        <Loading />
      ) : regions.length === 0 ? (
        <p>No regions yet.</p>
      ) : (
        <ul class="regions">
          {regions.map((r) => (
            <li key={r.id}>
              {r.name}{' '}
              <button type="button" class="link" onClick={async () => setShown(await get(`/regions/${r.id}`))}>
                Show<span class="visually-hidden"> {r.name}</span> on the map
              </button>
            </li>
          ))}
        </ul>
      )}
      <h2>Add a region</h2>
      <div class="split">
        <form onSubmit={submit} noValidate>
          <ProblemSummary error={action.error} />
          <Field id="region-name" label="Name" error={action.fields.name}>
            {(aria) => <input {...aria} value={name} onInput={(e) => setName(e.currentTarget.value)} />}
          </Field>
          <Field id="region-file" label="Upload a GeoJSON boundary" error={fileError || action.fields.boundary}>
            {(aria) => <input {...aria} type="file" accept=".geojson,.json,application/geo+json" onChange={(e) => readFile(e.currentTarget.files?.[0])} />}
          </Field>
          <p class="hint">
            Or draw it: click the map at each corner ({drawn.length} so far).{' '}
            {drawn.length > 0 && (
              <button type="button" class="link" onClick={() => setDrawn([])}>
                Start again
              </button>
            )}
          </p>
          <button type="submit" disabled={action.busy}>
            Save region
          </button>
        </form>
        <MapView
          label="Map of regions; click to draw a new one"
          shapes={shapes}
          markers={vertices}
          onPick={(lon, lat) => {
            setUploaded(null);
            setDrawn((d) => [...d, [lon, lat]]);
          }}
        />
      </div>
    </main>
  );
}
