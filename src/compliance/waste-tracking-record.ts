// The body of DEFRA's Digital Waste Tracking Receipt API, POST /movements/receive, for one
// transfer (specification: DEFRA/waste-tracking-service, docs/apiSpecifications/Receipt API.yml).
// Pure. A field the platform does not hold is reported by its path, never guessed.
import type { ExchangeFacts, TransferFacts } from './facts.ts';

/** The API spells pipelines "Pipe" in its enum; the platform's form says "Piped". */
const transportOf = (means: string) => (means === 'Piped' ? 'Pipe' : means);

/** "10 09 08" → "100908": the API wants six digits, no spaces. */
const sixDigits = (code: string) => code.replace(/\s+/g, '');

/** "HP4" → "HP_4", as the API's hazardous-property-codes list spells them. */
const hpCode = (code: string) => code.replace(/^HP/, 'HP_');

const fullAddress = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(', ');

export function wasteTrackingRecord(ex: ExchangeFacts, t: TransferFacts, noteReference: string | null) {
  const missing: string[] = [];
  const m = t.movement;
  const receiver = ex.transferee;
  if (!receiver.wasteTrackingApiCode) missing.push('apiCode');
  if (!t.receivedAt) missing.push('dateTimeReceived');
  if (!ex.waste.ewcCode) missing.push('wasteItems[0].ewcCodes');
  if (!m.physicalForm) missing.push('wasteItems[0].physicalForm');
  if (!m.containers) missing.push('wasteItems[0].numberOfContainers', 'wasteItems[0].typeOfContainers');
  if (m.weightEstimated === null || m.weightEstimated === undefined) missing.push('wasteItems[0].weight.isEstimate');
  if (m.containsPops === null || m.containsPops === undefined) missing.push('wasteItems[0].containsPops');
  if (!m.disposalOrRecoveryCode) missing.push('wasteItems[0].disposalOrRecoveryCodes[0].code');
  if (!m.carrier) missing.push('carrier');
  const authorisationNumbers = receiver.authorisation?.reference ? [receiver.authorisation.reference] : [];
  if (!authorisationNumbers.length) missing.push('receiver.authorisationNumbers');
  if (!receiver.siteAddress) missing.push('receipt.address.fullAddress');
  if (!receiver.sitePostcode) missing.push('receipt.address.postcode');
  if (ex.waste.hazardous && !m.hazardousWasteConsignmentCode && !m.reasonForNoConsignmentCode)
    missing.push('hazardousWasteConsignmentCode');
  if (missing.length) return { record: null, missing };

  const weight = { metric: 'Tonnes' as const, amount: t.tonnes, isEstimate: m.weightEstimated as boolean };
  const assessment = ex.waste.hazardAssessment;
  const carrier = m.carrier!;
  const record = {
    apiCode: receiver.wasteTrackingApiCode as string,
    dateTimeReceived: t.receivedAt as string,
    ...(m.hazardousWasteConsignmentCode ? { hazardousWasteConsignmentCode: m.hazardousWasteConsignmentCode } : {}),
    ...(m.reasonForNoConsignmentCode ? { reasonForNoConsignmentCode: m.reasonForNoConsignmentCode } : {}),
    yourUniqueReference: t.id,
    ...(noteReference ? { otherReferencesForMovement: [{ label: 'Waste transfer note', reference: noteReference }] } : {}),
    wasteItems: [
      {
        ewcCodes: [sixDigits(ex.waste.ewcCode as string)],
        wasteDescription: `${ex.waste.materialName}${ex.waste.ewcDescription ? ` — ${ex.waste.ewcDescription}` : ''}`,
        physicalForm: m.physicalForm as 'Gas' | 'Liquid' | 'Solid' | 'Powder' | 'Sludge' | 'Mixed',
        numberOfContainers: m.containers!.count,
        typeOfContainers: m.containers!.type,
        weight,
        containsPops: m.containsPops as boolean,
        containsHazardous: ex.waste.hazardous,
        ...(ex.waste.hazardous
          ? {
              hazardous: {
                sourceOfComponents: assessment ? ('PROVIDED_WITH_WASTE' as const) : ('NOT_PROVIDED' as const),
                ...(assessment?.hazardousProperties?.length ? { hazCodes: assessment.hazardousProperties.map(hpCode) } : {}),
                ...(assessment?.components?.length
                  ? {
                      components: assessment.components.map((c) => ({
                        name: c.name,
                        ...(c.concentrationMgPerKg ? { concentration: c.concentrationMgPerKg } : {}),
                      })),
                    }
                  : {}),
              },
            }
          : {}),
        disposalOrRecoveryCodes: [{ code: m.disposalOrRecoveryCode as string, weight }],
      },
    ],
    carrier: {
      registrationNumber: carrier.registrationNumber ?? null,
      ...(carrier.reasonForNoRegistrationNumber ? { reasonForNoRegistrationNumber: carrier.reasonForNoRegistrationNumber } : {}),
      siteName: carrier.organisationName,
      address: { ...(carrier.address ? { fullAddress: carrier.address } : {}), postcode: carrier.postcode },
      ...(carrier.meansOfTransport === 'Road' && carrier.vehicleRegistration ? { vehicleRegistration: carrier.vehicleRegistration } : {}),
      meansOfTransport: transportOf(carrier.meansOfTransport),
    },
    receiver: {
      organisationName: receiver.name,
      emailAddress: receiver.contactEmail,
      authorisationNumbers,
    },
    receipt: {
      address: { fullAddress: fullAddress(receiver.siteName, receiver.siteAddress), postcode: receiver.sitePostcode as string },
    },
  };
  return { record, missing };
}

export type WasteTrackingBody = NonNullable<ReturnType<typeof wasteTrackingRecord>['record']>;
