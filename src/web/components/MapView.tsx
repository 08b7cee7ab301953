import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef, useState } from 'preact/hooks';
import outline from '../gb-outline.json';
import { listingTileLayer } from './listing-tiles.ts';

export interface MapMarker {
  lon: number;
  lat: number;
  label: string;
  kind: 'offer' | 'want' | 'site' | 'picked';
  /** ~1 km uncertainty is drawn as a circle rather than a point */
  approximate?: boolean;
}

export interface MapLine {
  from: [number, number];
  to: [number, number];
  weight: number;
  label: string;
}

const COLOURS = { offer: '#b45309', want: '#1d4ed8', site: '#15803d', picked: '#7c3aed' } as const;
const GB_BOUNDS = L.latLngBounds([49.8, -8.7], [60.9, 1.8]);

/** Leaflet puts a string tooltip in as HTML; labels carry names firms typed, so they go in as text. */
function textTooltip(label: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = label;
  return span;
}

const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '';

/**
 * A Leaflet map. Tiles come from the service's MAP_TILES setting; with none, or none reachable
 * (a closed network), the outline of the United Kingdom shipped with the app is all it draws.
 */
export function MapView(props: {
  label: string;
  markers?: MapMarker[];
  lines?: MapLine[];
  shapes?: GeoJSON.GeoJsonObject[];
  onPick?: (lon: number, lat: number) => void;
  height?: string;
  /** Also draw every active listing from the service's vector tiles. */
  listingTiles?: boolean;
}) {
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<L.LayerGroup | null>(null);
  const pick = useRef(props.onPick);
  pick.current = props.onPick;
  const [offline, setOffline] = useState(!meta('rx-map-tiles'));
  const withListingTiles = props.listingTiles ?? false;

  useEffect(() => {
    if (!element.current) return;
    const m = L.map(element.current, { zoomSnap: 0.5, attributionControl: true }).fitBounds(GB_BOUNDS);
    L.geoJSON(outline as GeoJSON.GeoJsonObject, {
      style: { color: '#64748b', weight: 1, fillColor: '#e2e8f0', fillOpacity: 0.6 },
      interactive: false,
    }).addTo(m);
    const tiles = meta('rx-map-tiles');
    if (tiles) {
      let loaded = 0;
      let failed = 0;
      const tileLayer = L.tileLayer(tiles, { attribution: meta('rx-map-attribution'), maxZoom: 18 }).addTo(m);
      tileLayer.on('tileload', () => loaded++);
      tileLayer.on('tileerror', () => {
        failed++;
        if (loaded === 0 && failed >= 4) {
          m.removeLayer(tileLayer);
          setOffline(true);
        }
      });
    }
    if (withListingTiles) listingTileLayer().addTo(m);
    m.on('click', (e: L.LeafletMouseEvent) => pick.current?.(Number(e.latlng.lng.toFixed(5)), Number(e.latlng.lat.toFixed(5))));
    layer.current = L.layerGroup().addTo(m);
    map.current = m;
    return () => {
      m.stop();
      m.remove();
    };
  }, [withListingTiles]);

  useEffect(() => {
    const group = layer.current;
    const m = map.current;
    if (!group || !m) return;
    group.clearLayers();
    const points: L.LatLng[] = [];
    for (const shape of props.shapes ?? []) {
      const g = L.geoJSON(shape, { style: { color: '#7c3aed', weight: 2, fillOpacity: 0.1 } }).addTo(group);
      const b = g.getBounds();
      if (b.isValid()) points.push(b.getNorthEast(), b.getSouthWest());
    }
    const maxWeight = Math.max(1, ...(props.lines ?? []).map((l) => l.weight));
    for (const line of props.lines ?? []) {
      const from = L.latLng(line.from[1], line.from[0]);
      const to = L.latLng(line.to[1], line.to[0]);
      L.polyline([from, to], { color: '#0f766e', weight: 2 + 10 * (line.weight / maxWeight), opacity: 0.7 })
        .bindTooltip(textTooltip(line.label))
        .addTo(group);
      points.push(from, to);
    }
    for (const mk of props.markers ?? []) {
      // Leaflet throws on a position that is not a number; such a marker is left off, not the page.
      if (!Number.isFinite(mk.lat) || !Number.isFinite(mk.lon)) continue;
      const at = L.latLng(mk.lat, mk.lon);
      const colour = COLOURS[mk.kind];
      // A dashed ring: the place is only known to about a kilometre.
      const shape = mk.approximate
        ? L.circleMarker(at, { radius: 10, color: colour, weight: 2, dashArray: '4 3', fillColor: colour, fillOpacity: 0.3 })
        : L.circleMarker(at, { radius: 7, color: '#fff', weight: 2, fillColor: colour, fillOpacity: 1 });
      shape.bindTooltip(textTooltip(mk.label)).addTo(group);
      points.push(at);
    }
    // Without tiles, the outline is the only context: never zoom in past where it shows.
    const maxZoom = offline ? 8 : 12;
    // Not animated: a page left mid-animation would have Leaflet move a removed map.
    if (points.length === 1) m.setView(points[0]!, maxZoom, { animate: false });
    else if (points.length > 1) m.fitBounds(L.latLngBounds(points).pad(0.15), { maxZoom, animate: false });
  }, [props.markers, props.lines, props.shapes, offline]);

  return (
    <figure class="map">
      <div ref={element} style={{ height: props.height ?? '420px' }} role="region" aria-label={props.label} />
      {offline && <figcaption class="hint">No map tiles: showing the outline of the United Kingdom (Natural Earth).</figcaption>}
    </figure>
  );
}
