// Attachments: lab analyses and photos stored in the database, their type read from their bytes,
// photos stripped of embedded positions, shown to others on the same terms as the listing.
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import t from 'tap';
import { queryRows } from '../db/client.ts';
import { PDFDocument } from 'pdf-lib';
import { MalformedAttachment, sniffMediaType, storableContent } from '../src/listings/attachment-content.ts';
import { bearer, buildTestApp, createOrganisation } from './helper.ts';

const { app, db, reset } = await buildTestApp(t);
t.beforeEach(reset);

type Org = Awaited<ReturnType<typeof createOrganisation>>;
const GPS_PHOTO = readFileSync(new URL('./files/photo-with-gps.jpg', import.meta.url));
const TEXT_PNG = readFileSync(new URL('./files/image-with-text.png', import.meta.url));
// The smallest whole PDF: one blank page (a catalogue without pages is refused as malformed).
const blank = await PDFDocument.create({ updateMetadata: false });
blank.addPage();
const PDF = Buffer.from(await blank.save());
// A lab report as pdfkit writes a PDF/A-1b: an Info dictionary (Author, Creator, Producer,
// Keywords with a position, CreationDate) and an XMP packet in the catalogue's Metadata stream.
const LAB_PDF = readFileSync(new URL('./files/lab-analysis-with-metadata.pdf', import.meta.url));

