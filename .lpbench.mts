import { lpText, type Instance } from '/work/wt/optimiser/src/opportunities/model.ts';
import { createRequire } from 'node:module'; const highs = await (createRequire(import.meta.url)('highs'))();
const n = Number(process.argv[2]); const k = 25;
let seed = 1; const r = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const inst: Instance = { supply: Array.from({length:n},()=>100+r()*1000), demand: Array.from({length:n},()=>100+r()*1000), pairs: [] };
for (let i=0;i<n;i++) for (let j=0;j<k;j++) inst.pairs.push({offer:i, want: Math.floor(r()*n), costGbpPerTonne: 5+r()*50, co2eKgPerTonne: 1, distanceKm: r()*50});
const use = inst.pairs.map((_,i)=>i);
let t0=performance.now(); const lp = lpText(inst,'cost',use); console.log('text', Math.round(performance.now()-t0), 'ms', lp.text.length);
for (const tl of [0.001, 300]) for (const solver of (process.argv[3]??'simplex').split(',')) {
t0=performance.now(); const s = highs.solve(lp.text, {time_limit: tl, solver, output_flag: false}); console.log(tl, solver, s.Status, Math.round(performance.now()-t0),'ms');
}
