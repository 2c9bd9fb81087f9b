/** How many series colours there are (styles/tokens.css: --chart-1 … --chart-10). */
export const SLOT_COUNT = 10;

/**
 * A series keeps its colour while the user filters, switches week/month or comes back to the page:
 * each chart remembers which colour slot every series had, gives a returning series its old slot
 * when no other shown series holds it, and a new one the first free slot. Ten slots for at most
 * eight named series, so a free one always exists. Kept for the session (module state), per chart.
 */
export function createColourSlots() {
  const remembered = new Map<string, number>();
  return (keys: readonly string[]): number[] => {
    const taken = new Set<number>();
    const slots: Array<number | null> = keys.map((k) => {
      const slot = remembered.get(k);
      if (slot === undefined || taken.has(slot)) return null;
      taken.add(slot);
      return slot;
    });
    return slots.map((slot, i) => {
      if (slot !== null) return slot;
      let free = 0;
      while (taken.has(free) && free < SLOT_COUNT - 1) free++;
      taken.add(free);
      remembered.set(keys[i] as string, free);
      return free;
    });
  };
}
