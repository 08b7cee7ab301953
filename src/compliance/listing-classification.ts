// A listing's classification as the listings service stores and shows it: the columns from a
// create or edit body (checked by classification.ts), and the fields every viewer sees.
import { HttpProblem } from '../errors.ts';
import { type ClassificationInput, classify } from './classification.ts';
import { LIST_OF_WASTE } from './reference-data.ts';

const FIELDS = ['wasteStatus', 'ewcCode', 'hazardAssessment', 'byProduct', 'endOfWaste'] as const;

export interface StoredClassification {
  waste_status: 'waste' | 'by-product' | 'end-of-waste';
  ewc_code: string | null;
  hazardous: boolean;
  classification: Pick<ClassificationInput, 'hazardAssessment' | 'byProduct' | 'endOfWaste'>;
}

/**
 * The classification columns for a listing: the stored ones with the body's fields laid over
 * them, checked whole. Undefined when the body says nothing about classification (an edit that
 * leaves it alone, or a listing from an older client: then the defaults apply).
 */
export function classificationColumns(
  kind: 'offer' | 'want',
  material: { code: string; ewcCodes: { code: string }[] },
  body: ClassificationInput,
  stored?: StoredClassification,
) {
  const given = FIELDS.filter((f) => body[f] !== undefined);
  if (!given.length) return undefined;
  if (kind === 'want')
    throw new HttpProblem(400, `${given.join(', ')}: classify the offer; a want takes the offer's classification`, {
      type: 'validation',
      title: 'Invalid request',
      errors: given.map((path) => ({ in: 'body' as const, path, message: 'is for offers, not wants' })),
    });
  const merged: ClassificationInput = {
    wasteStatus: stored?.waste_status,
    ewcCode: stored?.ewc_code,
    ...stored?.classification,
    ...Object.fromEntries(given.map((f) => [f, body[f]])),
  };
  // What belonged to the old status or code lapses with it, unless the body restates it.
  if (stored && body.wasteStatus !== undefined && body.wasteStatus !== stored.waste_status) {
    if (body.byProduct === undefined) merged.byProduct = null;
    if (body.endOfWaste === undefined) merged.endOfWaste = null;
  }
  if (stored && body.ewcCode !== undefined && body.ewcCode !== stored.ewc_code && body.hazardAssessment === undefined)
    merged.hazardAssessment = null;
  const { errors, classification } = classify(material, LIST_OF_WASTE, merged);
  if (errors.length)
    throw new HttpProblem(400, errors.map((e) => `${e.path}: ${e.message}`).join('; '), {
      type: 'validation',
      title: 'Invalid request',
      errors,
    });
  return {
    wasteStatus: classification.wasteStatus,
    ewcCode: classification.ewcCode,
    hazardous: classification.hazardous,
    classification: {
      hazardAssessment: merged.hazardAssessment ?? null,
      byProduct: classification.wasteStatus === 'by-product' ? (merged.byProduct ?? null) : null,
      endOfWaste: classification.wasteStatus === 'end-of-waste' ? (merged.endOfWaste ?? null) : null,
    },
  };
}

/** What every caller who may see the listing learns of its legal status: the counterpart must. */
export function classificationView(r: StoredClassification) {
  return {
    wasteStatus: r.waste_status,
    ewcCode: r.ewc_code,
    hazardous: r.hazardous,
    hazardAssessment: (r.classification.hazardAssessment ?? null) as never,
    byProduct: (r.classification.byProduct ?? null) as never,
    endOfWaste: (r.classification.endOfWaste ?? null) as never,
  };
}
