import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError } from '../api.ts';

/** Labels, hints and the API's message for the field, tied to the input for screen readers. */
export function Field(props: {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  children: (aria: Record<string, string | boolean>) => ComponentChildren;
}) {
  const described = [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ');
  const aria: Record<string, string | boolean> = { id: props.id, 'aria-invalid': Boolean(props.error) };
  if (described) aria['aria-describedby'] = described;
  return (
    <div class={`field${props.error ? ' field-error' : ''}`}>
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <span class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      )}
      {props.children(aria)}
      {props.error && (
        <span class="error" id={`${props.id}-error`}>
          {props.error}
        </span>
      )}
    </div>
  );
}

export function ProblemSummary({ error }: { error: ApiError | null }) {
  if (!error) return null;
  const p = error.problem;
  return (
    <div class="problem" role="alert">
      <strong>{p.title}</strong>
      {p.detail && <p>{p.detail}</p>}
    </div>
  );
}

/** Runs a form's action, keeping the API's problem (and its field messages) for display. */
export function useAction() {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (e) {
      if (e instanceof ApiError) setError(e);
      else setError(new ApiError({ type: 'about:blank', status: 0, title: 'Something went wrong', detail: String(e) }));
      return undefined;
    } finally {
      setBusy(false);
    }
  }
  return { error, busy, run, fields: error?.fieldErrors() ?? {}, clear: () => setError(null) };
}

export function Loading() {
  return <p aria-live="polite">Loading…</p>;
}

/** A labelled drop-down: the one way the app asks for a choice from a list. */
export function SelectField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: ReadonlyArray<readonly [value: string, label: string]>;
  error?: string | undefined;
  hint?: string | undefined;
}) {
  return (
    <Field id={props.id} label={props.label} error={props.error} hint={props.hint}>
      {(aria) => (
        <select {...aria} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
          {props.options.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export const RATE_OPTIONS = [
  ['one-off', 'once (a single lot)'],
  ['week', 'every week'],
  ['month', 'every month'],
  ['year', 'every year'],
] as const;
