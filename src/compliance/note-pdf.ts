// The waste transfer note on one printable A4 page: every reg. 35 item, the declaration and both
// signatures, laid out as the Environment Agency's template orders them (sections A to E).
import type { Readable } from 'node:stream';
import PDFDocument from 'pdfkit';
import type { WasteTransferNote } from '../../schemas/compliance.ts';

export function notePdf(note: WasteTransferNote): Readable {
  const doc = new PDFDocument({ size: 'A4', margin: 40, info: { Title: `Waste transfer note ${note.id}` } });
  const width = 515;
  const heading = (text: string) => doc.moveDown(0.35).fontSize(10).fillColor('#1b5e20').text(text, 40).fillColor('#000').fontSize(8.5);
  const row = (label: string, value: string | number | null | undefined) => {
    const y = doc.y;
    doc.fillColor('#555').text(label, 40, y, { width: 170 });
    const labelEnd = doc.y;
    doc.fillColor('#000').text(value === null || value === undefined || value === '' ? '—' : String(value), 215, y, { width: 340 });
    doc.y = Math.max(doc.y, labelEnd);
  };
  doc.fontSize(15).text(note.kind === 'season-ticket' ? 'Waste transfer note — season ticket' : 'Waste transfer note');
  doc
    .fontSize(8)
    .fillColor('#555')
    .text(`Reference ${note.id}  ·  status ${note.status}  ·  content SHA-256 ${note.contentSha256.slice(0, 16)}…`, { width })
    .fillColor('#000');
  if (note.supersededBy) doc.fillColor('#b71c1c').text(`Superseded by the note of transfer ${note.supersededBy}`).fillColor('#000');

  heading('A. Description of the waste');
  row('Description', note.waste.description);
  row('List of Waste (EWC) code', note.waste.ewcCode);
  row('Hazardous', note.waste.hazardous ? `YES — ${note.waste.hazardousProperties.join(', ') || 'properties not stated'}` : 'no');
  row('Physical form', note.waste.physicalForm);
  const q = note.waste.quantity;
  row('Quantity', `${q.amount} ${q.unit}${q.rate ? ` per ${q.rate} (as agreed)` : ''}${q.estimated ? ' (estimated)' : q.estimated === false ? ' (weighed)' : ''}`);
  row('How contained', note.waste.containers ? `${note.waste.containers.count} × ${note.waste.containers.name ?? note.waste.containers.type}` : null);
  row('Recovery/disposal operation', note.waste.disposalOrRecoveryCode);
  if (note.waste.hazardous)
    row('Consignment note code', note.waste.hazardousWasteConsignmentCode ?? note.waste.reasonForNoConsignmentCode);

  const party = (title: string, p: WasteTransferNote['transferor']) => {
    heading(title);
    row('Name', p.name);
    row('Address', p.address);
    row('Site', [p.site.name, p.site.address, p.site.postcode].filter(Boolean).join(', '));
    row('SIC 2007 code', p.sicCode);
    row('Role', p.role);
  };
  party('B. Transferor (current holder)', note.transferor);
  party('C. Transferee (person collecting or receiving)', note.transferee);
  const a = note.transferee.authorisation;
  row('Permit / exemption', a ? `${a.kind}${a.reference ? ` ${a.reference}` : ''}${a.exemptions?.length ? ` (${a.exemptions.join(', ')})` : ''}` : null);
  if (note.carrier) {
    heading('Carrier');
    row('Name', note.carrier.organisationName);
    row('Registration', note.carrier.registrationNumber ?? `none: ${note.carrier.reasonForNoRegistrationNumber}`);
    row('Address', [note.carrier.address, note.carrier.postcode].filter(Boolean).join(', '));
    row('Transport', `${note.carrier.meansOfTransport}${note.carrier.vehicleRegistration ? ` ${note.carrier.vehicleRegistration}` : ''}`);
  }
  heading('D. The transfer');
  row('Place', note.transfer.place);
  row(note.kind === 'season-ticket' ? 'Period' : 'Date and time', note.transfer.at);
  row('Transfers covered', note.transferIds.length);
  doc.moveDown(0.3).fontSize(8).text(note.wasteHierarchyDeclaration, 40, doc.y, { width });
  heading('E. Signatures');
  for (const side of ['transferor', 'transferee'] as const) {
    const s = note.signatures.find((x) => x.side === side);
    row(side === 'transferor' ? 'Transferor' : 'Transferee', s ? `${s.signatoryName} for ${s.organisationName}, as ${s.role}, ${s.signedAt}` : 'not yet signed');
  }
  if (note.missing.length) row('Missing before signing', note.missing.join(', '));
  doc.moveDown(0.4).fontSize(7).fillColor('#555').text(`${note.legalBasis} Records the parties' own classification; not legal advice.`, 40, doc.y, { width });
  doc.end();
  return doc as unknown as Readable;
}
