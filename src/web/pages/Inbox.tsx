import { useEffect, useState } from 'preact/hooks';
import { get, post, query } from '../api.ts';
import { Loading, ProblemSummary, useAction } from '../components/Form.tsx';
import type { components } from '../api-types.ts';
import { inboxLink, inboxText } from '../notification-text.ts';
import { useApp } from '../session.ts';

type Notification = components['schemas']['Notification'];

/** The inbox: what happened that concerns the firm, newest first, each linked to what it is about. */
export function Inbox({ onRead }: { onRead: () => void }) {
  const { materials } = useApp();
  const [items, setItems] = useState<Notification[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const action = useAction();
  const load = async (cursor?: string) => {
    const page = await action.run(() =>
      get<{ items: Notification[]; nextCursor: string | null }>(`/notifications${query({ unread: unreadOnly ? 'true' : undefined, cursor, limit: 50 })}`),
    );
    if (!page) return;
    setItems((shown) => (cursor ? [...(shown ?? []), ...page.items] : page.items));
    setNext(page.nextCursor);
  };
  useEffect(() => void load(), [unreadOnly]);

  async function open(item: Notification) {
    if (!item.readAt) {
      await action.run(() => post(`/notifications/${item.id}/read`));
      onRead();
    }
  }
  async function readAll() {
    if (await action.run(() => post('/notifications/read-all'))) {
      onRead();
      await load();
    }
  }

  return (
    <main id="main" tabIndex={-1}>
      <h1>Notifications</h1>
      <ProblemSummary error={action.error} />
      <p>
        <label>
          <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly((e.target as HTMLInputElement).checked)} /> Unread only
        </label>{' '}
        <button type="button" onClick={readAll}>
          Mark all read
        </button>
      </p>
      {items === null ? (
        <Loading />
      ) : items.length === 0 ? (
        <p>Nothing here yet. You will be told here of new matches for your listings, of your exchanges, and of listings about to expire.</p>
      ) : (
        <ul class="inbox">
          {items.map((item) => (
            <li key={item.id} class={item.readAt ? 'read' : 'unread'}>
              <a href={inboxLink(item)} onClick={() => void open(item)}>
                {item.readAt ? '' : <strong>New: </strong>}
                {inboxText(item, materials)}
              </a>{' '}
              <time dateTime={item.createdAt}>{new Date(item.createdAt).toLocaleString('en-GB')}</time>
            </li>
          ))}
        </ul>
      )}
      {next && (
        <button type="button" onClick={() => void load(next)}>
          More
        </button>
      )}
    </main>
  );
}
