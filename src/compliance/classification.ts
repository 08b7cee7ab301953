// A listing's legal status and List of Waste code, checked against the catalogue: pure. The
// platform records the firm's own classification; these rules only refuse one that contradicts
// itself or the List (docs/compliance.md).
import type { FieldError } from '../errors.ts';

/** WM3's entry types: absolute non-hazardous/hazardous, mirror non-hazardous/hazardous. */
export interface ListOfWasteEntry {
  code: string;
  description: string;
  hazardous: boolean;
  entry: 'AN' | 'AH' | 'MN' | 'MH';
  mirrorOf?: string | undefined;
}

type WasteStatus = 'waste' | 'by-product' | 'end-of-waste';
interface Test {
  met: boolean;
  justification: string;
}
export interface ClassificationInput {
  wasteStatus?: WasteStatus | undefined;
  ewcCode?: string | null | undefined;
  hazardAssessment?: { hazardous: boolean; hazardousProperties?: string[] | undefined } | null | undefined;
  byProduct?: Record<'certainFurtherUse' | 'noFurtherProcessing' | 'integralPartOfProduction' | 'lawfulFurtherUse', Test> | null | undefined;
  endOfWaste?: { basis: string; reference: string } | null | undefined;
}

export interface Classification {
  wasteStatus: WasteStatus;
  ewcCode: string | null;
  hazardous: boolean;
}

const BY_PRODUCT_TESTS = ['certainFurtherUse', 'noFurtherProcessing', 'integralPartOfProduction', 'lawfulFurtherUse'] as const;

const error = (path: string, message: string): FieldError => ({ in: 'body', path, message });

/**
 * Every problem with a listing's classification, and what it comes to. `codes` are the codes the
 * material's catalogue entry allows; `list` says which are mirror or absolute entries.
 */
export function classify(
  material: { code: string; ewcCodes: { code: string }[] },
  list: ReadonlyMap<string, ListOfWasteEntry>,
  input: ClassificationInput,
): { errors: FieldError[]; classification: Classification } {
  const errors: FieldError[] = [];
  const wasteStatus = input.wasteStatus ?? 'waste';
  if (input.byProduct && wasteStatus !== 'by-product') errors.push(error('byProduct', 'only for wasteStatus by-product'));
  if (input.endOfWaste && wasteStatus !== 'end-of-waste') errors.push(error('endOfWaste', 'only for wasteStatus end-of-waste'));
  if (wasteStatus === 'by-product') {
    if (!input.byProduct)
      errors.push(error('byProduct', 'a by-product must answer the four tests of WFD art. 5 (certain use, no further processing, integral part of production, lawful use)'));
    else
      for (const test of BY_PRODUCT_TESTS)
        if (!input.byProduct[test].met)
          errors.push(error(`byProduct.${test}.met`, 'all four tests must be met for a by-product; otherwise list it as waste'));
  }
  if (wasteStatus === 'end-of-waste' && !input.endOfWaste)
    errors.push(error('endOfWaste', 'end-of-waste needs its basis (e.g. a Quality Protocol) and a reference'));

  const code = input.ewcCode ?? null;
  let hazardous = false;
  if (code !== null) {
    const allowed = material.ewcCodes.map((c) => c.code.replace('*', ''));
    const entry = list.get(code);
    if (!allowed.includes(code) || !entry) {
      errors.push(error('ewcCode', `is not one of ${material.code}'s codes: ${allowed.join(', ')}`));
    } else {
      hazardous = entry.hazardous;
      const assessment = input.hazardAssessment ?? null;
      const mirror = entry.entry === 'MN' || entry.entry === 'MH';
      if (mirror && !assessment)
        errors.push(error('hazardAssessment', `${code} is a mirror entry (its twin is ${entry.mirrorOf}): say whether the waste is hazardous and on what basis`));
      if (assessment && assessment.hazardous !== entry.hazardous) {
        const use = entry.mirrorOf ? `: use ${entry.mirrorOf}` : '';
        errors.push(
          error('hazardAssessment.hazardous', `${code} is the ${entry.hazardous ? '' : 'non-'}hazardous entry but the assessment says otherwise${use}`),
        );
      }
      if (hazardous && mirror && !assessment?.hazardousProperties?.length)
        errors.push(error('hazardAssessment.hazardousProperties', 'name the hazardous properties found (HP1 to HP15)'));
    }
  } else if (input.hazardAssessment) {
    errors.push(error('hazardAssessment', 'needs the ewcCode it assesses'));
  }
  return { errors, classification: { wasteStatus, ewcCode: code, hazardous } };
}
