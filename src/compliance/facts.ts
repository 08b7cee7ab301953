// What the transfer note and the DWT record are made of, in the shape the pure builders read.
// Kept free of the API schemas so note-content.ts and waste-tracking-record.ts stay pure.

export interface PartyFacts {
  organisationId: string;
  name: string;
  address: string | null;
  sicCode: string | null;
  contactEmail: string;
  siteName: string;
  siteAddress: string | null;
  sitePostcode: string | null;
}

export interface ReceiverFacts extends PartyFacts {
  authorisation: { kind: 'permit' | 'exemption' | 'none'; reference?: string; exemptions?: string[] } | null;
  wasteTrackingApiCode: string | null;
}

export interface TransferMovement {
  carrier: {
    organisationName: string;
    registrationNumber?: string;
    reasonForNoRegistrationNumber?: string;
    postcode: string;
    address?: string;
    meansOfTransport: string;
    vehicleRegistration?: string;
  } | null;
  containers: { count: number; type: string } | null;
  physicalForm: string | null;
  weightEstimated: boolean | null;
  containsPops?: boolean | null;
  disposalOrRecoveryCode: string | null;
  hazardousWasteConsignmentCode: string | null;
  reasonForNoConsignmentCode: string | null;
}

export interface TransferFacts {
  id: string;
  exchangeId: string;
  date: string;
  /** As recorded; null when the recorder did not give the time */
  receivedAt: string | null;
  amount: number;
  unit: string;
  tonnes: number;
  movement: TransferMovement;
  hazardous: boolean;
  isWaste: boolean;
  seasonTicketId: string | null;
  correctedBy: string | null;
}

export interface WasteFacts {
  materialCode: string;
  materialName: string;
  ewcCode: string | null;
  ewcDescription: string | null;
  hazardous: boolean;
  hazardAssessment: {
    hazardous: boolean;
    basis: string;
    hazardousProperties?: string[];
    components?: { name: string; concentrationMgPerKg?: number }[];
  } | null;
  wasteStatus: 'waste' | 'by-product' | 'end-of-waste';
}

export interface ExchangeFacts {
  id: string;
  status: string;
  quantity: { amount: number; unit: string; rate: string };
  waste: WasteFacts;
  transferor: PartyFacts;
  transferee: ReceiverFacts;
}
