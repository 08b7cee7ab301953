import { useMemo, useState } from 'preact/hooks';
import { get, post, query } from '../api.ts';
import { Field, Loading, ProblemSummary, RATE_OPTIONS, SelectField, useAction } from '../components/Form.tsx';
import { MapView } from '../components/MapView.tsx';
import { MatchTable, matchMarkers, type ProposalTerms } from '../components/MatchTable.tsx';
import { useProposals } from '../proposals.ts';
import { materialName, materialOptions, useApp } from '../session.ts';
import { siteOptions, useMySites } from '../sites.ts';
import type { Constraint, Exchange, Listing, Match } from '../types.ts';
import { exchangeBody } from './ListingDetail.tsx';
import { GradeInput } from '../components/ListingFields.tsx';

const NEW_WANT = 'new';

/** Map-first search for feedstock: offers near one of my sites, anonymised as the API returns them. */
export function Search() {
  const { session, materials } = useApp();
  const { sites, siteId, setSiteId } = useMySites();
  const [material, setMaterial] = useState('foundry-sand');
  const [accepts, setAccepts] = useState<Record<string, Constraint>>({});
  const [amount, setAmount] = useState('100');
  const [rateValue, setRate] = useState('year');
  const [radius, setRadius] = useState('50');
  const [results, setResults] = useState<Match[] | null>(null);
  const [searched, setSearched] = useState<Record<string, unknown> | null>(null);
  const [wants, setWants] = useState<Listing[]>([]);
  const [forWant, setForWant] = useState(NEW_WANT);
  const [proposed, setProposed] = useState<Exchange | null>(null);
  const search = useAction();
  const propose = useAction();
  const proposals = useProposals();
  const site = sites?.find((s) => s.id === siteId);
  const entry = materials.find((m) => m.code === material);

  async function submit(e: Event) {
    e.preventDefault();
    if (!site) return;
    // The want this search describes: listed as is when the user proposes for a new want.
    const want = {
      kind: 'want',
      material,
      accepts: Object.fromEntries(Object.entries(accepts).filter(([, c]) => Object.keys(c).length)),
      quantity: { amount: amount === '' ? undefined : Number(amount), unit: entry?.unit ?? 't', rate: rateValue },
      maxHaulKm: radius === '' ? undefined : Number(radius),
    };
    const found = await search.run(() => post<{ items: Match[] }>('/matches/search', { ...want, location: site.location, limit: 50 }));
    if (found) {
      setResults(found.items);
      setSearched(want);
      setProposed(null);
      proposals.reset();
      const mine = await search.run(() =>
        get<{ items: Listing[] }>(`/listings${query({ organisation: session.organisation?.id, kind: 'want', material, status: 'active', limit: 200 })}`),
      );
      setWants(mine?.items ?? []);
      setForWant(mine?.items[0]?.id ?? NEW_WANT);
    }
  }

  async function onPropose(m: Match, terms?: ProposalTerms) {
    if (!searched) return;
    const made = await proposals.propose(m.listing.id, (key) =>
      propose.run(async () => {
        let wantId = forWant;
        // Keyed too: a retry after the exchange failed finds the want already listed, not a second one.
        if (wantId === NEW_WANT) wantId = (await post<Listing>('/listings', { ...searched, siteId }, `${key}.want`)).id;
        return post<Exchange>('/exchanges', exchangeBody(m.listing.id, wantId, m, terms), key);
      }),
    );
    if (made) setProposed(made);
  }

  const markers = useMemo(() => {
    const own = site ? [{ lon: site.location.coordinates[0], lat: site.location.coordinates[1], label: `Your site: ${site.name}`, kind: 'site' as const }] : [];
    return [...own, ...matchMarkers(results ?? [], materials)];
  }, [results, site]);

  if (sites === null) return <Loading />;
  if (sites.length === 0)
    return (
      <main id="main">
        <h1>Find feedstock</h1>
        <p>
          First <a href="#/sites">add a site</a>: searches measure distance from it.
        </p>
      </main>
    );
  return (
    <main id="main">
      <h1>Find feedstock</h1>
      <div class="split">
        <form onSubmit={submit} noValidate aria-label="Search offers">
          <ProblemSummary error={search.error} />
          <SelectField
            id="search-site"
            label="From my site"
            error={search.fields.location}
            value={siteId}
            onChange={setSiteId}
            options={siteOptions(sites)}
          />
          <SelectField
            id="search-material"
            label="Material"
            error={search.fields.material}
            value={material}
            onChange={(v) => {
              setMaterial(v);
              setAccepts({});
            }}
            options={materialOptions(materials)}
          />
          <Field id="search-radius" label="Within (km)" error={search.fields.maxHaulKm}>
            {(aria) => <input {...aria} type="number" min="1" value={radius} onInput={(e) => setRadius(e.currentTarget.value)} />}
          </Field>
          <Field id="search-amount" label={`Amount needed (${entry?.unit === 'm3' ? 'm³' : 'tonnes'})`} error={search.fields['quantity.amount']}>
            {(aria) => <input {...aria} type="number" min="0" step="any" value={amount} onInput={(e) => setAmount(e.currentTarget.value)} />}
          </Field>
          <SelectField id="search-rate" label="How often" value={rateValue} onChange={setRate} options={RATE_OPTIONS} />
          {entry && entry.properties.length > 0 && (
            <details>
              <summary>Grade limits</summary>
              {entry.properties.map((p) => (
                <GradeInput
                  key={`${material}-${p.name}`}
                  kind="want"
                  property={p}
                  grade={{}}
                  accepts={accepts}
                  setGrade={() => {}}
                  setAccepts={(k, v) => setAccepts({ ...accepts, [k]: v })}
                  errors={search.fields}
                />
              ))}
            </details>
          )}
          <button type="submit" disabled={search.busy}>
            Search
          </button>
        </form>
        <MapView label="Map of offers found, over every active listing (dots sized by count)" markers={markers} listingTiles />
      </div>
      {results && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">
            {results.length} offer{results.length === 1 ? '' : 's'} of {materialName(materials, material)}
          </h2>
          {results.length > 0 && (
            <SelectField
              id="for-want"
              label="Propose for"
              value={forWant}
              onChange={setForWant}
              options={[
                ...wants.map(
                  (w) => [w.id, `my want at ${w.visibility === 'full' ? w.site.name : 'my site'}: ${w.quantity.amount} ${w.quantity.unit} (${w.quantity.rate})`] as const,
                ),
                [NEW_WANT, 'a new want listed from this search'],
              ]}
            />
          )}
          <ProblemSummary error={propose.error} />
          {proposed && (
            <p class="notice" role="status">
              Exchange proposed. <a href={`#/exchanges/${proposed.id}`}>Follow it in your exchanges.</a>
            </p>
          )}
          <MatchTable matches={results} onPropose={onPropose} proposals={proposals.state} proposalErrors={propose.fields} />
        </section>
      )}
    </main>
  );
}
