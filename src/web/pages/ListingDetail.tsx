import { useEffect, useMemo, useState } from 'preact/hooks';
import { get, post } from '../api.ts';
import { Loading, ProblemSummary, useAction } from '../components/Form.tsx';
import { Attachments } from '../components/Attachments.tsx';
import { ListingEditor } from '../components/ListingEditor.tsx';
import { MapView } from '../components/MapView.tsx';
import { MatchTable, matchMarkers, type ProposalTerms } from '../components/MatchTable.tsx';
import { date, num, rate } from '../format.ts';
import { useProposals } from '../proposals.ts';
import { materialName, useApp } from '../session.ts';
import { availability, gradeText } from '../listing-text.ts';
import type { Exchange, Listing, Match } from '../types.ts';
import { HazardFlag } from '../components/WasteQuestions.tsx';

/**
 * The exchange a match would make, in the offer's unit: a year of a flow, or the lot; or the
 * amount, rate and note the firm set.
 */
export function exchangeBody(offerId: string, wantId: string, m: Match, terms?: ProposalTerms) {
  return {
    offerId,
    wantId,
    quantity: { amount: terms?.amount ?? m.quantity.amount, unit: m.quantity.unit, rate: m.quantity.basis === 'year' ? 'year' : 'one-off' },
    ...(terms?.priceGbpPerTonne !== undefined ? { priceGbpPerTonne: terms.priceGbpPerTonne } : {}),
    ...(terms?.note ? { note: terms.note } : {}),
  };
}

export function ListingDetail({ id }: { id: string }) {
  const { materials, session } = useApp();
  const [listing, setListing] = useState<Listing | null>(null);
  const [editing, setEditing] = useState(false);
  const [matches, setMatches] = useState<Match[] | null>(null);
  const [proposed, setProposed] = useState<Exchange | null>(null);
  const load = useAction();
  const propose = useAction();
  const proposals = useProposals();
  const reload = () =>
    load.run(async () => {
      setListing(await get<Listing>(`/listings/${id}`));
      // A listing that is not active has no matches (409): shown as none.
      setMatches(await get<{ items: Match[] }>(`/listings/${id}/matches?limit=50`).then((r) => r.items, () => []));
    });
  useEffect(() => void reload(), [id]);
  const markers = useMemo(() => {
    if (!listing || !matches) return [];
    const own = { lon: listing.location.coordinates[0], lat: listing.location.coordinates[1], label: `Your site: ${listing.visibility === 'full' ? listing.site.name : ''}`, kind: 'site' as const };
    return [own, ...matchMarkers(matches, materials)];
  }, [listing, matches]);

  async function onPropose(m: Match, terms?: ProposalTerms) {
    if (!listing) return;
    const body = listing.kind === 'offer' ? exchangeBody(listing.id, m.listing.id, m, terms) : exchangeBody(m.listing.id, listing.id, m, terms);
    const made = await proposals.propose(m.listing.id, (key) => propose.run(() => post<Exchange>('/exchanges', body, key)));
    if (made) setProposed(made);
  }

  if (load.error) return <main id="main"><h1>Listing</h1><ProblemSummary error={load.error} /></main>;
  if (!listing || !matches) return <Loading />;
  const name = listing.materials.map((code) => materialName(materials, code)).join(' or ');
  const own = listing.visibility === 'full' && listing.organisationId === session.organisation?.id;
  return (
    <main id="main">
      <h1>
        {listing.kind === 'offer' ? 'Offer' : 'Want'}: {name} <HazardFlag hazardous={listing.hazardous} code={listing.ewcCode} />
      </h1>
      {listing.kind === 'offer' && (
        <p class="classification">
          {listing.wasteStatus === 'waste' ? 'Waste' : listing.wasteStatus === 'by-product' ? 'By-product (four tests met)' : `End-of-waste (${listing.endOfWaste?.reference ?? ''})`}
          {listing.ewcCode ? `, List of Waste code ${listing.ewcCode}${listing.hazardous ? '*' : ''}` : ', List of Waste code not stated yet'}
          {listing.hazardAssessment ? `; assessed: ${listing.hazardAssessment.basis}` : ''}.
        </p>
      )}
      <p>
        {num(listing.quantity.amount)} {listing.quantity.unit === 'm3' ? 'm³' : 't'} {rate(listing.quantity.rate)} at {listing.visibility === 'full' ? listing.site.name : 'your site'}, up to{' '}
        {num(listing.maxHaulKm)} km; <span class={`status status-${listing.status}`}>{listing.status}</span> until {date(listing.expiresAt)}.
      </p>
      <p>
        {listing.kind === 'offer' ? 'Grade' : 'Accepts'}: {gradeText(listing, materials.find((m) => m.code === listing.material))}. Available{' '}
        {availability(listing)}.
      </p>
      {listing.description && <p class="description">{listing.description}</p>}
      {own && !editing && (
        <button type="button" class="secondary" onClick={() => setEditing(true)}>
          Edit listing
        </button>
      )}
      {own && editing && listing.visibility === 'full' && (
        <ListingEditor
          key={listing.version}
          listing={listing}
          onSaved={(saved) => {
            setListing(saved);
            setEditing(false);
            void reload();
          }}
          onCancel={() => setEditing(false)}
          onStale={() => void reload()}
        />
      )}
      <Attachments listingId={listing.id} own={own} />
      <h2>Matches</h2>
      <ProblemSummary error={propose.error} />
      {proposed && (
        <p class="notice" role="status">
          Exchange proposed. <a href={`#/exchanges/${proposed.id}`}>Follow it in your exchanges.</a>
        </p>
      )}
      <MapView label={`Map of matches for your ${name} ${listing.kind}`} markers={markers} />
      <MatchTable matches={matches} onPropose={onPropose} proposals={proposals.state} proposalErrors={propose.fields} />
    </main>
  );
}
