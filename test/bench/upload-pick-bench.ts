/**
 * The upload checker's first pick, pinned down apart from later picks (issue 16): the first
 * trusted pick on a page makes the background inject `upload-check.js` into that frame, so it
 * pays for loading, compiling and starting the checker; later picks only run it. Measured with
 * a V8 CPU profile of the page around each pick (0.2 ms sampling, from just before the pick to
 * 300 ms after the result is marked): our own main-thread CPU time and the longest stretch of it
 * (`own-profile.ts`), which the page's own handling of the pick does not blur.
 */
import { launch, uploadChecked, type Launched } from './browser-benches';
import type { Outcome } from './node-benches';
import { ownTime, type CpuProfile, type OwnTime } from './own-profile';
import { sleep, summarize, type Summary } from './stats';

export interface PickCost {
  /** Our main-thread CPU time from the pick to the result shown (ms). */
  own: Summary;
  /** The longest uninterrupted stretch of it (ms): what the page waited for at once. */
  longest: Summary;
}

export interface UploadPicksResult {
  /** First pick on a fresh page: injecting and starting the checker, then checking. */
  first: PickCost;
  /** A second pick on the same page (checker already there). */
  later: PickCost;
}

/** Target for either pick: no stretch of ours of 50 ms or more (a long task). */
export const UPLOAD_PICK_LONGEST_MS = 50;

const PICKERS = ['#u-licence', '#u-domain'] as const;

async function profilePicks(browser: Launched, url: string, jpegPath: string): Promise<OwnTime[] | undefined> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url);
    await page.waitForSelector('html[data-icp-helper-ready]', { state: 'attached', timeout: 15_000 });
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await sleep(300);
    const out: OwnTime[] = [];
    for (const selector of PICKERS) {
      const done = uploadChecked(page);
      await cdp.send('Profiler.start');
      await page.setInputFiles(selector, jpegPath);
      if ((await done) < 0) return undefined;
      await sleep(300); // the result drawn
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      out.push(ownTime(profile, `chrome-extension://${browser.extensionId}/`));
    }
    return out;
  } finally {
    await page.close();
  }
}

/** Fresh pages, two picks each; the first round warms the caches. */
export async function benchUploadPicks(extensionDir: string, url: string, jpegPath: string, repeats: number): Promise<Outcome<UploadPicksResult>> {
  const browser = await launch(extensionDir, true);
  try {
    const first: OwnTime[] = [];
    const later: OwnTime[] = [];
    for (let i = 0; i < repeats + 1; i++) {
      const r = await profilePicks(browser, url, jpegPath);
      if (!r) return { measured: false, reason: 'no upload check result within 10 s' };
      if (i === 0) continue;
      first.push(r[0]!);
      later.push(r[1]!);
    }
    const cost = (xs: OwnTime[]): PickCost => ({ own: summarize(xs.map((x) => x.total)), longest: summarize(xs.map((x) => x.longest)) });
    return { measured: true, value: { first: cost(first), later: cost(later) } };
  } finally {
    await browser.close();
  }
}
