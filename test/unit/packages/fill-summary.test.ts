import { describe, expect, it } from 'vitest';
import { fillSummary } from '../../../shared/domain/packages.js';

/**
 * A small seeded generator (mulberry32) instead of a property-testing library: the cases are the
 * same on every run, and a failure names the seed and the summary that broke it.
 */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Pieces String.replace treats specially in a replacement string, mixed with ordinary text.
const PIECES = ['$&', '$`', "$'", '$$', '$1', '$<x>', '$', '{{summary}}', '{{ summary }}', 'New hire', 'é', '🚀', ' ', '\n', '"', '\\', 'a'];

function randomSummary(next: () => number): string {
  const n = 1 + Math.floor(next() * 8);
  let s = '';
  for (let i = 0; i < n; i += 1) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

describe('fillSummary', () => {
  it('copies any summary literally, $-patterns included', () => {
    const template = 'Before {{summary}} middle {{ summary }} after';
    const next = mulberry32(20261204);
    for (let run = 0; run < 500; run += 1) {
      const summary = randomSummary(next);
      // What the user typed, exactly, at each placeholder; the template's own text unchanged.
      expect(fillSummary(template, summary), `summary ${JSON.stringify(summary)}`).toBe(`Before ${summary} middle ${summary} after`);
    }
  });

  it('keeps the classic special patterns as typed', () => {
    expect(fillSummary('x {{summary}} y', '$& $` $\' $$')).toBe("x $& $` $' $$ y");
  });
});
