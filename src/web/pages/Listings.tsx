import { useEffect, useState } from 'preact/hooks';
import { get, patch, post, query } from '../api.ts';
import { Loading, ProblemSummary, useAction } from '../components/Form.tsx';
import { date, num, rate } from '../format.ts';
import { availability, gradeText } from '../listing-text.ts';
import { materialName, useApp } from '../session.ts';
import { HazardFlag } from '../components/WasteQuestions.tsx';
import type { Listing } from '../types.ts';

export function Listings() {
  const { session, materials } = useApp();
  const [listings, setListings] = useState<Listing[] | null>(null);
  const action = useAction();
  const load = () =>
    action.run(() => get<{ items: Listing[] }>(`/listings${query({ organisation: session.organisation?.id, limit: 200 })}`)).then((r) =>
      r && setListings(r.items),
    );
  useEffect(() => void load(), []);

  async function renew(l: Listing) {
    if (await action.run(() => post<Listing>(`/listings/${l.id}/renew`))) await load();
  }
  async function setStatus(l: Listing, status: 'active' | 'paused' | 'closed') {
    if (status === 'closed' && !confirm('Close this listing for good?')) return;
    if (await action.run(() => patch<Listing>(`/listings/${l.id}`, { status }, l.visibility === 'full' ? l.version : 0))) await load();
  }

  return (
    <main id="main">
      <div class="heading-row">
        <h1>My listings</h1>
        <a class="button" href="#/listings/new">
          List a material
        </a>
      </div>
      <ProblemSummary error={action.error} />
      {listings === null ? (
        <Loading />
      ) : listings.length === 0 ? (
        <p>
          Nothing listed yet. <a href="#/listings/new">List your surplus or a feedstock you need.</a>
        </p>
      ) : (
        <table>
          <caption class="visually-hidden">My listings</caption>
          <thead>
            <tr>
              <th scope="col">Listing</th>
              <th scope="col">Site</th>
              <th scope="col">Quantity</th>
              <th scope="col">Grade</th>
              <th scope="col">Available</th>
              <th scope="col">Status</th>
              <th scope="col">Expires</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {listings.map((l) => (
              <tr key={l.id}>
                <td>
                  <a href={`#/listings/${l.id}`}>
                    {l.kind === 'offer' ? 'Offer' : 'Want'}: {materialName(materials, l.material)} <HazardFlag hazardous={l.hazardous} code={l.ewcCode} />
                  </a>
                </td>
                <td>{l.visibility === 'full' ? l.site.name : '—'}</td>
                <td>
                  {num(l.quantity.amount)} {l.quantity.unit === 'm3' ? 'm³' : 't'} {rate(l.quantity.rate)}
                </td>
                <td>{gradeText(l, materials.find((m) => m.code === l.material))}</td>
                <td>{availability(l)}</td>
                <td>
                  <span class={`status status-${l.status}`}>{l.status}</span>
                </td>
                <td>{date(l.expiresAt)}</td>
                <td class="actions">
                  <a href={`#/listings/${l.id}`}>
                    Matches<span class="visually-hidden"> for {materialName(materials, l.material)}</span>
                  </a>
                  <button type="button" class="link" onClick={() => renew(l)} disabled={action.busy}>
                    Renew<span class="visually-hidden"> {materialName(materials, l.material)}</span>
                  </button>
                  {l.status === 'active' && (
                    <button type="button" class="link" onClick={() => setStatus(l, 'paused')} disabled={action.busy}>
                      Pause<span class="visually-hidden"> {materialName(materials, l.material)}</span>
                    </button>
                  )}
                  {l.status === 'paused' && (
                    <button type="button" class="link" onClick={() => setStatus(l, 'active')} disabled={action.busy}>
                      Resume<span class="visually-hidden"> {materialName(materials, l.material)}</span>
                    </button>
                  )}
                  {l.status !== 'closed' && (
                    <button type="button" class="link" onClick={() => setStatus(l, 'closed')} disabled={action.busy}>
                      Close<span class="visually-hidden"> {materialName(materials, l.material)}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
