// The evidence domain's pure rules: additionality arithmetic, enterprise counting and size, and
// the network measures on a graph built by hand.
import t from 'tap';
import { anywayShare, exchangeDeadweight, netOf } from '../../src/evidence/additionality.ts';
import { businessSize, normaliseCompanyNumber } from '../../src/evidence/business-size.ts';
import { countBusinesses } from '../../src/evidence/businesses.ts';
import { buildNetwork, type RealisedExchange } from '../../src/evidence/network.ts';

t.test('additionality: answers to shares, deadweight, net = gross × (1 − deadweight) × attribution', async (t) => {
  t.equal(anywayShare('yes'), 1);
  t.equal(anywayShare('no'), 0);
  t.equal(anywayShare('partly', 0.4), 0.4);
  t.throws(() => anywayShare('partly'), RangeError, 'partly needs a share');
  t.throws(() => anywayShare('partly', 1), RangeError, 'a share of 1 is a yes');
  t.equal(exchangeDeadweight([], 0.3), 0.3, 'no answers: the programme default');
  t.equal(exchangeDeadweight([1, 0], 0.3), 0.5, 'both sides answered: their mean');
  t.equal(exchangeDeadweight([0.2], 0.9), 0.2, 'one side answered: its answer, not the default');
  t.equal(netOf(1000, 0.25, 0.8), 600, '1000 × 0.75 × 0.8');
  t.equal(netOf(1000, 1, 1), 0, 'would have happened anyway: nothing to claim');
  t.equal(netOf(1000, 0, 1), 1000, 'wholly additional, wholly ours: net is gross');
});

t.test('business size from stated bands; Companies House numbers normalised', async (t) => {
  t.equal(businessSize('0-9', null), 'sme');
  t.equal(businessSize('50-249', 'over-54m'), 'sme', 'headcount decides when stated');
  t.equal(businessSize('250+', 'up-to-2m'), 'large');
  t.equal(businessSize(null, 'over-54m'), 'large', 'turnover only without a headcount');
  t.equal(businessSize(null, '10m-to-54m'), 'sme');
  t.equal(businessSize(null, null), 'unknown');
  t.equal(normaliseCompanyNumber('1234567'), '01234567', 'England and Wales: padded to eight digits');
  t.equal(normaliseCompanyNumber(' sc 123456 '), 'SC123456', 'Scotland: letters upper-cased, spaces dropped');
  t.equal(normaliseCompanyNumber('ABC'), null);
  t.equal(normaliseCompanyNumber('123456789'), null, 'nine digits is not a number');
});

t.test('each enterprise counted once: by company number across accounts, else by organisation', async (t) => {
  const count = countBusinesses([
    { organisationId: 'a', companyNumber: '01234567', size: 'sme' },
    { organisationId: 'b', companyNumber: '01234567', size: 'large' }, // the same company, a second account
    { organisationId: 'c', companyNumber: null, size: 'sme' },
    { organisationId: 'c', companyNumber: null, size: 'sme' }, // the same organisation again
    { organisationId: 'd', companyNumber: null, size: 'unknown' },
  ]);
  t.same(count, { total: 3, sme: 1, large: 1, unknownSize: 1 }, 'two accounts of one company that disagree count as large');
  t.same(countBusinesses([]), { total: 0, sme: 0, large: 0, unknownSize: 0 });
});

t.test('network measures on a hand-built graph', async (t) => {
  // Cluster 1: A–B (twice, one of them crossing a local-authority boundary), B–C (traded before),
  // C–D (crossing a region boundary). Cluster 2: E–F. G–G is a firm trading with itself: ignored.
  const x = (id: string, offerFirm: string, wantFirm: string, tonnes: number, extra: Partial<RealisedExchange> = {}): RealisedExchange => ({
    exchangeId: id,
    offerFirm,
    wantFirm,
    tonnes,
    pairTradedBefore: false,
    crossesRegion: false,
    crossesLocalAuthority: false,
    ...extra,
  });
  const net = buildNetwork([
    x('1', 'A', 'B', 10),
    x('2', 'B', 'A', 5, { crossesLocalAuthority: true }),
    x('3', 'B', 'C', 20, { pairTradedBefore: true }),
    x('4', 'D', 'C', 1, { crossesRegion: true, crossesLocalAuthority: true }),
    x('5', 'E', 'F', 100),
    x('6', 'G', 'G', 7),
  ]);
  t.same(
    net.edges.map((e) => [e.source, e.target, e.tonnes, e.exchanges, e.isNew]),
    [
      ['A', 'B', 15, 2, true],
      ['B', 'C', 20, 1, false],
      ['C', 'D', 1, 1, true],
      ['E', 'F', 100, 1, true],
    ],
    'one undirected edge per pair, weighted by tonnes both ways',
  );
  t.same(net.measures, {
    firms: 6,
    links: 4,
    exchanges: 5,
    tonnes: 136,
    newLinks: 3,
    repeatLinks: 1,
    linksWithSeveralExchanges: 1,
    firmsWithMoreThanOnePartner: 2, // B (A, C) and C (B, D)
    clusters: 2,
    largestCluster: { firms: 4, links: 3, tonnes: 36 },
    linksCrossingRegions: 1,
    linksCrossingLocalAuthorities: 2,
  });
  const cluster = Object.fromEntries(net.nodes.map((n) => [n.id, n.cluster]));
  t.same(cluster, { A: 0, B: 0, C: 0, D: 0, E: 1, F: 1 }, 'the largest cluster is numbered 0');
  t.same(buildNetwork([]).measures.largestCluster, { firms: 0, links: 0, tonnes: 0 });
});
