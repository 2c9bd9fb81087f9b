import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * Spacing and radii come from the scales in renderer/src/styles/tokens.css. This check fails when
 * a stylesheet writes a literal px padding, margin, gap or border radius that the scale already
 * has (write `var(--space-2)`, not `8px`). Values off the scale (1px, 3px, an icon box's radius)
 * and negative margins stay literal, as tokens.css explains.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RENDERER = path.join(ROOT, 'renderer/src');
const TOKENS = path.join(RENDERER, 'styles/tokens.css');

type Scale = Map<number, string>;

/** `--space-2: 8px;` → 8 → '--space-2' (px values only: --radius-round is a percentage). */
function readScale(tokensCss: string, prefix: 'space' | 'radius'): Scale {
  const scale: Scale = new Map();
  for (const m of tokensCss.matchAll(new RegExp(`(--${prefix}-[\\w]+)\\s*:\\s*(\\d+)px\\s*;`, 'g'))) scale.set(Number(m[2]), m[1] as string);
  return scale;
}

const SPACING = /^\s*((?:padding|margin)(?:-[a-z-]+)?|gap|row-gap|column-gap)\s*:\s*([^;]*)/;
const RADIUS = /^\s*(border(?:-[a-z]+)*-radius)\s*:\s*([^;]*)/;
/** A positive px number, not part of a negative value, a name or a decimal. */
const PX = /(?<![-\w.])(\d+)px\b/g;

export interface Finding {
  line: number;
  text: string;
  token: string;
}

/** The declarations in `css` that write a scale value as a literal, with the token to use instead. */
export function literalsOnScale(css: string, spacing: Scale, radius: Scale): Finding[] {
  const found: Finding[] = [];
  css.split('\n').forEach((text, i) => {
    for (const [re, scale] of [
      [SPACING, spacing],
      [RADIUS, radius],
    ] as const) {
      const m = re.exec(text);
      if (!m) continue;
      for (const n of (m[2] as string).matchAll(PX)) {
        const token = scale.get(Number(n[1]));
        if (token) found.push({ line: i + 1, text: text.trim(), token });
      }
    }
  });
  return found;
}

function cssFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return cssFiles(p);
    return e.name.endsWith('.css') && p !== TOKENS ? [p] : [];
  });
}

const tokensCss = fs.readFileSync(TOKENS, 'utf8');
const spacing = readScale(tokensCss, 'space');
const radius = readScale(tokensCss, 'radius');

describe('CSS spacing and radius tokens', () => {
  it('reads both scales from tokens.css', () => {
    expect(spacing.get(8)).toBe('--space-2');
    expect(spacing.get(4)).toBe('--space-1');
    expect(radius.get(7)).toBe('--radius-md');
    expect(radius.get(999)).toBe('--radius-pill');
  });

  it('flags a literal on the scale and leaves off-scale, negative and token values alone', () => {
    const css = [
      '.a {',
      '  padding: 8px 3px;', // 8px flagged, 3px off the scale
      '  margin: -4px 0 0;', // negative: cancels a neighbour's padding
      '  gap: var(--space-2);',
      '  border-top-left-radius: 10px;',
      '  border-radius: 9px;', // off the scale
      '  width: 8px;', // not spacing
      '  margin-inline-start: 16px;',
      '}',
    ].join('\n');
    expect(literalsOnScale(css, spacing, radius)).toEqual([
      { line: 2, text: 'padding: 8px 3px;', token: '--space-2' },
      { line: 5, text: 'border-top-left-radius: 10px;', token: '--radius-lg' },
      { line: 8, text: 'margin-inline-start: 16px;', token: '--space-4' },
    ]);
  });

  it('no stylesheet in renderer/ writes a scale value as a literal', () => {
    const files = cssFiles(RENDERER);
    expect(files.length).toBeGreaterThan(5);
    const report = files.flatMap((f) => literalsOnScale(fs.readFileSync(f, 'utf8'), spacing, radius).map((x) => `${path.relative(ROOT, f)}:${x.line}: ${x.text} → use var(${x.token})`));
    expect(report).toEqual([]);
  });
});
