import { useEffect, useState } from 'preact/hooks';

// Hash routes (#/listings/…) keep the app's addresses apart from the API's paths on the same
// origin, and need nothing from the server but the one page.

export function currentRoute(): string[] {
  return location.hash.replace(/^#\/?/, '').split('?')[0]!.split('/').filter(Boolean);
}

export function useRoute(): string[] {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const update = () => setRoute(currentRoute());
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}

export function navigate(path: string) {
  location.hash = `#${path}`;
}
