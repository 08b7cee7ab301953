// vt-pbf ships no types; this is the one function used (src/gis/tiles.ts).
declare module 'vt-pbf' {
  interface TileFeature {
    /** 1 point, 2 line, 3 polygon */
    type: 1 | 2 | 3;
    geometry: number[][] | number[][][];
    tags: Record<string, string | number | boolean>;
    id?: number;
  }
  export function fromGeojsonVt(
    layers: Record<string, { features: TileFeature[] }>,
    options?: { version?: number; extent?: number },
  ): Uint8Array;
  const vtpbf: { fromGeojsonVt: typeof fromGeojsonVt };
  export default vtpbf;
}
