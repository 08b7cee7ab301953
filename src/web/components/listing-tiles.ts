// A Leaflet layer drawing the service's vector tiles of listings (/tiles/listings/{z}/{x}/{y}.mvt)
// on canvases: one dot per listing from zoom 14, a sized dot with its count below. It draws
// numbers only: no text that a user wrote reaches the page from here.
import { VectorTile } from '@mapbox/vector-tile';
import L from 'leaflet';
import { PbfReader } from 'pbf';

const OFFER = '#b45309';
const WANT = '#1d4ed8';

function drawTile(canvas: HTMLCanvasElement, bytes: ArrayBuffer, size: number): void {
  const ctx = canvas.getContext('2d');
  if (!ctx || bytes.byteLength === 0) return;
  const layer = new VectorTile(new PbfReader(bytes)).layers.listings;
  if (!layer) return;
  const scale = size / layer.extent;
  for (let i = 0; i < layer.length; i++) {
    const feature = layer.feature(i);
    const at = feature.loadGeometry()[0]?.[0];
    if (!at) continue;
    const count = Number(feature.properties.count ?? 1);
    const offers = Number(feature.properties.offers ?? (feature.properties.kind === 'offer' ? 1 : 0));
    const radius = count > 1 ? Math.min(16, 4 + 2 * Math.log2(count)) : 5;
    ctx.beginPath();
    ctx.arc(at.x * scale, at.y * scale, radius, 0, 2 * Math.PI);
    ctx.fillStyle = offers * 2 >= count ? OFFER : WANT;
    ctx.globalAlpha = 0.75;
    ctx.fill();
    ctx.globalAlpha = 1;
    if (count > 1 && radius >= 8) {
      ctx.fillStyle = '#fff';
      ctx.font = '10px sans-serif';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(String(count), at.x * scale, at.y * scale);
    }
  }
}

/** Active listings at their public points, from the signed-in session's tiles. */
class ListingTiles extends L.GridLayer {
  protected override createTile(coords: L.Coords, done: L.DoneCallback): HTMLElement {
    const size = this.getTileSize();
    const canvas = document.createElement('canvas');
    canvas.width = size.x;
    canvas.height = size.y;
    fetch(`/tiles/listings/${coords.z}/${coords.x}/${coords.y}.mvt`, { credentials: 'same-origin' })
      .then(async (res) => {
        if (!res.ok) throw new Error(`tile ${res.status}`);
        drawTile(canvas, await res.arrayBuffer(), size.x);
        done(undefined, canvas);
      })
      .catch((error: unknown) => done(error instanceof Error ? error : new Error(String(error)), canvas));
    return canvas;
  }
}

export const listingTileLayer = (): L.GridLayer => new ListingTiles({ maxZoom: 18 });
