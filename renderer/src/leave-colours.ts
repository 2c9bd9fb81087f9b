import type { CSSProperties } from 'react';

/*
 * Leave colours, the one definition every page uses (Leaves calendar and list, Timesheet marks and
 * legend): a hue per leave type name. The element also takes LEAVE_COLOUR_CLASS, whose rule turns
 * the hue into --leave-fill and --leave-edge tuned per theme (styles/tokens.css, "Leave colours").
 */

/** The class that gives an element carrying leaveColourStyle() its --leave-fill and --leave-edge. */
export const LEAVE_COLOUR_CLASS = 'leave-colour';

/** Hues far enough apart to tell types apart in both themes. */
const HUES = [262, 152, 28, 205, 330, 95, 180, 300, 235, 60, 125, 350];

/** The usual Factorial types get distinct, meaningful hues; any other name is hashed onto the palette. */
const KNOWN: Array<[RegExp, number]> = [
  [/vacation|holiday|vacaciones|annual|pto/i, 152],
  [/sick|illness|medical|baja|enfermedad/i, 28],
  [/personal|asuntos propios/i, 262],
  [/parental|maternity|paternity|birth/i, 330],
  [/training|course|formaci/i, 205],
  [/remote|home|teletrabajo/i, 95],
];

/** A stable hue per leave type name: the same type has the same colour on every page, month and session. */
export function leaveHue(type: string | null): number {
  const name = (type ?? '').trim();
  for (const [re, hue] of KNOWN) if (re.test(name)) return hue;
  let h = 2166136261;
  for (const ch of name.toLowerCase()) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 16777619);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  return HUES[(h >>> 0) % HUES.length] as number;
}

/** The inline style that gives an element its leave type's colour. */
export function leaveColourStyle(type: string | null): CSSProperties {
  return { '--leave-hue': leaveHue(type) } as CSSProperties;
}
