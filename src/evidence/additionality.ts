// Additionality: how much of an outcome the programme can claim. Pure; docs/evidence.md explains it.

export type AdditionalityAnswer = 'yes' | 'partly' | 'no';

/**
 * The share of an exchange that would have happened without the programme, from one side's
 * answer: all of it for yes, none for no, the stated share for partly.
 */
export function anywayShare(answer: AdditionalityAnswer, share?: number | null): number {
  if (answer === 'yes') return 1;
  if (answer === 'no') return 0;
  if (share === undefined || share === null || !(share > 0 && share < 1))
    throw new RangeError('a partly answer needs a share strictly between 0 and 1');
  return share;
}

/**
 * An exchange's deadweight: the mean of its sides' answers, or the programme's default when
 * neither side answered. Both sides weigh the same: neither knows the other's alternatives.
 */
export function exchangeDeadweight(answeredShares: readonly number[], programmeDefault: number): number {
  if (!answeredShares.length) return programmeDefault;
  return answeredShares.reduce((s, x) => s + x, 0) / answeredShares.length;
}

/** net = gross × (1 − deadweight) × attribution */
export const netOf = (gross: number, deadweight: number, attribution: number): number =>
  gross * (1 - deadweight) * attribution;

export interface ProgrammeAdditionality {
  /** Used for exchanges neither side answered for. */
  deadweight: number;
  /** The share of what remains that this programme, rather than other help, brought about. */
  attribution: number;
  /** When officers last set them; null when never (deadweight 0, attribution 1: net equals gross there). */
  setAt: string | null;
  note: string | null;
}

export const UNSET_ADDITIONALITY: ProgrammeAdditionality = { deadweight: 0, attribution: 1, setAt: null, note: null };
