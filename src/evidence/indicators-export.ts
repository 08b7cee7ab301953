// The indicators report as CSV: one row per indicator and period (and group), gross beside net,
// each with its unit and definition, then the additionality settings used.
import type { IndicatorsReport } from '../../schemas/evidence.ts';
import { csvField, grams, pence } from '../reports/exports.ts';
import { NET_FORMULA } from './definitions.ts';

type Figures = Record<string, number | null>;

/** Money to the penny, tonnes and tCO2e to the gram (as the savings exports), counts as they are. */
export function formatFigure(unit: string, value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (unit === 'GBP') return pence(value);
  if (unit === 't') return grams(value);
  if (unit === 'tCO2e') return (Math.round(value * 1e6) / 1e6).toFixed(6);
  return String(Math.round(value * 1000) / 1000);
}

const line = (values: unknown[]) => `${values.map(csvField).join(',')}\r\n`;

export function* indicatorsCsv(report: IndicatorsReport): Generator<string> {
  yield line(['period', 'from', 'to', 'group', 'indicator', 'label', 'unit', 'gross', 'net', 'definition']);
  const rows = (period: string, from: string | null, to: string | null, group: string, gross: Figures, net: Figures, funnel?: Figures) =>
    report.definitions.flatMap((d) => {
      const source = d.key in gross ? gross : funnel;
      if (!source || !(d.key in source)) return [];
      return [
        line([period, from, to, group, d.key, d.label, d.unit, formatFigure(d.unit, source[d.key]), d.net ? formatFigure(d.unit, net[d.key]) : '', d.definition]),
      ];
    });
  for (const p of report.periods) yield* rows(p.label, p.from, p.to, 'all', p.gross, p.net, p.funnel);
  for (const g of report.groups) yield* rows('period', g.from, g.to, `${report.groupBy}:${g.label}`, g.gross, g.net);
  const a = report.additionality;
  yield line(['method', '', '', '', 'deadweight', 'Programme default deadweight', 'share', a.deadweight, '', a.note ?? (a.setAt ? '' : 'not set by officers')]);
  yield line(['method', '', '', '', 'attribution', 'Programme attribution', 'share', a.attribution, '', a.setAt ? `set ${a.setAt}` : 'not set by officers']);
  yield line(['method', '', '', '', 'exchangesAnswered', 'Exchanges whose sides answered', 'exchanges', a.exchangesAnswered, '', `of ${a.exchangesCounted} counted; ${NET_FORMULA}`]);
  yield line(['method', '', '', '', 'factorSets', 'Factor sets', '', report.factorSets.join(' '), '', 'Each factor of these sets, with its published source, is listed on this service at /factor-sets/<name>']);
}
