/**
 * Our share of a V8 CPU profile of a page: a sample is ours when a frame of its stack comes
 * from `chrome-extension://<id>/`; a garbage collection in the middle of our work counts with
 * it. Each sample counts at most 0.4 ms (two sampling intervals at 0.2 ms): on a busy machine
 * the OS deschedules the page for tens of ms, which is no work of ours.
 */
/** A V8 CPU profile as CDP gives it (the parts the benches read). */
export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface OwnTime {
  /** The longest uninterrupted run of own samples (ms): the longest piece of our work the page waited for. */
  longest: number;
  /** All own samples (ms). */
  total: number;
}

export function ownTime(profile: CpuProfile, prefix: string): OwnTime {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const own = new Map<number, boolean>();
  const isOwn = (id: number): boolean => {
    const known = own.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id);
    const p = parent.get(id);
    const v = !!n && (n.callFrame.url.startsWith(prefix) || (p !== undefined && isOwn(p)));
    own.set(id, v);
    return v;
  };
  let run = 0;
  let longest = 0;
  let total = 0;
  for (let k = 0; k < profile.samples.length; k++) {
    // timeDeltas[k + 1]: this sample's share of wall time.
    const dt = Math.min((profile.timeDeltas[k + 1] ?? 0) / 1000, 0.4);
    const id = profile.samples[k]!;
    if (isOwn(id) || (run > 0 && byId.get(id)?.callFrame.functionName === '(garbage collector)')) {
      run += dt;
      total += dt;
      longest = Math.max(longest, run);
    } else run = 0;
  }
  return { longest, total };
}
