const gbp = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const precise = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });

export const money = (v: number | null | undefined) => (v === null || v === undefined ? '—' : gbp.format(v));
export const num = (v: number | null | undefined) => (v === null || v === undefined ? '—' : number.format(v));
export const tonnesCo2e = (kg: number | null | undefined) =>
  kg === null || kg === undefined ? '—' : `${precise.format(kg / 1000)} tCO2e`;
export const date = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
export const rate = (r: string) => (r === 'one-off' ? 'one-off' : `a ${r}`);
export const today = () => new Date().toISOString().slice(0, 10);
