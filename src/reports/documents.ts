// The XLSX and PDF exports: documents for funders, built from the same queries as the JSON
// report so the figures agree.
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import type { Database } from '../../db/client.ts';
import type { IndicatorsReport } from '../../schemas/evidence.ts';
import type { ReportQuery, SavingsReport } from '../../schemas/report.ts';
import { netOf } from '../evidence/additionality.ts';
import { NET_FORMULA } from '../evidence/definitions.ts';
import { cite } from '../savings/estimate.ts';
import { getFactorSet } from '../reference/factor-sets.ts';
import { transferRows } from './exports.ts';

const headline = (r: SavingsReport) =>
  [
    ['Tonnes diverted from landfill', r.totals.tonnesDiverted],
    ['Tonnes exchanged', r.totals.tonnesExchanged],
    ['Process water reused (m³)', r.totals.cubicMetres],
    ['Cost saved (£)', r.totals.costSavedGbp],
    ['Carbon avoided (tCO2e)', r.totals.co2eAvoidedT],
    ['Virgin material displaced (t)', r.totals.virginMaterialDisplacedT],
    ['Transfers', r.totals.transfers],
    ['Exchanges', r.totals.exchanges],
    ['Businesses assisted', r.totals.businessesAssisted],
  ] as const;

const period = (r: SavingsReport) => `${r.period.from ?? 'the start'} to ${r.period.to ?? 'today'}`;

/**
 * Summary, every transfer (written row by row: memory stays flat), and the method with every
 * factor of the sets used and its source.
 */
export function xlsxExport(db: Database, q: ReportQuery, report: SavingsReport, indicators: IndicatorsReport): Readable {
  const out = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  (async () => {
    const summary = book.addWorksheet('Summary');
    summary.columns = [{ width: 34 }, { width: 18 }];
    summary.addRow(['Reuse Exchange savings report', period(report)]).commit();
    for (const [label, value] of headline(report)) summary.addRow([label, value]).commit();
    summary.addRow([]).commit();
    summary.addRow(['Estimated, from exchanges accepted in the period', '']).commit();
    summary.addRow(['Exchanges', report.estimated.exchanges]).commit();
    summary.addRow(['Cost saved (£)', report.estimated.costSavedGbp]).commit();
    summary.addRow(['Carbon avoided (tCO2e)', report.estimated.co2eAvoidedT]).commit();
    summary.addRow([]).commit();
    summary.addRow(['Net of additionality (see Method and sources)', '']).commit();
    summary.addRow(['Tonnes diverted from landfill, net', report.net.tonnesDiverted]).commit();
    summary.addRow(['Cost saved (£), net', report.net.costSavedGbp]).commit();
    summary.addRow(['Carbon avoided (tCO2e), net', report.net.co2eAvoidedT]).commit();
    summary.addRow(['Default deadweight', report.additionality.deadweight]).commit();
    summary.addRow(['Attribution', report.additionality.attribution]).commit();
    await summary.commit();

    const sheet0 = book.addWorksheet('Indicators');
    sheet0.columns = [{ width: 34 }, { width: 16 }, ...indicators.periods.flatMap(() => [{ width: 16 }, { width: 16 }]), { width: 100 }];
    sheet0
      .addRow(['Indicator', 'Unit', ...indicators.periods.flatMap((p) => [`${p.label} gross`, `${p.label} net`]), 'Definition'])
      .commit();
    sheet0
      .addRow(['Period', '', ...indicators.periods.flatMap((p) => [`${p.from ?? 'start'} to ${p.to ?? 'today'}`, '']), ''])
      .commit();
    for (const d of indicators.definitions) {
      const values = indicators.periods.flatMap((p) => {
        const gross = (p.gross as Record<string, number | null>)[d.key] ?? (p.funnel as Record<string, number>)[d.key] ?? null;
        const net = d.net ? (p.net as Record<string, number>)[d.key] ?? null : null;
        return [gross, net];
      });
      sheet0.addRow([d.label, d.unit, ...values, d.definition]).commit();
    }
    await sheet0.commit();

    const sheet = book.addWorksheet('Transfers');
    sheet.columns = [
      { header: 'Transfer', key: 'id', width: 38 },
      { header: 'Date', key: 'date', width: 12 },
      { header: 'Exchange', key: 'exchange', width: 38 },
      { header: 'Material', key: 'material', width: 18 },
      { header: 'From', key: 'from', width: 28 },
      { header: 'To', key: 'to', width: 28 },
      { header: 'Tonnes', key: 'tonnes', width: 10 },
      { header: 'm³', key: 'm3', width: 10 },
      { header: 'Road km', key: 'km', width: 10 },
      { header: 'Cost saved (£)', key: 'cost', width: 14 },
      { header: 'CO2e avoided (kg)', key: 'co2e', width: 16 },
      { header: 'Factor set', key: 'set', width: 12 },
      { header: 'Deadweight', key: 'dw', width: 12 },
      { header: 'Net cost saved (£)', key: 'netCost', width: 16 },
      { header: 'Net CO2e avoided (kg)', key: 'netCo2e', width: 18 },
    ];
    const attribution = report.additionality.attribution;
    for await (const r of transferRows(db, q, report.additionality)) {
      sheet
        .addRow({
          id: r.id,
          date: r.date,
          exchange: r.exchange_id,
          material: r.material_code,
          from: r.offer_organisation,
          to: r.want_organisation,
          tonnes: Number(r.tonnes),
          m3: r.cubic_metres === null ? null : Number(r.cubic_metres),
          km: r.road_km === null ? null : Number(r.road_km),
          cost: Number(r.cost_saved_gbp),
          co2e: Number(r.co2e_avoided_kg),
          set: r.factor_set_id,
          dw: Number(r.deadweight),
          netCost: netOf(Number(r.cost_saved_gbp), Number(r.deadweight), attribution),
          netCo2e: netOf(Number(r.co2e_avoided_kg), Number(r.deadweight), attribution),
        })
        .commit();
    }
    await sheet.commit();

    const method = book.addWorksheet('Method and sources');
    method.columns = [{ width: 34 }, { width: 60 }, { width: 12 }, { width: 14 }, { width: 8 }, { width: 90 }];
    method
      .addRow(['Each transfer: lines of quantity × factor = value, summed. Every figure used is listed below with its source.'])
      .commit();
    method.addRow(['Factor set', 'Figure', 'Value', 'Unit', 'Conf.', 'Source']).commit();
    for (const id of report.factorSets) {
      const set = await getFactorSet(db, id);
      for (const f of set?.factors ?? [])
        method.addRow([id, `${f.label}${f.validFrom ? ` (${f.validFrom} to ${f.validTo})` : ''}`, f.value, f.unit, f.confidence, cite(f)]).commit();
    }
    method.addRow([]).commit();
    for (const line of methodLines(report, indicators)) method.addRow(line).commit();
    await method.commit();
    await book.commit();
  })().catch((err: unknown) => out.destroy(err as Error));
  return out;
}

