import t from 'tap';
import { agreedToDate, inUnit, transferAllowance, ukDate } from '../../src/exchanges/transfer-allowance.ts';

t.test('a one-off allows its amount; a flow its rate for every period begun since the agreement', async (t) => {
  t.equal(agreedToDate({ amount: 10, rate: 'one-off' }, '2026-01-01', '2030-01-01'), 10);
  t.equal(agreedToDate({ amount: 5, rate: 'week' }, '2026-03-02', '2026-03-02'), 5, 'the first week from day one');
  t.equal(agreedToDate({ amount: 5, rate: 'week' }, '2026-03-02', '2026-03-08'), 5, 'still the first week on day 7');
  t.equal(agreedToDate({ amount: 5, rate: 'week' }, '2026-03-02', '2026-03-09'), 10, 'the second week begins on day 8');
  t.equal(agreedToDate({ amount: 100, rate: 'month' }, '2026-01-01', '2026-12-31'), 1200, 'twelve months in a year');
  t.equal(agreedToDate({ amount: 1000, rate: 'year' }, '2026-01-01', '2027-01-01'), 2000, 'a second year begun');
  t.equal(agreedToDate({ amount: 100, rate: 'month' }, '2026-06-01', '2026-01-01'), 100, 'never less than the first period');
  t.equal(transferAllowance(10), 11, '10 % over the agreement');
});

t.test('amounts convert through the density, or not at all', async (t) => {
  t.equal(inUnit(4, 't', 't', null), 4);
  t.equal(inUnit(2, 'm3', 't', 1.5), 3);
  t.equal(inUnit(3, 't', 'm3', 1.5), 2);
  t.equal(inUnit(3, 't', 'm3', null), null);
});

t.test("today is the UK's date, not UTC's", async (t) => {
  t.equal(ukDate(new Date('2026-07-01T23:30:00Z')), '2026-07-02', 'BST: already tomorrow in London');
  t.equal(ukDate(new Date('2026-12-01T23:30:00Z')), '2026-12-01', 'GMT: same day');
});
