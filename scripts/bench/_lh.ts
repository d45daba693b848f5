import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
const chrome = await launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const r = await lighthouse(process.argv[2], { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
const a = r!.lhr.audits;
console.log('score', r!.lhr.categories.performance.score);
for (const k of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index', 'interactive']) console.log(k, a[k].displayValue);



for (const k of ['render-blocking-insight', 'lcp-breakdown-insight', 'network-dependency-tree-insight', 'document-latency-insight', 'render-blocking-resources', 'bootup-time', 'mainthread-work-breakdown', 'unused-javascript']) console.log(k, a[k]?.displayValue, JSON.stringify((a[k]?.details as any)?.items?.slice(0, 4)?.map((i: any) => [i.url ?? i.group ?? i.groupLabel, Math.round(i.wastedMs ?? i.duration ?? i.total ?? 0)])));
chrome.kill();
