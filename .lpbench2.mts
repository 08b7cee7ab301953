import { lpModel, type Instance } from './src/opportunities/model.ts';
import { solve } from './src/opportunities/solver.ts';
const n = Number(process.argv[2]); const k = 40;
let seed = 1; const r = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const inst: Instance = { supply: Array.from({length:n},()=>100+r()*1000), demand: Array.from({length:n},()=>100+r()*1000), pairs: [] };
for (let i=0;i<n;i++) for (let j=0;j<k;j++) inst.pairs.push({offer:i, want: Math.floor(r()*n), costGbpPerTonne: 5+r()*50, co2eKgPerTonne: 1, distanceKm: r()*50});
const use = inst.pairs.map((_,i)=>i);
const t0=performance.now(); const s = await solve(lpModel(inst,'cost',use), {timeLimitSeconds: 300}); console.log(n*k, s.status, Math.round(performance.now()-t0),'ms');
