// Measures the actor knowledge: load and gazetteer build (CPU time, since machines are
// shared), heap, and the cost of a lookup. Run: npx tsc -p . && node --expose-gc dist/scripts/measure-knowledge.js
import { loadKnowledge } from "../src/actors/knowledge/load.js";

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

gc();
const heap0 = process.memoryUsage().heapUsed;
let start = cpu();
const kb = loadKnowledge();
const loadMs = cpu() - start;
gc();
const heap1 = process.memoryUsage().heapUsed;
start = cpu();
kb.place("Quito");
const placeMs = cpu() - start;
gc();
const heap2 = process.memoryUsage().heapUsed;

const names = ["Ecuador", "the U.S.", "UK", "Britain", "North Korea", "DRC", "Congo", "Türkiye", "Ivory Coast"];
const rounds = 100_000;
start = cpu();
let hits = 0;
for (let i = 0; i < rounds; i++) {
  if (kb.countryByName(names[i % names.length]!)) hits++;
  if (kb.sectorOf("riot police")) hits++;
  if (kb.organizationByName("U.N.")) hits++;
  if (kb.place("Quito")) hits++;
  if (kb.countryByDemonym("Ecuadorean")) hits++;
}
const lookupUs = ((cpu() - start) * 1000) / (rounds * 5);

const terms = kb.agents.reduce((n, a) => n + a.terms.length, 0);
const variants = kb.titles.reduce((n, t) => n + t.variants.length, 0);
process.stdout.write(
  [
    `loadKnowledge: ${loadMs.toFixed(0)} ms CPU, ${mb(heap1 - heap0)} MB heap`,
    `gazetteer build: ${placeMs.toFixed(0)} ms CPU, ${mb(heap2 - heap1)} MB heap`,
    `lookup: ${lookupUs.toFixed(2)} µs CPU each (${hits} hits)`,
    `rss: ${mb(process.memoryUsage().rss)} MB`,
    `countries ${kb.countries.length}, agent terms ${terms} in ${kb.agents.length} sectors, titles ${kb.titles.length} (${variants} variants), organizations ${kb.organizations.length}, people ${kb.people.length}`,
  ].join("\n") + "\n",
);
