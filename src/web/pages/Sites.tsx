import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, del, get, post } from '../api.ts';
import { Field, Loading, ProblemSummary, useAction } from '../components/Form.tsx';
import { MapView } from '../components/MapView.tsx';
import { readCoordinate } from '../coordinates.ts';
import type { Site } from '../types.ts';

export function Sites() {
  const [sites, setSites] = useState<Site[] | null>(null);
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [postcode, setPostcode] = useState('');
  const [lon, setLon] = useState('');
  const [lat, setLat] = useState('');
  const [typedWrong, setTypedWrong] = useState<{ lat?: string; lon?: string }>({});
  /** The site being edited, as read: its updatedAt is the If-Match that keeps others' changes. */
  const [editing, setEditing] = useState<Site | null>(null);
  const action = useAction();
  const latitude = readCoordinate(lat, 'latitude');
  const longitude = readCoordinate(lon, 'longitude');
  const load = () => action.run(() => get<{ items: Site[] }>('/sites')).then((r) => r && setSites(r.items));
  useEffect(() => void load(), []);

  async function submit(e: Event) {
    e.preventDefault();
    // A position that is not a number is said at its field here; the API would see only null.
    const wrong = {
      ...(!latitude.ok && lat !== '' ? { lat: latitude.message } : {}),
      ...(!longitude.ok && lon !== '' ? { lon: longitude.message } : {}),
    };
    setTypedWrong(wrong);
    if (wrong.lat || wrong.lon) return;
    const body = {
      name,
      ...(address ? { address } : editing ? { address: null } : {}),
      ...(postcode ? { postcode } : editing ? { postcode: null } : {}),
      // A missing position is sent as such, so it comes back as the API's own message.
      location: { type: 'Point', coordinates: latitude.ok && longitude.ok ? [longitude.value, latitude.value] : [] },
    };
    const made = await action.run(() =>
      editing
        ? api<Site>('PATCH', `/sites/${editing.id}`, body, { 'if-match': `"${editing.updatedAt}"` })
        : post<Site>('/sites', body),
    );
    if (made) {
      fill(null);
      await load();
    }
  }
  /** Puts a site in the form to edit, or empties it for a new one. */
  function fill(site: Site | null) {
    setEditing(site);
    setName(site?.name ?? '');
    setAddress(site?.address ?? '');
    setPostcode(site?.postcode ?? '');
    setLon(site ? String(site.location.coordinates[0]) : '');
    setLat(site ? String(site.location.coordinates[1]) : '');
    setTypedWrong({});
    action.clear();
  }
  const stale = action.error?.problem.status === 412;
  async function remove(site: Site) {
    if (!confirm(`Delete the site ${site.name}?`)) return;
    const done = await action.run(() => del(`/sites/${site.id}`));
    if (done === null) await load();
  }

  // Memoised: the map redraws (and re-fits) only when what it shows changes, not on each keystroke.
  const markers = useMemo(() => {
    // Only a position that reads as one is drawn: the map cannot place "52,58" until it is 52.58.
    const picked = latitude.ok && longitude.ok ? [{ lon: longitude.value, lat: latitude.value, label: 'New site', kind: 'picked' as const }] : [];
    const existing = (sites ?? []).map((s) => ({ lon: s.location.coordinates[0], lat: s.location.coordinates[1], label: s.name, kind: 'site' as const }));
    return [...existing, ...picked];
  }, [sites, lon, lat]);
  const latError = typedWrong.lat ?? action.fields['location.coordinates.1'] ?? action.fields['location.coordinates'] ?? action.fields.location;
  const lonError = typedWrong.lon ?? action.fields['location.coordinates.0'];

  return (
    <main id="main">
      <h1>My sites</h1>
      <p>Where your organisation produces surplus or needs feedstock. Listings are made at a site.</p>
      {sites === null ? (
        <Loading />
      ) : sites.length === 0 ? (
        <p>No sites yet: add your first below.</p>
      ) : (
        <table>
          <caption class="visually-hidden">My sites</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Address</th>
              <th scope="col">Postcode</th>
              <th scope="col">Position</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sites.map((s) => (
              <tr key={s.id}>
                <td>{s.name}</td>
                <td>{s.address ?? '—'}</td>
                <td>{s.postcode ?? '—'}</td>
                <td>{`${s.location.coordinates[1].toFixed(4)}, ${s.location.coordinates[0].toFixed(4)}`}</td>
                <td>
                  <button
                    type="button"
                    class="link"
                    onClick={() => {
                      fill(s);
                      document.getElementById('site-form-heading')?.scrollIntoView();
                    }}
                  >
                    Edit<span class="visually-hidden"> {s.name}</span>
                  </button>{' '}
                  <button type="button" class="link" onClick={() => remove(s)}>
                    Delete<span class="visually-hidden"> {s.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 id="site-form-heading">{editing ? `Edit ${editing.name}` : 'Add a site'}</h2>
      <div class="split">
        <form onSubmit={submit} noValidate>
          {stale ? (
            <div class="problem" role="alert">
              <strong>Someone else changed this site after you opened it.</strong>
              <p>Your changes have not been saved, so theirs are not lost. Edit the site again from the list above to see the latest version.</p>
            </div>
          ) : (
            <ProblemSummary error={action.error} />
          )}
          <Field id="site-name" label="Name" error={action.fields.name}>
            {(aria) => <input {...aria} value={name} onInput={(e) => setName(e.currentTarget.value)} />}
          </Field>
          <Field id="site-address" label="Address (optional)" error={action.fields.address}>
            {(aria) => <input {...aria} autoComplete="street-address" value={address} onInput={(e) => setAddress(e.currentTarget.value)} />}
          </Field>
          <Field id="site-postcode" label="Postcode (optional)" hint="Other firms see only its district, e.g. B69." error={action.fields.postcode}>
            {(aria) => <input {...aria} autoComplete="postal-code" value={postcode} onInput={(e) => setPostcode(e.currentTarget.value)} />}
          </Field>
          <fieldset>
            <legend>Position: click the map, or type it</legend>
            <Field id="site-lat" label="Latitude" hint="Degrees north, e.g. 52.586" error={latError}>
              {(aria) => <input {...aria} inputMode="decimal" value={lat} onInput={(e) => setLat(e.currentTarget.value)} />}
            </Field>
            <Field id="site-lon" label="Longitude" hint="Degrees east; west is negative, e.g. -1.983" error={lonError}>
              {(aria) => <input {...aria} inputMode="decimal" value={lon} onInput={(e) => setLon(e.currentTarget.value)} />}
            </Field>
          </fieldset>
          {editing && (
            <p class="hint">Moving a site moves every listing made at it.</p>
          )}
          <div class="actions">
            <button type="submit" disabled={action.busy}>
              {editing ? 'Save site' : 'Add site'}
            </button>
            {editing && (
              <button type="button" class="secondary" onClick={() => fill(null)}>
                Cancel
              </button>
            )}
          </div>
        </form>
        <MapView
          label={editing ? `Map of my sites; click to move ${editing.name}` : 'Map of my sites; click to place the new site'}
          markers={markers}
          onPick={(x, y) => {
            setLon(String(x));
            setLat(String(y));
          }}
        />
      </div>
    </main>
  );
}
