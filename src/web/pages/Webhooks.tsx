// An organisation's webhooks: list, add (the signing secret shown once), each one's recent
// deliveries, delete. Everything goes through the public API (/webhooks).
import { useEffect, useState } from 'preact/hooks';
import { del, get, post } from '../api.ts';
import type { components } from '../api-types.ts';
import { Field, Loading, ProblemSummary, useAction } from '../components/Form.tsx';
import { deliveryStatusWords } from '../delivery-status.ts';
import { eventLabel } from '../event-labels.ts';

type Webhook = components['schemas']['Webhook'];
type CreatedWebhook = components['schemas']['CreatedWebhook'];
type Delivery = components['schemas']['WebhookDelivery'];
type EventType = Webhook['events'][number];

/** Every event type a webhook may subscribe to: a record, so a type added to the API fails typecheck until it is here. */
const EVENT_TYPES = Object.keys({
  'match.found': true,
  'saved-search.matched': true,
  'exchange.proposed': true,
  'exchange.countered': true,
  'exchange.accepted': true,
  'exchange.declined': true,
  'exchange.cancelled': true,
  'exchange.completed': true,
  'exchange.message': true,
  'transfer.recorded': true,
  'listing.expiring': true,
  'listing.expired': true,
  'webhook.disabled': true,
} satisfies Record<EventType, true>) as EventType[];

const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }) : '—';