/** A multipart/form-data body with one part, as a browser's FormData sends it. */
function multipart(parts: { name: string; fileName?: string; type?: string; content: Buffer }[]) {
  const boundary = `----rx${Math.random().toString(16).slice(2)}`;
  const chunks = parts.flatMap((p) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.fileName ? `; filename="${p.fileName}"` : ''}\r\n` +
        `Content-Type: ${p.type ?? 'application/octet-stream'}\r\n\r\n`,
    ),
    p.content,
    Buffer.from('\r\n'),
  ]);
  return { payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]), type: `multipart/form-data; boundary=${boundary}` };
}

async function upload(org: Org, listingId: string, content: Buffer, fileName = 'file.bin', type = 'application/octet-stream') {
  const body = multipart([{ name: 'file', fileName, type, content }]);
  return app.inject({
    method: 'POST',
    url: `/listings/${listingId}/attachments`,
    headers: { ...bearer(org.apiKey), 'content-type': body.type },
    payload: body.payload,
  });
}

async function listing(org: Org, body: object = {}) {
  const site = await app.inject({
    method: 'POST',
    url: '/sites',
    headers: bearer(org.apiKey),
    payload: { name: 'Works', location: { type: 'Point', coordinates: [-2.0662, 52.5294] } },
  });
  const res = await app.inject({
    method: 'POST',
    url: '/listings',
    headers: bearer(org.apiKey),
    payload: {
      kind: 'offer',
      siteId: site.json().id,
      material: 'foundry-sand',
      grade: { clayPct: 8 },
      quantity: { amount: 120, unit: 't', rate: 'month' },
      maxHaulKm: 40,
      ...body,
    },
  });
  return res.json().id as string;
}

const get = (org: Org, url: string) => app.inject({ method: 'GET', url, headers: bearer(org.apiKey) });

t.test('a photo carrying GPS EXIF is stored without it, and reads back as a JPEG', async (t) => {
  t.ok(GPS_PHOTO.includes(Buffer.from('Exif\0\0')), 'the fixture has EXIF');
  t.ok(GPS_PHOTO.includes(Buffer.from('GPSLatitude')), 'and XMP naming a GPS latitude');
  const firm = await createOrganisation(app);
  const id = await listing(firm);
  const res = await upload(firm, id, GPS_PHOTO, 'site photo.jpg', 'application/pdf');
  t.equal(res.statusCode, 201, res.body);
  const attachment = res.json();
  t.equal(attachment.mediaType, 'image/jpeg', 'the type is read from the bytes, not the declared type');
  t.equal(attachment.fileName, 'site photo.jpg');
  t.ok(attachment.sizeBytes < GPS_PHOTO.length, 'smaller by the metadata');

  const download = await get(firm, attachment.href);
  t.equal(download.statusCode, 200);
  t.equal(download.headers['content-type'], 'image/jpeg');
  t.match(download.headers['content-disposition'], /^attachment; filename="site photo.jpg"/);
  t.equal(download.headers['x-content-type-options'], 'nosniff');
  const stored = download.rawPayload;
  t.notOk(stored.includes(Buffer.from('Exif\0\0')), 'no EXIF');
  t.notOk(stored.includes(Buffer.from('GPSLatitude')), 'no XMP');
  // The GPS IFD's latitude rational 52/1 as stored big-endian: gone with its segment.
  t.notOk(stored.includes(Buffer.from([0, 0, 0, 52, 0, 0, 0, 1, 0, 0, 0, 31, 0, 0, 0, 1])), 'no GPS rationals');
  t.equal(sniffMediaType(stored), 'image/jpeg', 'still a JPEG');
  t.same([...stored.subarray(-2)], [0xff, 0xd9], 'ending at its end of image');
  const tail = GPS_PHOTO.subarray(GPS_PHOTO.indexOf(Buffer.from([0xff, 0xdb])));
  t.ok(stored.subarray(-tail.length).equals(tail), 'tables and image data byte for byte as sent');

  const [row] = await queryRows<{ n: number }>(db, sql`SELECT octet_length(content) AS n FROM listing_attachments WHERE id = ${attachment.id}`);
  t.equal(Number(row?.n), attachment.sizeBytes, 'kept in the database');
});

t.test('PNG text and eXIf chunks are removed; a PDF loses its Info dictionary and XMP', async (t) => {
  const firm = await createOrganisation(app);
  const id = await listing(firm);
  const png = await upload(firm, id, TEXT_PNG, 'grading.png', 'image/png');
  t.equal(png.statusCode, 201, png.body);
  const stored = (await get(firm, png.json().href)).rawPayload;
  t.ok(TEXT_PNG.includes(Buffer.from('52.5248N')), 'the fixture names a place');
  t.notOk(stored.includes(Buffer.from('52.5248N')), 'tEXt gone');
  t.notOk(stored.includes(Buffer.from('eXIf')), 'eXIf gone');
  t.ok(stored.includes(Buffer.from('IDAT')) && stored.includes(Buffer.from('IEND')), 'image kept');

  const pdf = await upload(firm, id, LAB_PDF, 'lab analysis.pdf', 'application/pdf');
  t.equal(pdf.statusCode, 201, pdf.body);
  const kept = (await get(firm, pdf.json().href)).rawPayload;
  for (const [what, text] of [
    ['the author', 'Labtech'],
    ['the creating program', 'LabSys'],
    ['the keywords with a position', '52.5294'],
    ['an XMP packet', 'xpacket'],
    ['an XMP packet', 'x:xmpmeta'],
    ['the Info entries', '/Author'],
    ['the Info entries', '/CreationDate'],
    ['a Metadata stream', '/Metadata'],
  ]) {
    t.ok(LAB_PDF.includes(Buffer.from(text!)), `the fixture holds ${what} (${text})`);
    t.notOk(kept.includes(Buffer.from(text!)), `the stored PDF holds no ${what} (${text})`);
  }
  t.equal(kept.subarray(0, 5).toString('latin1'), '%PDF-', 'still a PDF');
  t.equal(pdf.json().sizeBytes, kept.length);
  const reread = await PDFDocument.load(kept, { updateMetadata: false });
  t.equal(reread.getPageCount(), 1, 'its page kept');
  t.equal(reread.getAuthor(), undefined, 'no author when read back');
  t.ok(kept.includes(Buffer.from('/FontFile2')), 'the embedded font kept');
  const list = await get(firm, `/listings/${id}/attachments`);
  t.same(list.json().items.map((a: { fileName: string }) => a.fileName), ['lab analysis.pdf', 'grading.png'], 'newest first');
});

t.test('others see attachments on the same terms as the listing; only the owner changes them', async (t) => {
  const [firm, other, officer] = [await createOrganisation(app), await createOrganisation(app), await createOrganisation(app, 'officer')];
  const active = await listing(firm);
  const draft = await listing(firm, { status: 'draft' });
  const onActive = (await upload(firm, active, PDF, 'a.pdf')).json();
  const onDraft = (await upload(firm, draft, PDF, 'b.pdf')).json();

  t.equal((await get(other, `/listings/${active}/attachments`)).json().items.length, 1, 'another firm lists those of an active listing');
  t.equal((await get(other, onActive.href)).statusCode, 200, 'and downloads them');
  t.equal((await get(other, `/listings/${draft}/attachments`)).statusCode, 404, 'not those of a draft');
  t.equal((await get(other, onDraft.href)).statusCode, 404);
  t.equal((await get(officer, onDraft.href)).statusCode, 200, 'officers see every one');

  t.equal((await upload(other, active, PDF)).statusCode, 403, 'another firm cannot add to an active listing');
  t.equal((await upload(other, draft, PDF)).statusCode, 404, 'nor learn of a draft');
  const del = (org: Org, href: string) => app.inject({ method: 'DELETE', url: href, headers: bearer(org.apiKey) });
  t.equal((await del(other, onActive.href)).statusCode, 403, 'nor remove one');
  t.equal((await del(firm, onActive.href)).statusCode, 204, 'the owner removes it');
  t.equal((await get(firm, onActive.href)).statusCode, 404, 'gone');
  t.equal((await del(firm, onActive.href)).statusCode, 404, 'a second delete finds nothing');
});

t.test('bad uploads: named field, right status, nothing stored', async (t) => {
  const firm = await createOrganisation(app);
  const id = await listing(firm);
  const problem = async (res: Awaited<ReturnType<typeof upload>>, status: number, name: string) => {
    t.equal(res.statusCode, status, `${name}: ${res.body}`);
    t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8', name);
    if (status !== 404) t.equal(res.json().errors?.[0]?.path, 'file', `${name}: names the file`);
  };
  await problem(await upload(firm, id, Buffer.from('MZ\x90\0 an executable named .pdf'), 'report.pdf', 'application/pdf'), 415, 'not a PDF whatever its name');
  await problem(await upload(firm, id, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'x.png', 'image/png'), 415, 'an SVG');
  await problem(await upload(firm, id, GPS_PHOTO.subarray(0, 30)), 422, 'a JPEG cut short');
  await problem(await upload(firm, id, Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)])), 413, 'over 10 MB');
  const json = await app.inject({
    method: 'POST',
    url: `/listings/${id}/attachments`,
    headers: bearer(firm.apiKey),
    payload: { file: 'aGVsbG8=' },
  });
  await problem(json, 415, 'JSON instead of a form');
  const wrongPart = multipart([{ name: 'document', fileName: 'a.pdf', content: PDF }]);
  await problem(
    await app.inject({
      method: 'POST',
      url: `/listings/${id}/attachments`,
      headers: { ...bearer(firm.apiKey), 'content-type': wrongPart.type },
      payload: wrongPart.payload,
    }),
    400,
    'a part not named file',
  );
  await problem(await upload(firm, '00000000-0000-4000-8000-000000000000', PDF), 404, 'no such listing');
  const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM listing_attachments`);
  t.equal(row?.n, 0, 'nothing stored');
});

