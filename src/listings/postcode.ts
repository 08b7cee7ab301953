// UK postcodes: validated by shape (not against the Royal Mail address file) and normalised to
// upper case with one space before the three-character inward code.
const POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$/;

export function normalisePostcode(input: string): string | null {
  const compact = input.toUpperCase().replace(/\s+/g, '');
  if (compact === 'GIR0AA') return 'GIR 0AA';
  const m = POSTCODE.exec(compact);
  return m ? `${m[1]} ${m[2]}` : null;
}

/** The outward code ("B69" of "B69 4LY"): all that other firms see of where a listing is. */
export function postcodeDistrict(postcode: string | null): string | null {
  return postcode ? (postcode.split(' ')[0] ?? null) : null;
}