function Deliveries({ webhook }: { webhook: Webhook }) {
  const [items, setItems] = useState<Delivery[] | null>(null);
  const action = useAction();
  const load = () => action.run(() => get<{ items: Delivery[] }>(`/webhooks/${webhook.id}/deliveries?limit=20`)).then((r) => r && setItems(r.items));
  useEffect(() => void load(), [webhook.id]);
  return (
    <div class="deliveries">
      <ProblemSummary error={action.error} />
      {items === null ? (
        action.error ? null : <Loading />
      ) : items.length === 0 ? (
        <p>Nothing sent yet: deliveries appear here when an event it listens for happens.</p>
      ) : (
        <table>
          <caption>Recent deliveries to {webhook.url}</caption>
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
              <th scope="col">Last answer</th>
              <th scope="col">Next attempt</th>
            </tr>
          </thead>
          <tbody>
            {items.map((d) => (
              <tr key={d.id}>
                <td>
                  {eventLabel(d.type)}
                  <br />
                  <span class="hint">{when(d.createdAt)}</span>
                </td>
                <td>{deliveryStatusWords(d)}</td>
                <td>{d.attempts}</td>
                <td>{d.lastStatusCode !== null ? `HTTP ${d.lastStatusCode}` : d.lastError ? `No answer: ${d.lastError}` : '—'}</td>
                <td>{d.status === 'pending' ? when(d.nextAttemptAt) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" class="secondary" disabled={action.busy} onClick={() => void load()}>
        Refresh deliveries
      </button>
    </div>
  );
}

/** The secret, once: with a copy button and a plain warning that it cannot be shown again. */
function NewSecret({ created, onDone }: { created: CreatedWebhook; onDone: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  }
  return (
    <section class="notice secret" aria-labelledby="secret-heading" tabIndex={-1} ref={(el) => el?.focus()}>
      <h2 id="secret-heading">Copy the signing secret now</h2>
      <p>
        <strong>This is the only time it is shown.</strong> Your receiver needs it to check that each delivery comes from Reuse
        Exchange. If you lose it, delete this webhook and add it again.
      </p>
      <code class="invite-link" id="webhook-secret">
        {created.secret}
      </code>
      <div class="actions">
        <button type="button" onClick={copy}>
          Copy secret
        </button>
        <button type="button" class="secondary" onClick={onDone}>
          I have kept it
        </button>
      </div>
      <p role="status">{copied === 'yes' ? 'Copied.' : copied === 'no' ? 'Could not copy: select the secret and copy it yourself.' : ''}</p>
    </section>
  );
}

function AddWebhook({ onAdded }: { onAdded: (created: CreatedWebhook) => void }) {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<EventType[]>([]);
  const action = useAction();
  async function submit(e: Event) {
    e.preventDefault();
    const body = { url, events, ...(description ? { description } : {}) };
    const created = await action.run(() => post<CreatedWebhook>('/webhooks', body));
    if (created) {
      setUrl('');
      setDescription('');
      setEvents([]);
      onAdded(created);
    }
  }
  // The API names an unknown type by its place (events.0); any of them is said at the list.
  const eventsError = Object.entries(action.fields).find(([path]) => path === 'events' || path.startsWith('events.'))?.[1];
  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-webhook-heading" class="editor">
      <h2 id="add-webhook-heading">Add a webhook</h2>
      <ProblemSummary error={action.error} />
      <Field id="webhook-url" label="Address (URL)" hint="Where your system receives events, e.g. https://erp.example.org/hooks/reuse" error={action.fields.url}>
        {(aria) => <input {...aria} type="url" inputMode="url" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />}
      </Field>
      <Field id="webhook-description" label="Description (optional)" hint="What it is for, so colleagues know." error={action.fields.description}>
        {(aria) => <input {...aria} value={description} onInput={(e) => setDescription(e.currentTarget.value)} />}
      </Field>
      <fieldset aria-describedby={eventsError ? 'webhook-events-error' : undefined} class={eventsError ? 'field-error' : undefined}>
        <legend>Send it these events</legend>
        {EVENT_TYPES.map((type) => (
          <label key={type} class="checkbox">
            <input
              type="checkbox"
              checked={events.includes(type)}
              onChange={(e) => setEvents(e.currentTarget.checked ? [...events, type] : events.filter((t) => t !== type))}
            />{' '}
            {eventLabel(type)}
          </label>
        ))}
        {eventsError && (
          <span class="error" id="webhook-events-error">
            {eventsError}
          </span>
        )}
      </fieldset>
      <button type="submit" disabled={action.busy}>
        Add webhook
      </button>
    </form>
  );
}

export function Webhooks() {
  const [webhooks, setWebhooks] = useState<Webhook[] | null>(null);
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const action = useAction();
  const load = () => action.run(() => get<{ items: Webhook[] }>('/webhooks')).then((r) => r && setWebhooks(r.items));
  useEffect(() => void load(), []);
  async function remove(w: Webhook) {
    if (!confirm(`Delete the webhook to ${w.url}? Nothing more is sent to it, and deliveries waiting to be retried are dropped.`)) return;
    if ((await action.run(() => del(`/webhooks/${w.id}`))) === null) {
      if (created?.id === w.id) setCreated(null);
      await load();
    }
  }
  return (
    <main id="main" class="narrow">
      <h1>Webhooks</h1>
      <p>
        A webhook sends your own systems (an ERP, a chat channel) each event your organisation is told of, as it happens. Each
        delivery is signed with the webhook's secret; one that fails is tried again for 24 hours.
      </p>
      {created && <NewSecret created={created} onDone={() => setCreated(null)} />}
      <ProblemSummary error={action.error} />
      {webhooks === null ? (
        <Loading />
      ) : webhooks.length === 0 ? (
        <p>No webhooks yet.</p>
      ) : (
        <ul class="cards" aria-label="Your webhooks">
          {webhooks.map((w) => (
            <li key={w.id} class="card">
              <h2 class="webhook-url">{w.url}</h2>
              {w.description && <p>{w.description}</p>}
              <p>
                {w.enabled ? 'On' : `Switched off on ${when(w.disabledAt)}: ${w.disabledReason ?? 'it kept failing'}. Add it again to start over.`}
              </p>
              <p>Events: {w.events.map(eventLabel).join('; ')}</p>
              <div class="actions">
                <button type="button" class="secondary" aria-expanded={open === w.id} onClick={() => setOpen(open === w.id ? null : w.id)}>
                  {open === w.id ? 'Hide deliveries' : 'Show deliveries'}
                  <span class="visually-hidden"> to {w.url}</span>
                </button>
                <button type="button" class="secondary" onClick={() => remove(w)}>
                  Delete<span class="visually-hidden"> the webhook to {w.url}</span>
                </button>
              </div>
              {open === w.id && <Deliveries webhook={w} />}
            </li>
          ))}
        </ul>
      )}
      <AddWebhook
        onAdded={(made) => {
          setCreated(made);
          void load();
        }}
      />
    </main>
  );
}
