import { useEffect, useState } from 'preact/hooks';
import { del, get, upload } from '../api.ts';
import { date, num } from '../format.ts';
import type { Attachment } from '../types.ts';
import { Field, ProblemSummary, useAction } from './Form.tsx';

const KINDS: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'photo (JPEG)', 'image/png': 'image (PNG)' };
const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${num(bytes / 1024 / 1024)} MB` : `${num(Math.max(1, Math.round(bytes / 1024)))} KB`);

/** Lab analyses and photos of a listing: everyone who sees the listing may download them; its owner adds and removes. */
export function Attachments({ listingId, own }: { listingId: string; own: boolean }) {
  const [items, setItems] = useState<Attachment[] | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const action = useAction();
  const load = () => get<{ items: Attachment[] }>(`/listings/${listingId}/attachments`).then((r) => setItems(r.items), () => setItems([]));
  useEffect(() => void load(), [listingId]);

  async function send(e: Event) {
    e.preventDefault();
    // Kept before the await: an event's currentTarget is null once it has been dispatched.
    const form = e.currentTarget as HTMLFormElement;
    if (!file) return;
    const added = await action.run(() => upload<Attachment>(`/listings/${listingId}/attachments`, file));
    if (added) {
      setFile(null);
      form.reset();
      await load();
    }
  }
  async function remove(a: Attachment) {
    if (!confirm(`Remove ${a.fileName}?`)) return;
    if ((await action.run(() => del(a.href))) === null) await load();
  }

  return (
    <section aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">Lab analyses and photos</h2>
      {items === null ? null : items.length === 0 ? (
        <p>None attached.</p>
      ) : (
        <ul class="attachments">
          {items.map((a) => (
            <li key={a.id}>
              <a href={a.href} download={a.fileName}>
                {a.fileName}
              </a>{' '}
              <span class="hint">
                {KINDS[a.mediaType] ?? a.mediaType}, {size(a.sizeBytes)}, added {date(a.createdAt)}
              </span>
              {own && (
                <button type="button" class="link" onClick={() => remove(a)}>
                  Remove<span class="visually-hidden"> {a.fileName}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {own && (
        <form onSubmit={send} noValidate>
          <ProblemSummary error={action.error} />
          <Field
            id="attachment-file"
            label="Attach a file"
            hint="PDF, JPEG or PNG, up to 10 MB. Photos are stored without their embedded location (GPS) and other metadata."
            error={action.fields.file}
          >
            {(aria) => <input {...aria} type="file" accept="application/pdf,image/jpeg,image/png" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />}
          </Field>
          <button type="submit" disabled={action.busy || !file}>
            Upload
          </button>
        </form>
      )}
    </section>
  );
}
