/**
 * The machine's Chromium or Chrome (scripts/browser-path.ts: Debian's chromium,
 * Chrome on Linux, macOS or Windows, or CHROMIUM_PATH) driven by
 * playwright-core: headless, no sandbox (CI runs as root), background
 * networking off, a fresh profile per launch. Nothing here downloads a
 * browser; a missing one fails with how to install it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { findBrowser, installAdvice } from '../../scripts/browser-path.ts';

/** What axe checks on every screen: WCAG 2.2 AA and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Puts axe-core into every page and frame the context opens, before the page's own scripts (and
 * outside its CSP). Sent to the browser once per context: @axe-core/playwright sends the 550 kB
 * script with every check and finishes each in a new blank page, which took 1.65 s of a page's
 * check where this takes 0.35 s.
 */
export async function withAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: AXE_SOURCE });
}

/** axe's violations of AXE_TAGS on the page as it is now (the page's context went through withAxe). */
export async function axeViolations(page: Page): Promise<AxeResults['violations']> {
  const options: RunOptions = { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] };
  return page.evaluate(async (runOptions) => {
    const { axe } = window as unknown as { axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> } };
    if (!axe) throw new Error(`axe-core is not in ${location.href}: open the page in a context that went through withAxe`);
    return (await axe.run(document, runOptions)).violations;
  }, options);
}

export const CHROMIUM = findBrowser();

/** `extraArgs`: more Chromium switches, e.g. `--disable-back-forward-cache` to have Back load a page anew. */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  if (!CHROMIUM || !existsSync(CHROMIUM)) {
    throw new Error(`Geen Chromium of Chrome gevonden${CHROMIUM ? ` op ${CHROMIUM}` : ''}. ${installAdvice()}`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions', ...extraArgs],
  });
}

export interface Guarded {
  context: BrowserContext;
  /** Requests to any origin but the site's own, which were blocked. */
  foreign: string[];
  /** CSP violations reported by the page (securitypolicyviolation events). */
  cspViolations: string[];
  /** Uncaught errors and console errors. */
  errors: string[];
}

/**
 * A fresh context that blocks and records every request to another origin,
 * and records CSP violations and errors on every page opened in it.
 */
export async function guardedContext(browser: Browser, origin: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Guarded> {
  const context = await browser.newContext(options);
  const guarded: Guarded = { context, foreign: [], cspViolations: [], errors: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    guarded.foreign.push(url);
    return route.abort();
  });
  await context.exposeBinding('__reportCsp', (_source, text: string) => guarded.cspViolations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp(t: string): void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI} ${location.pathname}`);
    });
  });
  context.on('page', (page) => watch(page, guarded));
  return guarded;
}

function watch(page: Page, guarded: Guarded) {
  page.on('pageerror', (error) => guarded.errors.push(`${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') guarded.errors.push(`${page.url()}: ${message.text()}`);
  });
}

/** Visible focus: the focused element draws an outline or a box shadow. */
export async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return outline || (style.boxShadow !== 'none' && style.boxShadow !== '');
  });
}
