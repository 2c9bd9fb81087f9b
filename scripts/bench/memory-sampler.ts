import v8 from 'node:v8';
import vm from 'node:vm';

export interface MemoryPeaks {
  /** Highest resident set size seen (the whole process, native SQLite memory included). */
  peakRssBytes: number;
  /** Highest V8 heap in use seen. */
  peakHeapUsedBytes: number;
  /** Both right before the run started (after a full GC when one could be forced). */
  baselineRssBytes: number;
  baselineHeapUsedBytes: number;
  samples: number;
}

let forcedGc: (() => void) | null | undefined;

/**
 * A full GC between runs, so one run's garbage doesn't count toward the next one's peak.
 * `--expose-gc` can be turned on at run time and `gc` fetched from a fresh context; tsx needs no flag.
 */
export function collectGarbage(): boolean {
  if (forcedGc === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      forcedGc = vm.runInNewContext('gc') as () => void;
    } catch {
      forcedGc = null;
    }
  }
  forcedGc?.();
  return forcedGc !== null;
}

/**
 * Samples process.memoryUsage every `intervalMs` until stopped. A long synchronous stretch (a big
 * JSON.parse) delays a sample, so the value at stop is taken too; peaks are a close lower bound.
 */
export function startMemorySampler(intervalMs = 50): { stop(): MemoryPeaks } {
  collectGarbage();
  const first = process.memoryUsage();
  const peaks: MemoryPeaks = {
    peakRssBytes: first.rss,
    peakHeapUsedBytes: first.heapUsed,
    baselineRssBytes: first.rss,
    baselineHeapUsedBytes: first.heapUsed,
    samples: 1,
  };
  const sample = (): void => {
    const m = process.memoryUsage();
    peaks.peakRssBytes = Math.max(peaks.peakRssBytes, m.rss);
    peaks.peakHeapUsedBytes = Math.max(peaks.peakHeapUsedBytes, m.heapUsed);
    peaks.samples += 1;
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { ...peaks };
    },
  };
}