t.test('stripping leaves a JPEG without metadata as it was', async (t) => {
  const plain = await storableContent('image/jpeg', GPS_PHOTO);
  t.ok((await storableContent('image/jpeg', plain)).equals(plain), 'idempotent');
});

t.test('a PDF is stripped of an earlier revision\'s Info left behind by an incremental update', async (t) => {
  // An incremental update that replaces the Info dictionary leaves the old one in the file,
  // referred to by nothing: a writer that copies every object would keep the old author.
  const old = LAB_PDF.toString('latin1');
  const startxref = Number(/startxref\s+(\d+)/.exec(old.slice(old.lastIndexOf('startxref')))![1]);
  const size = Number(/\/Size (\d+)/.exec(old)![1]);
  const root = /\/Root (\d+ \d+ R)/.exec(old)![1];
  const offset = LAB_PDF.length + 1;
  const update =
    `\n${size} 0 obj\n<< /Author (Someone Else) >>\nendobj\n` +
    `xref\n${size} 1\n${String(offset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size ${size + 1} /Root ${root} /Info ${size} 0 R /Prev ${startxref} >>\nstartxref\n${offset + `${size} 0 obj\n<< /Author (Someone Else) >>\nendobj\n`.length}\n%%EOF\n`;
  const updated = Buffer.concat([LAB_PDF, Buffer.from(update, 'latin1')]);
  const kept = await storableContent('application/pdf', updated);
  t.notOk(kept.includes(Buffer.from('Labtech')), 'the first revision\'s author is gone');
  t.notOk(kept.includes(Buffer.from('Someone Else')), 'and the update\'s');
  t.equal((await PDFDocument.load(kept)).getPageCount(), 1);
});

t.test('a PDF that cannot be read is refused in words, not stored', async (t) => {
  for (const bad of ['%PDF-1.7\nnothing else', '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n']) {
    const error = await storableContent('application/pdf', Buffer.from(bad)).then(() => null, (e: unknown) => e);
    t.ok(error instanceof MalformedAttachment, `refused as malformed: ${JSON.stringify(bad.slice(0, 30))}`);
  }
});
