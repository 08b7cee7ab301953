// What an uploaded attachment really is, read from its bytes rather than from what the client
// declares, and rewritten without the metadata that can say who made it or where: EXIF/XMP in
// images, the document information dictionary and XMP streams in PDFs.
import { EncryptedPDFError, PDFArray, PDFDict, PDFDocument, PDFName, type PDFObject, PDFRef, PDFStream } from 'pdf-lib';

export type AttachmentMediaType = 'application/pdf' | 'image/jpeg' | 'image/png';

export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The type the content's first bytes declare, or null for anything but PDF, JPEG and PNG. */
export function sniffMediaType(content: Buffer): AttachmentMediaType | null {
  if (content.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (content.length >= 3 && content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff) return 'image/jpeg';
  if (content.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  return null;
}

/** The content is not the well-formed file its first bytes announce. */
export class MalformedAttachment extends Error {}

/**
 * JPEG segments kept: JFIF (APP0), ICC colour profiles (APP2 "ICC_PROFILE"), Adobe colour
 * transform (APP14) and everything that is not an application segment or comment. Dropped: APP1
 * (EXIF with its GPS IFD, and XMP), APP13 (IPTC), the other APPn that makers fill with their
 * own data, and COM, any of which may hold a place.
 */
function keepJpegSegment(marker: number, body: Buffer): boolean {
  if (marker === 0xfe) return false;
  if (marker < 0xe0 || marker > 0xef) return true;
  if (marker === 0xe0 || marker === 0xee) return true;
  return marker === 0xe2 && body.subarray(0, 12).toString('latin1') === 'ICC_PROFILE\0';
}

function stripJpeg(content: Buffer): Buffer {
  const kept: Buffer[] = [content.subarray(0, 2)];
  let at = 2;
  for (;;) {
    if (at + 4 > content.length || content[at] !== 0xff) throw new MalformedAttachment('a JPEG segment is cut short');
    let markerAt = at + 1;
    while (content[markerAt] === 0xff) markerAt += 1; // fill bytes before a marker
    const marker = content[markerAt] as number;
    if (marker === 0xd9) return Buffer.concat([...kept, Buffer.from([0xff, 0xd9])]);
    const lengthAt = markerAt + 1;
    if (lengthAt + 2 > content.length) throw new MalformedAttachment('a JPEG segment is cut short');
    const length = content.readUInt16BE(lengthAt);
    const end = lengthAt + length;
    if (length < 2 || end > content.length) throw new MalformedAttachment('a JPEG segment runs past the end');
    // From the start of scan on, the rest is image data (and the markers within it): kept whole.
    if (marker === 0xda) return Buffer.concat([...kept, content.subarray(at)]);
    if (keepJpegSegment(marker, content.subarray(lengthAt + 2, end))) kept.push(content.subarray(at, end));
    at = end;
  }
}

/** Ancillary PNG chunks that may carry a place or other personal text: EXIF and the text chunks. */
const PNG_DROPPED_CHUNKS = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt']);

function stripPng(content: Buffer): Buffer {
  const kept: Buffer[] = [PNG_SIGNATURE];
  let at = PNG_SIGNATURE.length;
  while (at < content.length) {
    if (at + 12 > content.length) throw new MalformedAttachment('a PNG chunk is cut short');
    const length = content.readUInt32BE(at);
    const type = content.subarray(at + 4, at + 8).toString('latin1');
    const end = at + 12 + length;
    if (end > content.length) throw new MalformedAttachment('a PNG chunk runs past the end');
    if (!PNG_DROPPED_CHUNKS.has(type)) kept.push(content.subarray(at, end));
    at = end;
    if (type === 'IEND') return Buffer.concat(kept);
  }
  throw new MalformedAttachment('the PNG has no IEND chunk');
}

/** Dictionary entries that hold metadata rather than content: XMP packets and applications' private data. */
const PDF_METADATA_KEYS = [PDFName.of('Metadata'), PDFName.of('PieceInfo')];

/** The indirect objects reachable from the document catalogue. */
function reachable(doc: PDFDocument): Set<PDFRef> {
  const seen = new Set<PDFRef>();
  const stack: PDFObject[] = [doc.context.trailerInfo.Root as PDFObject];
  while (stack.length > 0) {
    const object = stack.pop()!;
    if (object instanceof PDFRef) {
      if (seen.has(object)) continue;
      seen.add(object);
      const target = doc.context.lookup(object);
      if (target) stack.push(target);
    } else if (object instanceof PDFDict) stack.push(...object.values());
    else if (object instanceof PDFStream) stack.push(...object.dict.values());
    else if (object instanceof PDFArray) stack.push(...object.asArray());
  }
  return seen;
}

/**
 * A PDF written anew without its document information (Author, Creator, Producer, dates,
 * keywords), without XMP metadata streams and applications' private data (PieceInfo) wherever
 * they hang, and without objects nothing refers to, such as an earlier revision's information
 * left behind by an incremental update. pdf-lib parses and writes the file; nothing is added
 * (updateMetadata: false keeps it from stamping its own Producer and dates).
 */
async function stripPdf(content: Buffer): Promise<Buffer> {
  try {
    const doc = await PDFDocument.load(content, { updateMetadata: false });
    const { context } = doc;
    // pdf-lib reads almost anything; a file without a catalogue is no document to store.
    const root = context.trailerInfo.Root;
    if (!(root instanceof PDFRef) || !(context.lookup(root) instanceof PDFDict)) throw new MalformedAttachment('the PDF has no document catalogue');
    delete context.trailerInfo.Info;
    for (const [, object] of context.enumerateIndirectObjects()) {
      const dict = object instanceof PDFStream ? object.dict : object instanceof PDFDict ? object : null;
      for (const key of PDF_METADATA_KEYS) dict?.delete(key);
    }
    const keep = reachable(doc);
    for (const [ref] of context.enumerateIndirectObjects()) if (!keep.has(ref)) context.delete(ref);
    return Buffer.from(await doc.save({ useObjectStreams: false, updateFieldAppearances: false }));
  } catch (error) {
    // Whatever pdf-lib cannot read or write back is the file's fault, said to the uploader (422).
    if (error instanceof MalformedAttachment) throw error;
    if (error instanceof EncryptedPDFError) throw new MalformedAttachment('a password-protected PDF cannot be attached: save a copy without the password');
    throw new MalformedAttachment('the PDF cannot be read');
  }
}

/**
 * The content to store: JPEG, PNG and PDF without embedded metadata. A PDF is written anew, so a
 * digital signature in it no longer verifies (docs/listings.md says so).
 */
export async function storableContent(type: AttachmentMediaType, content: Buffer): Promise<Buffer> {
  if (type === 'image/jpeg') return stripJpeg(content);
  if (type === 'image/png') return stripPng(content);
  return stripPdf(content);
}

/** A file name safe to show and to send back in Content-Disposition: no path, no control characters. */
export function safeFileName(name: string | undefined, type: AttachmentMediaType): string {
  const base = (name ?? '').split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 200);
  const extension = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' }[type];
  return cleaned || `attachment.${extension}`;
}
