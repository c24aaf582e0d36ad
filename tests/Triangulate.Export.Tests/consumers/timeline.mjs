// Loads a TimelineJS 3 JSON file into TimelineJS itself (@knight-lab/timelinejs) in headless Chromium (Debian's
// /usr/bin/chromium, or $CHROMIUM), from a page on disk that loads the package's own script and style sheets, as a
// newsroom's page would, offline: every request that is not a local file is refused and counted. Prints what TimelineJS
// made of it: {"ready", "configErrors", "warnings", "pageErrors", "consoleErrors", "requests", "events", "slides",
// "titleSlide", "headlines", "dialogs"}.
// Usage: node timeline.mjs FILE.json
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const dist = join(dirname(require.resolve('@knight-lab/timelinejs/package.json')), 'dist');
const data = JSON.parse(readFileSync(process.argv[2], 'utf8'));

const work = mkdtempSync(join(tmpdir(), 'triangulate-timelinejs-'));
const profile = join(work, 'profile');
const page = join(work, 'index.html');
const distUrl = pathToFileURL(dist).href;
writeFileSync(page, '<!DOCTYPE html><html><head><meta charset="utf-8">'
  + `<link rel="stylesheet" href="${distUrl}/css/timeline.css"><script src="${distUrl}/js/timeline.js"></script></head>`
  + '<body><div id="timeline-embed" style="width:1100px;height:700px"></div></body></html>');
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1200, height: 800 },
});
const result = { pageErrors: [], consoleErrors: [], requests: [], dialogs: [] };
try {
  const tab = context.pages()[0] ?? await context.newPage();
  tab.on('pageerror', (e) => result.pageErrors.push(String(e)));
  tab.on('dialog', (d) => { result.dialogs.push(d.message()); d.dismiss(); });
  tab.on('console', (m) => { if (m.type() === 'error') result.consoleErrors.push(m.text()); });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    result.requests.push(url);
    return route.abort();
  });
  await tab.goto(pathToFileURL(page).href);
  Object.assign(result, await tab.evaluate(async ([json, scriptPath]) => {
    const timeline = new TL.Timeline('timeline-embed', json, { script_path: scriptPath, hash_bookmark: false });
    // TimelineJS reads its configuration asynchronously (language first): wait until it is ready or has failed.
    for (let i = 0; i < 100 && !timeline.ready && !(timeline.config && !timeline.config.isValid()); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 300));
    const slides = timeline._storyslider?._slides ?? [];
    return {
      ready: timeline.ready === true,
      configErrors: timeline.config === null ? ['no configuration read'] : timeline.config.getErrors().map((e) => (e.message_key ? `${e.message_key} ${e.detail ?? ''}` : String(e))),
      warnings: timeline.config?.messages?.warnings?.map(String) ?? [],
      events: timeline.config?.events?.length ?? 0,
      slides: slides.length,
      titleSlide: Boolean(timeline.config?.title),
      renderedSlides: document.querySelectorAll('.tl-storyslider .tl-slide').length,
      headlines: slides.map((s) => s.data?.text?.headline ?? ''),
    };
  }, [data, `${distUrl}/js/`]));
} finally {
  await context.close();
  rmSync(work, { recursive: true, force: true });
}
console.log(JSON.stringify(result));
