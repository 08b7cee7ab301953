// The waste transfer note's content: every item of the Waste (England and Wales) Regulations
// 2011 reg. 35(2)-(4), from what the platform holds. Pure: the same facts give the same note, so
// its hash identifies what was signed.
import type { ExchangeFacts, PartyFacts, TransferFacts } from './facts.ts';

export const WASTE_HIERARCHY_DECLARATION =
  'The transferor confirms that it has applied the waste management hierarchy as required by regulation 12 of the Waste (England and Wales) Regulations 2011.';
export const NOTE_LEGAL_BASIS =
  'Environmental Protection Act 1990 s.34 (duty of care); Waste (England and Wales) Regulations 2011 reg. 35; Environmental Protection (Duty of Care) (England) Regulations 2014 (kept 2 years).';

export interface NoteSubject {
  id: string;
  kind: 'single' | 'season-ticket';
  period: { from: string; to: string } | null;
}

const party = (p: PartyFacts, role: string) => ({
  organisationId: p.organisationId,
  name: p.name,
  address: p.address,
  sicCode: p.sicCode,
  role,
  site: { name: p.siteName, address: p.siteAddress, postcode: p.sitePostcode },
});

const placeOf = (p: PartyFacts) => [p.siteName, p.siteAddress, p.sitePostcode].filter(Boolean).join(', ');

export interface NoteOptions {
  containerName: (code: string) => string | null;
  transferorRole: string;
  transfereeRole: string;
}

/**
 * The note for one transfer, or for a season ticket's transfers (then the quantity is the one
 * agreed and its rate, and the movement facts those of its first transfer, as a season ticket
 * describes the recurring load). `missing` names each reg. 35 item not yet held.
 */
export function noteContent(subject: NoteSubject, ex: ExchangeFacts, transfers: TransferFacts[], options: NoteOptions) {
  const first = transfers[0] ?? null;
  const m = first?.movement ?? null;
  const single = subject.kind === 'single';
  const content = {
    id: subject.id,
    kind: subject.kind,
    transferIds: transfers.map((t) => t.id),
    period: subject.period,
    waste: {
      description: `${ex.waste.materialName}${ex.waste.ewcDescription ? ` — ${ex.waste.ewcDescription}` : ''}`,
      ewcCode: ex.waste.ewcCode ? `${ex.waste.ewcCode}${ex.waste.hazardous ? '*' : ''}` : null,
      ewcDescription: ex.waste.ewcDescription,
      hazardous: ex.waste.hazardous,
      hazardousProperties: ex.waste.hazardAssessment?.hazardousProperties ?? [],
      physicalForm: m?.physicalForm ?? null,
      quantity:
        single && first
          ? { amount: first.amount, unit: first.unit, estimated: m?.weightEstimated ?? null, rate: null }
          : { amount: ex.quantity.amount, unit: ex.quantity.unit, estimated: true, rate: ex.quantity.rate },
      containers: m?.containers ? { ...m.containers, name: options.containerName(m.containers.type) } : null,
      disposalOrRecoveryCode: m?.disposalOrRecoveryCode ?? null,
      hazardousWasteConsignmentCode: m?.hazardousWasteConsignmentCode ?? null,
      reasonForNoConsignmentCode: m?.reasonForNoConsignmentCode ?? null,
    },
    transfer: {
      at: single && first ? (first.receivedAt ?? first.date) : subject.period ? `${subject.period.from}/${subject.period.to}` : null,
      place: placeOf(ex.transferee),
    },
    transferor: party(ex.transferor, options.transferorRole),
    transferee: { ...party(ex.transferee, options.transfereeRole), authorisation: ex.transferee.authorisation },
    carrier: m?.carrier ?? null,
    wasteHierarchyDeclaration: WASTE_HIERARCHY_DECLARATION,
    legalBasis: NOTE_LEGAL_BASIS,
  };
  const missing: string[] = [];
  const need = (ok: unknown, path: string) => {
    if (ok === null || ok === undefined || ok === '') missing.push(path);
  };
  need(content.waste.ewcCode, 'waste.ewcCode');
  need(single ? first : true, 'transferIds');
  need(content.waste.containers, 'waste.containers');
  need(ex.transferor.address, 'transferor.address');
  need(ex.transferor.sicCode, 'transferor.sicCode');
  need(ex.transferee.address, 'transferee.address');
  need(ex.transferee.siteAddress ?? ex.transferee.sitePostcode, 'transferee.site.address');
  need(ex.transferee.authorisation, 'transferee.authorisation');
  if (ex.transferee.authorisation && ex.transferee.authorisation.kind !== 'none')
    need(ex.transferee.authorisation.reference, 'transferee.authorisation.reference');
  need(content.carrier, 'carrier');
  if (ex.waste.hazardous)
    need(content.waste.hazardousWasteConsignmentCode ?? content.waste.reasonForNoConsignmentCode, 'waste.hazardousWasteConsignmentCode');
  return { content, missing };
}

export type NoteContent = ReturnType<typeof noteContent>['content'];
