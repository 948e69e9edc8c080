import type { Page } from 'playwright-core';
import { startProfiler, stopProfiler, type CpuProfile } from '../../scripts/bench/measure';
import { samplesOfOurs, tasksWithOurCode, trace, type OurTask } from '../../scripts/bench/trace';

/**
 * Runs `during` on `page` with a Chrome trace and a CPU profile, and returns every main-thread
 * task that ran the extension's code (scripts/bench/trace.ts). A task's cost is its thread time,
 * which a busy machine does not stretch as it does wall-clock long tasks.
 */
export async function tasksOfOurs(
  page: Page,
  extensionId: string,
  during: () => Promise<void>,
): Promise<OurTask[]> {
  const cdp = await page.context().newCDPSession(page);
  let profile: CpuProfile | null = null;
  const events = await trace(cdp, async () => {
    await startProfiler(cdp);
    await during();
    profile = await stopProfiler(cdp);
  });
  await cdp.detach();
  return tasksWithOurCode(
    events,
    samplesOfOurs(profile as unknown as CpuProfile, (url) =>
      url.startsWith(`chrome-extension://${extensionId}/`),
    ),
  );
}

/**
 * The tasks over 50 ms of thread time in which our code was most of the work: a page task in which
 * our mutation observer ran for a fraction of a millisecond (or a rendering update) is the page's.
 */
export function longTasksOfOurs(tasks: readonly OurTask[]): OurTask[] {
  return tasks.filter((t) => t.cpuMs >= 50 && t.oursMs >= t.wallMs / 2);
}
