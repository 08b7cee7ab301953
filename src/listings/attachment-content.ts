// What an uploaded attachment really is, read from its bytes rather than from what the client
// declares, and images rewritten without the metadata that can say where they were taken.

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

/**
 * The content to store: JPEG and PNG without embedded metadata, PDF as sent (a lab analysis is
 * kept as the laboratory signed it; docs/listings.md says so).
 */
export function storableContent(type: AttachmentMediaType, content: Buffer): Buffer {
  if (type === 'image/jpeg') return stripJpeg(content);
  if (type === 'image/png') return stripPng(content);
  return content;
}

/** A file name safe to show and to send back in Content-Disposition: no path, no control characters. */
export function safeFileName(name: string | undefined, type: AttachmentMediaType): string {
  const base = (name ?? '').split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 200);
  const extension = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' }[type];
  return cleaned || `attachment.${extension}`;
}
