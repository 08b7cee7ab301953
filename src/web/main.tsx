import './styles.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { del, get, useCsrfToken, whenSignedOut } from './api.ts';
import { Loading } from './components/Form.tsx';
import { Account } from './pages/Account.tsx';
import { Dashboard } from './pages/Dashboard.tsx';
import { Firms } from './pages/Firms.tsx';
import { ExchangeDetail, Exchanges } from './pages/Exchanges.tsx';
import { Inbox } from './pages/Inbox.tsx';
import { AcceptInvite } from './pages/Invite.tsx';
import { ListingDetail } from './pages/ListingDetail.tsx';
import { Listings } from './pages/Listings.tsx';
import { NewListing } from './pages/NewListing.tsx';
import { Opportunities } from './pages/Opportunities.tsx';
import { Regions } from './pages/Regions.tsx';
import { Search } from './pages/Search.tsx';
import { SignIn } from './pages/SignIn.tsx';
import { Sites } from './pages/Sites.tsx';
import { Unsubscribe } from './pages/Unsubscribe.tsx';
import { Webhooks } from './pages/Webhooks.tsx';
import { navigate, useRoute } from './router.ts';
import { labelTableCells } from './table-cards.ts';
import { AppContext, isOfficer } from './session.ts';
import type { Material, Session } from './types.ts';

const FIRM_NAV = [
  ['listings', 'My listings'],
  ['search', 'Find feedstock'],
  ['exchanges', 'Exchanges'],
  ['sites', 'My sites'],
  ['account', 'Account'],
] as const;
const OFFICER_NAV = [
  ['dashboard', 'Dashboard'],
  ['exchanges', 'Exchanges'],
  ['firms', 'Firms'],
  ['regions', 'Regions'],
  ['opportunities', 'Opportunities'],
  ['account', 'Account'],
] as const;

function Page({ route, session, onInboxRead }: { route: string[]; session: Session; onInboxRead: () => void }) {
  const [section, id] = route;
  switch (section) {
    case 'notifications':
      return <Inbox onRead={onInboxRead} />;
    case 'listings':
      if (id === 'new') return <NewListing />;
      return id ? <ListingDetail id={id} /> : <Listings />;
    case 'search':
      return <Search />;
    case 'sites':
      return <Sites />;
    case 'exchanges':
      return id ? <ExchangeDetail id={id} /> : <Exchanges />;
    case 'dashboard':
      return <Dashboard />;
    case 'firms':
      return <Firms />;
    case 'regions':
      return <Regions />;
    case 'opportunities':
      return <Opportunities />;
    case 'account':
      return <Account />;
    case 'webhooks':
      return <Webhooks />;
    default:
      navigate(isOfficer(session) ? '/dashboard' : '/listings');
      return <Loading />;
  }
}

function App() {
  const route = useRoute();
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [materials, setMaterials] = useState<Material[]>([]);

  function signedIn(s: Session | null) {
    useCsrfToken(s?.csrfToken ?? null);
    setSession(s);
  }
  useEffect(() => {
    whenSignedOut(() => signedIn(null));
    get<Session>('/session').then(signedIn, () => signedIn(null));
    // Without the catalogue, pages name materials by their codes; nothing else depends on it.
    get<{ items: Material[] }>('/materials').then((r) => setMaterials(r.items), () => undefined);
  }, []);
  const [unread, setUnread] = useState(0);
  const refreshUnread = () => {
    get<{ unread: number }>('/notifications/unread-count').then((r) => setUnread(r.unread), () => undefined);
  };
  useEffect(() => {
    if (!session) return;
    // On every page change, and each minute for news that arrives while a page stays open.
    refreshUnread();
    const timer = setInterval(refreshUnread, 60_000);
    return () => clearInterval(timer);
  }, [session, route.join('/')]);
  useEffect(() => {
    // Each page names itself, for screen readers and the browser's history.
    const heading = document.querySelector('h1');
    document.title = heading ? `${heading.textContent} · Reuse Exchange` : 'Reuse Exchange';
  });
  useEffect(() => {
    // Pages fill their tables after loading: label cells for the phone's card layout as they come.
    const observer = new MutationObserver(() => labelTableCells());
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);

  // An e-mail's unsubscribe link works signed in or not.
  if (route[0] === 'unsubscribe' && route[1]) return <Unsubscribe token={route[1]} />;
  if (session === undefined) return <Loading />;
  if (session === null) {
    if (route[0] === 'invite' && route[1]) return <AcceptInvite token={route[1]} onSignedIn={signedIn} />;
    return <SignIn onSignedIn={signedIn} />;
  }
  if (route[0] === 'invite' || route[0] === 'sign-in') navigate('/');
  const nav = isOfficer(session) ? OFFICER_NAV : FIRM_NAV;
  async function signOut() {
    await del('/session').catch(() => undefined);
    signedIn(null);
    navigate('/sign-in');
  }
  return (
    <AppContext.Provider value={{ session, materials }}>
      <header class="top">
        <a class="brand" href="#/">
          Reuse Exchange
        </a>
        <nav aria-label="Main">
          <ul>
            {nav.map(([path, label]) => (
              <li key={path}>
                <a href={`#/${path}`} aria-current={route[0] === path ? 'page' : undefined}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <a href="#/notifications" class="inbox-count" aria-current={route[0] === 'notifications' ? 'page' : undefined}>
          Notifications{unread ? <span class="badge" aria-label={`${unread} unread`}>{unread}</span> : null}
        </a>
        <span class="who">
          {session.user?.name ?? 'API key'}, {session.organisation?.name ?? 'programme admin'}
        </span>
        <button type="button" class="link sign-out" onClick={signOut}>
          Sign out
        </button>
      </header>
      <Page route={route} session={session} onInboxRead={refreshUnread} />
    </AppContext.Provider>
  );
}

// The hash belongs to the router, so the skip link moves focus itself.
function skipToContent(e: Event) {
  e.preventDefault();
  const main = document.querySelector('main');
  main?.setAttribute('tabindex', '-1');
  main?.focus();
}

render(
  <>
    <a class="skip" href="#main" onClick={skipToContent}>
      Skip to content
    </a>
    <App />
  </>,
  document.getElementById('app') as HTMLElement,
);