/** The methods: additionality in force, then every indicator's definition and unit. */
function methodLines(report: SavingsReport, indicators: IndicatorsReport): string[][] {
  const a = report.additionality;
  return [
    ['Additionality', NET_FORMULA],
    ['Default deadweight', `${a.deadweight}${a.setAt ? ` (set ${a.setAt}${a.note ? `: ${a.note}` : ''})` : ' (not set by officers: net equals gross where no side answered)'}`],
    ['Attribution', String(a.attribution)],
    ['Exchanges answered', `${a.exchangesAnswered} of ${report.totals.exchanges}`],
    [],
    ['Indicator', 'Unit', 'Definition'],
    ...indicators.definitions.map((d) => [d.label, d.unit, d.definition]),
  ];
}

/** Page 2: the indicators gross and net for each period, the funnel, and their definitions. */
function indicatorsPage(doc: PDFKit.PDFDocument, report: SavingsReport, indicators: IndicatorsReport) {
  doc.addPage();
  doc.fillColor('#000').fontSize(14).text('Indicators and method', 48, 48);
  const periods = indicators.periods;
  doc.fontSize(8).fillColor('#555').text(periods.map((p) => `${p.label}: ${p.from ?? 'the start'} to ${p.to ?? 'today'}`).join('; '));
  doc.moveDown(0.5).fillColor('#000');
  const fmt = (unit: string, x: number | null | undefined) =>
    x === null || x === undefined
      ? '–'
      : unit === 'GBP'
        ? `£${x.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
        : x.toLocaleString('en-GB', { maximumFractionDigits: unit === 'tCO2e' ? 3 : 1 });
  const colWidth = Math.min(90, 300 / Math.max(1, periods.length));
  const header = doc.y;
  doc.fontSize(7.5).text('Indicator', 48, header, { width: 190 });
  periods.forEach((p, i) => doc.text(`${p.label} gross / net`, 240 + i * colWidth, header, { width: colWidth, align: 'right' }));
  for (const d of indicators.definitions) {
    const y = doc.y + 1;
    doc.text(`${d.label} (${d.unit})`, 48, y, { width: 190 });
    periods.forEach((p, i) => {
      const gross = (p.gross as Record<string, number | null>)[d.key] ?? (p.funnel as Record<string, number>)[d.key];
      const net = d.net ? (p.net as Record<string, number>)[d.key] : undefined;
      doc.text(`${fmt(d.unit, gross)}${d.net ? ` / ${fmt(d.unit, net)}` : ''}`, 240 + i * colWidth, y, { width: colWidth, align: 'right' });
    });
  }
  doc.moveDown(0.8);
  doc.fontSize(6.5).fillColor('#333');
  for (const line of methodLines(report, indicators)) if (line.length) doc.text(line.join(' — '), 48, doc.y, { width: 500 });
}

/** Page 1: headline figures, a bar chart of £ saved by period, the method and factor set. */
export async function pdfExport(
  db: Database,
  report: SavingsReport,
  byPeriod: SavingsReport,
  indicators: IndicatorsReport,
): Promise<Readable> {
  const doc = new PDFDocument({ size: 'A4', margin: 48, info: { Title: 'Reuse Exchange savings report' } });
  doc.fontSize(18).text('Savings report', { continued: false });
  doc.fontSize(10).fillColor('#555').text(`Transfers dated ${period(report)}`).moveDown(0.8).fillColor('#000');
  doc.fontSize(11);
  const fmt = (x: number, dp = 0) => x.toLocaleString('en-GB', { minimumFractionDigits: dp, maximumFractionDigits: dp });
  const rows: [string, string][] = [
    ['Tonnes diverted from landfill', fmt(report.totals.tonnesDiverted, 1)],
    ['Cost saved', `£${fmt(report.totals.costSavedGbp, 2)}`],
    ['Carbon avoided', `${fmt(report.totals.co2eAvoidedT, 3)} tCO2e`],
    ['Virgin material displaced', `${fmt(report.totals.virginMaterialDisplacedT, 1)} t`],
    ['Process water reused', `${fmt(report.totals.cubicMetres, 1)} m³`],
    ['Exchanges / transfers', `${report.totals.exchanges} / ${report.totals.transfers}`],
    ['Businesses assisted', String(report.totals.businessesAssisted)],
    ['Estimated (accepted exchanges)', `£${fmt(report.estimated.costSavedGbp, 2)}; ${fmt(report.estimated.co2eAvoidedT, 3)} tCO2e`],
  ];
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.text(label, 48, y, { width: 260 });
    doc.text(value, 320, y, { width: 220, align: 'right' });
  }

  // Bar chart: £ saved per period.
  const groups = byPeriod.groups.slice(-24);
  const top = doc.y + 24;
  const height = 160;
  const left = 60;
  const width = 480;
  doc.fontSize(11).text(`Cost saved by ${byPeriod.groupBy ?? 'period'} (£)`, 48, top - 16);
  const max = Math.max(1, ...groups.map((g) => g.costSavedGbp));
  const slot = groups.length ? width / groups.length : width;
  doc.moveTo(left, top + height).lineTo(left + width, top + height).stroke('#999');
  groups.forEach((g, i) => {
    const h = Math.max(0, (g.costSavedGbp / max) * (height - 12));
    doc.rect(left + i * slot + slot * 0.15, top + height - h, slot * 0.7, h).fill('#2e7d32');
    doc.fillColor('#000').fontSize(6).text(g.label, left + i * slot, top + height + 3, { width: slot, align: 'center' });
  });
  doc.fontSize(7).fillColor('#555').text(`max £${fmt(max, 0)}`, left, top - 4);

  doc.fillColor('#000').fontSize(9).text('', 48, top + height + 28);
  const sets = report.factorSets.length ? report.factorSets.join(', ') : 'none (no transfers)';
  doc.fontSize(11).text('Method', 48).fontSize(8.5);
  doc.text(
    'Each transfer is estimated once, when recorded, as lines of quantity × factor = value: avoided landfill tax (band and tax year ' +
      'of its date) and gate fee, avoided virgin feedstock where the receiver gave its price, minus haulage; avoided landfill ' +
      'and primary-production emissions (DESNZ 2025 conversion factors), minus road-freight emissions over the haul. ' +
      'Totals are sums of unrounded lines; a correction replaces the transfer it corrects. Not counted: Aggregates Levy ' +
      'inside virgin prices, reprocessing energy, empty return legs.',
    { width: 500 },
  );
  doc.moveDown(0.4).text(`Factor sets: ${sets}. Every figure with its source is listed in the spreadsheet download (sheet “Method and sources”) and on the service’s factor-set pages.`, { width: 500 });
  for (const id of report.factorSets) {
    const set = await getFactorSet(db, id);
    if (set) doc.fontSize(7.5).fillColor('#555').text(`${set.id}: ${set.name}`, { width: 500 });
  }
  indicatorsPage(doc, report, indicators);
  doc.end();
  return doc as unknown as Readable;
}
