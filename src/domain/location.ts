// Where other firms' listings are shown to members: the centre of a fixed grid cell of about
// 1 km (0.01° of latitude ≈ 1.11 km; 0.015° of longitude ≈ 1.0 km at UK latitudes). A fixed grid
// rather than random jitter, because repeated reads of a jittered point average back to it.
const LAT_STEP = 0.01;
const LON_STEP = 0.015;

const snap = (value: number, step: number) => (Math.floor(value / step) + 0.5) * step;
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export function generaliseLocation([lon, lat]: readonly [number, number]): [number, number] {
  return [round6(snap(lon, LON_STEP)), round6(snap(lat, LAT_STEP))];
}
