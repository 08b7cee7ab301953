// Where other firms' listings are shown to members: the centre of a fixed grid cell of about
// 1 km (0.01° of latitude ≈ 1.11 km; 0.015° of longitude ≈ 1.0 km at UK latitudes). A fixed grid
// rather than random jitter, because repeated reads of a jittered point average back to it.
// The database computes the same point (public_point(), migration 0009) for members' distances,
// filters and order: each step below is one IEEE operation that SQL float8 repeats bit for bit
// (hence floor(x + 0.5), not Math.round, which differs at 0.49999999999999994);
// test/confidential-location.test.ts compares the two.
const LAT = { step: 0.01, cells: 9000 };
const LON = { step: 0.015, cells: 12000 };

// Cell indices are clamped so that the centres of the cells at ±90° and ±180° stay on the globe.
const snap = (value: number, { step, cells }: typeof LAT) =>
  (Math.max(-cells, Math.min(cells - 1, Math.floor(value / step))) + 0.5) * step;
const round6 = (x: number) => Math.floor(x * 1e6 + 0.5) / 1e6;

export function generaliseLocation([lon, lat]: readonly [number, number]): [number, number] {
  return [round6(snap(lon, LON)), round6(snap(lat, LAT))];
}

/**
 * The farthest a public point lies from the exact one, in metres, where the British National
 * Grid serves matching (lat 49-62): half a cell's diagonal (~785 m at lat 49, where a cell is
 * widest), plus margin for the grid's scale factor.
 */
export const GENERALISATION_MAX_OFFSET_M = 800;
