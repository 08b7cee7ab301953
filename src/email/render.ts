// What an e-mail says about an event: a subject, a plain-text body and an HTML body. Every value
// that comes from data (names, notes, numbers) is escaped in the HTML; the text body is plain.
// Only fields of the event's data are shown, and the data is what the recipient's organisation
// may see (the events carry public views), so an e-mail never says more than the inbox does.

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export interface EmailLinks {
  /** Where the item is in the web app. */
  open: string;
  /** Turns off this type of e-mail. */
  unsubscribe: string;
}

const titles: Record<string, string> = {
  'match.found': 'A new match for your listing',
  'saved-search.matched': 'A new listing matches your saved search',
  'exchange.proposed': 'An exchange was proposed',
  'exchange.countered': 'New terms were proposed on an exchange',
  'exchange.accepted': 'An exchange was accepted',
  'exchange.declined': 'An exchange was declined',
  'exchange.cancelled': 'An exchange was cancelled',
  'exchange.completed': 'An exchange was completed',
  'exchange.message': 'A new message on an exchange',
  'transfer.recorded': 'A transfer was recorded',
  'listing.expiring': 'Your listing expires in 7 days',
  'listing.expired': 'Your listing has expired',
  invite: 'You are invited to Reuse Exchange',
};

export const titleOf = (type: string) => titles[type] ?? `Reuse Exchange: ${type}`;

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

type Line = [label: string, value: string];

const gbp = (n: number) => `£${Math.round(n).toLocaleString('en-GB')}`;
const asNumber = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const asText = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v.slice(0, 300) : null);

/** The facts worth a line, picked from the shapes the events carry; anything else is left out. */
function factsOf(data: unknown): Line[] {
  if (!data || typeof data !== 'object') return [];
  const d = data as Record<string, unknown>;
  const match = (d.match ?? null) as Record<string, unknown> | null;
  const listing = ((match?.listing ?? d.listing) ?? null) as Record<string, unknown> | null;
  const savings = ((match?.savings ?? d.savings) ?? null) as Record<string, unknown> | null;
  const lines: Line[] = [];
  const material = asText(listing?.material) ?? asText(d.material);
  if (material) lines.push(['Material', material]);
  const kind = asText(listing?.kind);
  if (kind) lines.push(['Listing', kind === 'offer' ? 'an offer of surplus' : 'a want for feedstock']);
  const distance = asNumber(match?.distanceKm ?? d.distanceKm);
  if (distance !== null) lines.push(['Distance', `${distance.toFixed(1)} km`]);
  const cost = asNumber(savings?.costSavedGbpPerYear);
  if (cost !== null) lines.push(['Estimated saving', `${gbp(cost)} a year`]);
  const co2 = asNumber(savings?.co2eAvoidedKgPerYear);
  if (co2 !== null) lines.push(['Emissions avoided', `${(co2 / 1000).toFixed(1)} tCO2e a year`]);
  const quantity = (d.quantity ?? null) as Record<string, unknown> | null;
  const amount = asNumber(quantity?.amount);
  if (amount !== null) lines.push(['Quantity', `${amount} ${asText(quantity?.unit) ?? ''} ${asText(quantity?.rate) ?? ''}`.trim()]);
  const price = asNumber(d.priceGbpPerTonne);
  if (price !== null) lines.push(['Price', `£${price.toFixed(2)} a tonne`]);
  const status = asText(d.status);
  if (status) lines.push(['Status', status]);
  const reason = asText(d.reason);
  if (reason) lines.push(['Reason', reason]);
  const name = asText(d.name);
  if (name) lines.push(['Saved search', name]);
  return lines;
}

export function renderEventEmail(type: string, data: unknown, links: EmailLinks): RenderedEmail {
  const title = titleOf(type);
  const facts = factsOf(data);
  const text = [
    title,
    '',
    ...facts.map(([label, value]) => `${label}: ${value}`),
    ...(facts.length ? [''] : []),
    `Open it in Reuse Exchange: ${links.open}`,
    '',
    `You receive this because e-mail is on for "${type}" in your preferences.`,
    `Stop these e-mails: ${links.unsubscribe}`,
  ].join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family: sans-serif; line-height: 1.4">
<h1 style="font-size: 1.25rem">${escapeHtml(title)}</h1>
${facts.length ? `<table>${facts.map(([label, value]) => `<tr><th style="text-align: left; padding-right: 1em">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`).join('')}</table>` : ''}
<p><a href="${escapeHtml(links.open)}">Open it in Reuse Exchange</a></p>
<p style="color: #555; font-size: 0.875rem">You receive this because e-mail is on for “${escapeHtml(type)}” in your preferences.
<a href="${escapeHtml(links.unsubscribe)}">Stop these e-mails</a>.</p>
</body></html>`;
  return { subject: title, text, html };
}

export function renderInviteEmail(organisationName: string, inviteUrl: string): RenderedEmail {
  const title = `You are invited to join ${organisationName} on Reuse Exchange`;
  const text = [
    title,
    '',
    'Reuse Exchange matches one firm\'s surplus material with another\'s need for feedstock.',
    `Choose a password to accept: ${inviteUrl}`,
    '',
    'The link works once and expires; if you did not expect this, ignore it.',
  ].join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family: sans-serif; line-height: 1.4">
<h1 style="font-size: 1.25rem">${escapeHtml(title)}</h1>
<p>Reuse Exchange matches one firm's surplus material with another's need for feedstock.</p>
<p><a href="${escapeHtml(inviteUrl)}">Choose a password to accept</a></p>
<p style="color: #555; font-size: 0.875rem">The link works once and expires; if you did not expect this, ignore it.</p>
</body></html>`;
  return { subject: title, text, html };
}
