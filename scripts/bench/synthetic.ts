/**
 * Seeded synthetic datasets for the benchmarks (scripts/bench/analysis.ts, scripts/bench/run.ts):
 * the same size and seed give the same network on every machine and every run, so figures from
 * different runs measure the same work.
 */
import type { DatasetInput } from "../../src/model/schema";

/** mulberry32: a small seeded generator, so every run measures the same networks. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Three relations per entity, eight entity types, twelve relation types, dated. */
export function syntheticDataset(size: number, seed = 1): DatasetInput {
  const next = random(seed);
  const pick = (n: number) => Math.floor(next() * n);
  const entityTypes = Array.from({ length: 8 }, (_, i) => ({
    id: `type-${i}`,
    label: `Type ${i}`,
    color: `#${(0x204080 + i * 0x151515).toString(16).slice(0, 6)}`,
  }));
  const relationTypes = Array.from({ length: 12 }, (_, i) => ({
    id: `relation-${i}`,
    label: `relates ${i}`,
    inverse: `is related ${i} by`,
    temporal: i % 2 === 0 ? ("event" as const) : ("state" as const),
    color: `#${(0x802040 + i * 0x0b0b0b).toString(16).slice(0, 6)}`,
  }));
  const entities = Array.from({ length: size }, (_, i) => ({
    id: `e${i}`,
    type: `type-${pick(8)}`,
    label: `Entity ${i}`,
  }));
  const relations = Array.from({ length: size * 3 }, (_, i) => {
    const year = 1950 + pick(10);
    return {
      id: `r${i}`,
      type: `relation-${pick(12)}`,
      from: `e${pick(size)}`,
      to: `e${pick(size)}`,
      start: `${year}-${String(1 + pick(12)).padStart(2, "0")}`,
      ...(next() < 0.3 ? { end: `${year + 1 + pick(5)}` } : {}),
    };
  });
  return {
    format: "dramatis/1",
    id: `synthetic-${size}`,
    title: `Synthetic ${size}`,
    sources: [],
    entityTypes,
    relationTypes,
    entities,
    relations,
  };
}
