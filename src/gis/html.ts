// The HTML view of OGC API documents, for a browser. Every value is written as escaped text:
// names and properties come from users.
import type { Link } from './links.ts';

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const text = (value: unknown) =>
  escapeHtml(value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));

export interface HtmlTable {
  heading: string;
  rows: Record<string, unknown>[];
}

function table({ heading, rows }: HtmlTable): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const head = columns.map((c) => `<th scope="col">${text(c)}</th>`).join('');
  const body = rows.map((r) => `<tr>${columns.map((c) => `<td>${text(r[c])}</td>`).join('')}</tr>`).join('\n');
  return `<h2>${text(heading)}</h2>\n${rows.length ? `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>` : '<p>None.</p>'}`;
}

/** A plain page: title, description, the document's links, and tables. No script, no inline style. */
export function renderHtml(page: { title: string; description?: string; links: Link[]; tables?: HtmlTable[] }): string {
  const links = page.links
    .map((l) => `<li><a href="${text(l.href)}" rel="${text(l.rel)}">${text(l.title ?? l.rel)}</a> <small>${text(l.type ?? '')}</small></li>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${text(page.title)}</title></head>
<body>
<h1>${text(page.title)}</h1>
${page.description ? `<p>${text(page.description)}</p>` : ''}
<ul>
${links}
</ul>
${(page.tables ?? []).map(table).join('\n')}
</body>
</html>
`;
}
