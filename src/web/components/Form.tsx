import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api.ts';
import { problemText, sentence } from '../problem-text.ts';

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

/** A field the page marks as wrong: its input's id, its label and its message. */
interface MarkedField {
  id: string;
  label: string;
  message: string;
}

/** The fields marked wrong in the form (or page) around `element`, in reading order. */
function markedFields(element: HTMLElement): MarkedField[] {
  const scope = element.closest('form') ?? element.closest('main') ?? document.body;
  return [...scope.querySelectorAll<HTMLElement>('.field-error')].flatMap((field) => {
    const label = field.querySelector('label');
    const message = field.querySelector('.error')?.textContent ?? '';
    return label?.htmlFor ? [{ id: label.htmlFor, label: label.textContent ?? '', message }] : [];
  });
}

/**
 * What went wrong, in plain words (problem-text.ts). A refusal of fields lists them by their
 * labels, each a link to its input; a field the page does not show is listed by its message.
 */
export function ProblemSummary({ error }: { error: ApiError | null }) {
  const element = useRef<HTMLDivElement>(null);
  const [marked, setMarked] = useState<MarkedField[]>([]);
  // After the fields have drawn their messages: they render alongside this summary.
  useLayoutEffect(() => setMarked(error && element.current ? markedFields(element.current) : []), [error]);
  if (!error) return null;
  const text = problemText(error.problem);
  const shown = new Set(marked.map((m) => m.message));
  const unplaced = (error.problem.errors ?? []).filter((e) => !shown.has(e.message)).map((e) => e.message);
  return (
    <div class="problem" role="alert" ref={element}>
      <strong>{text.title}</strong>
      {text.detail && <p>{text.detail}</p>}
      {(marked.length > 0 || unplaced.length > 0) && (
        <ul>
          {marked.map((m) => (
            <li key={m.id}>
              <a
                href={`#${m.id}`}
                onClick={(e) => {
                  // The app's routes live in the hash: move focus to the field instead.
                  e.preventDefault();
                  document.getElementById(m.id)?.focus();
                }}
              >
                {m.label}
              </a>
              : {m.message}
            </li>
          ))}
          {unplaced.map((message) => (
            <li key={message}>{sentence(message)}</li>
          ))}
        </ul>
      )}
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
      // A fault of the page itself: its message means nothing to the person using it.
      else setError(new ApiError({ type: 'about:blank', status: 0, title: 'Something went wrong', detail: 'This page hit a fault of its own; reload it and try again.' }));
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
