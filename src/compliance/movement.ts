// The movement facts of a transfer checked against what is moved and where to: pure. A transfer
// of waste must go to a site allowed to take it, be no later than now, and, when hazardous, carry
// a consignment code or the reason for none.
import { type FieldError, HttpProblem } from '../errors.ts';

export interface MovementInput {
  date: string;
  receivedAt?: string | undefined;
  carrier?: Record<string, unknown> | undefined;
  containers?: { count: number; type: string } | undefined;
  physicalForm?: string | undefined;
  weightEstimated?: boolean | undefined;
  containsPops?: boolean | undefined;
  disposalOrRecoveryCode?: string | undefined;
  hazardousWasteConsignmentCode?: string | undefined;
  reasonForNoConsignmentCode?: string | undefined;
}

/** What is stored with the transfer (transfers.movement), every key present. */
export interface Movement {
  carrier: Record<string, unknown> | null;
  containers: { count: number; type: string } | null;
  physicalForm: string | null;
  weightEstimated: boolean | null;
  containsPops: boolean | null;
  disposalOrRecoveryCode: string | null;
  hazardousWasteConsignmentCode: string | null;
  reasonForNoConsignmentCode: string | null;
}

export interface MovementContext {
  isWaste: boolean;
  hazardous: boolean;
  /** The receiving site's authorisation kind, if recorded */
  authorisation: 'permit' | 'exemption' | 'none' | null;
  defaultOperation: string | null;
  isContainerType: (code: string) => boolean;
  isOperation: (code: string) => boolean;
  now: Date;
}

const error = (path: string, message: string): FieldError => ({ in: 'body', path, message });

/** When the load arrived: as given, else noon UK time on its date (12:00Z is 12:00 or 13:00 UK). */
export const receivedAtOf = (m: Pick<MovementInput, 'date' | 'receivedAt'>): Date =>
  new Date(m.receivedAt ?? `${m.date}T12:00:00Z`);

const ukDate = (d: Date) => d.toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

/**
 * The stored movement, or a problem: 422 when the law refuses the transfer itself (a site with no
 * authorisation), 400 naming every bad field otherwise.
 */
export function checkMovement(input: MovementInput, ctx: MovementContext): { movement: Movement; receivedAt: Date } {
  if (ctx.isWaste && ctx.authorisation === 'none')
    throw new HttpProblem(
      422,
      "The receiving site has no permit or registered exemption (its authorisation is 'none'), so it may not take waste: a transfer of waste to it would break the duty of care (Environmental Protection Act 1990 s.34(1)(c)). Record the site's permit or exemption first, or list the material as a by-product or end-of-waste if it is one.",
      {
        type: 'unlawful-transfer',
        title: 'Transfer refused',
        errors: [{ in: 'body', path: 'receiver.authorisation', message: "the receiving site's authorisation is none" }],
      },
    );
  const errors: FieldError[] = [];
  const receivedAt = receivedAtOf(input);
  if (input.receivedAt) {
    if (receivedAt.getTime() > ctx.now.getTime()) errors.push(error('receivedAt', 'must not be in the future'));
    else if (ukDate(receivedAt) !== input.date) errors.push(error('receivedAt', `must fall on date ${input.date} (UK time)`));
  }
  if (input.containers && !ctx.isContainerType(input.containers.type))
    errors.push(error('containers.type', 'is not a container type of the DWT list (e.g. SKI, BAG, TAN, LOO)'));
  const operation = input.disposalOrRecoveryCode ?? ctx.defaultOperation;
  if (input.disposalOrRecoveryCode && !ctx.isOperation(input.disposalOrRecoveryCode))
    errors.push(error('disposalOrRecoveryCode', 'is not a recovery or disposal code'));
  if (ctx.hazardous && ctx.isWaste) {
    if (!input.hazardousWasteConsignmentCode && !input.reasonForNoConsignmentCode)
      errors.push(error('hazardousWasteConsignmentCode', 'hazardous waste needs its consignment note code, or reasonForNoConsignmentCode'));
    if (input.reasonForNoConsignmentCode === 'Non-Haz Waste Transfer')
      errors.push(error('reasonForNoConsignmentCode', 'the waste is hazardous'));
  }
  if (errors.length)
    throw new HttpProblem(400, errors.map((e) => `${e.path}: ${e.message}`).join('; '), {
      type: 'validation',
      title: 'Invalid request',
      errors,
    });
  return {
    receivedAt,
    movement: {
      carrier: input.carrier ?? null,
      containers: input.containers ?? null,
      physicalForm: input.physicalForm ?? null,
      weightEstimated: input.weightEstimated ?? null,
      containsPops: input.containsPops ?? null,
      disposalOrRecoveryCode: operation,
      hazardousWasteConsignmentCode: input.hazardousWasteConsignmentCode ?? null,
      reasonForNoConsignmentCode:
        input.reasonForNoConsignmentCode ?? (!ctx.hazardous && !input.hazardousWasteConsignmentCode ? 'Non-Haz Waste Transfer' : null),
    },
  };
}
