// Each indicator's definition and unit, carried inside every report and export. Pure.

export interface IndicatorDefinition {
  key: string;
  label: string;
  unit: string;
  definition: string;
  /** Whether the report gives a net figure (gross × (1 − deadweight) × attribution) beside it. */
  net: boolean;
}

export const INDICATOR_DEFINITIONS: readonly IndicatorDefinition[] = [
  {
    key: 'businessesAssisted',
    label: 'Businesses assisted',
    unit: 'enterprises',
    definition:
      'Distinct enterprises on either side of an exchange with a transfer dated in the period; an enterprise is its Companies House number when stated, else its organisation, and counts once however many exchanges, accounts, regions or materials it appears in.',
    net: false,
  },
  {
    key: 'businessesAssistedSme',
    label: 'of which SMEs',
    unit: 'enterprises',
    definition: 'Businesses assisted stating fewer than 250 employees (or, with no headcount stated, turnover up to £54m).',
    net: false,
  },
  {
    key: 'businessesAssistedLarge',
    label: 'of which large',
    unit: 'enterprises',
    definition: 'Businesses assisted stating 250 or more employees (or, with no headcount stated, turnover over £54m).',
    net: false,
  },
  {
    key: 'businessesAssistedSizeUnknown',
    label: 'of which size not stated',
    unit: 'enterprises',
    definition: 'Businesses assisted that stated neither a headcount nor a turnover band.',
    net: false,
  },
  {
    key: 'jobsCreatedFte',
    label: 'Jobs created',
    unit: 'FTE',
    definition: 'Full-time-equivalent jobs created, as recorded by officers with a date in the period, a basis and an evidence note.',
    net: false,
  },
  {
    key: 'jobsSafeguardedFte',
    label: 'Jobs safeguarded',
    unit: 'FTE',
    definition: 'Full-time-equivalent jobs safeguarded (at risk and kept), as recorded by officers with a date in the period, a basis and an evidence note.',
    net: false,
  },
  {
    key: 'coInvestmentGbp',
    label: 'Co-investment',
    unit: 'GBP',
    definition: 'Money from sources other than the programme committed in the period, as recorded by officers with its source and date.',
    net: false,
  },
  {
    key: 'tonnesDiverted',
    label: 'Tonnes diverted from landfill',
    unit: 't',
    definition: 'Tonnes moved by transfers dated in the period whose material would otherwise have gone to landfill (the offer\'s stated route), corrections replacing what they correct.',
    net: true,
  },
  {
    key: 'virginMaterialDisplacedT',
    label: 'Virgin material displaced',
    unit: 't',
    definition: 'Tonnes of primary material the receivers no longer bought, as each transfer\'s estimate found (material whose factor set names a primary production figure).',
    net: true,
  },
  {
    key: 'importedMaterialDisplacedT',
    label: 'Imported material displaced',
    unit: 't',
    definition: 'The part of virgin material displaced whose want said it replaces imported supply; wants that said domestic or nothing are not counted here.',
    net: true,
  },
  {
    key: 'costSavedGbp',
    label: 'Cost saved',
    unit: 'GBP',
    definition: 'Sum of each transfer\'s estimated saving (landfill tax and gate fee avoided, virgin material not bought, minus haulage), every line with its factor and source.',
    net: true,
  },
  {
    key: 'co2eAvoidedT',
    label: 'Carbon avoided',
    unit: 'tCO2e',
    definition: 'Sum of each transfer\'s estimated emissions avoided (landfill and primary production avoided, minus road freight), DESNZ conversion factors of the factor set named.',
    net: true,
  },
];

export const FUNNEL_DEFINITIONS: readonly IndicatorDefinition[] = [
  { key: 'newListings', label: 'New listings', unit: 'listings', definition: 'Offers and wants created in the period (drafts included).', net: false },
  {
    key: 'matchesShown',
    label: 'Matches shown',
    unit: 'offer–want pairs',
    definition: 'Distinct offer–want pairs shown to a firm or officer as a match of a listing in the period, in the listing’s list of matches or in an alert of a new match, counted from when recording began.',
    net: false,
  },
  { key: 'proposals', label: 'Proposals', unit: 'exchanges', definition: 'Exchanges proposed in the period.', net: false },
  { key: 'acceptances', label: 'Acceptances', unit: 'exchanges', definition: 'Exchanges accepted by both sides in the period.', net: false },
  { key: 'completed', label: 'Completed', unit: 'exchanges', definition: 'Exchanges marked completed in the period.', net: false },
];

export const NET_FORMULA =
  'net = gross × (1 − deadweight) × attribution, per exchange: deadweight is the mean of its sides\' answers (yes = 1, no = 0, partly = the share stated), or the programme\'s default when neither answered; attribution is the programme\'s.';
