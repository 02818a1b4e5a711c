// What every browser test needs: a hipfit server on loopback with a fresh database and a fixed date,
// and Debian's chromium driven by playwright-core. Screenshots go to $HIPFIT_SCREENSHOTS (a folder for
// people to look at), one per page and size.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const TODAY = '2026-11-23'; // a Monday: a training day for the default Mon/Wed/Fri program
export const PHONE = { width: 360, height: 780 };
export const DESKTOP = { width: 1280, height: 860 };

const binary = process.env.HIPFIT_BINARY;
const screenshots = process.env.HIPFIT_SCREENSHOTS;
const browserPath = process.env.HIPFIT_CHROMIUM ?? '/usr/bin/chromium';

// Starts `hipfit serve` on a free loopback port; resolves once it prints the address it serves.
export async function startServer() {
  if (!binary) throw new Error('HIPFIT_BINARY is not set (ctest sets it)');
  const dir = mkdtempSync(join(tmpdir(), 'hipfit-browser-'));
  const child = spawn(binary, ['serve', '--listen', '127.0.0.1:0', '--db', join(dir, 'hipfit.db')], {
    env: { ...process.env, HIPFIT_TODAY: TODAY },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // No deadline of its own: a busy machine may take its time, and a server that never says where it
  // serves is caught by the test's own timeout (ctest's).
  const url = await new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const found = output.match(/hipfit serves (http:\/\/127\.0\.0\.1:\d+)/);
      if (found) resolve(found[1]);
    });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('exit', (code) => reject(new Error(`hipfit serve exited with ${code}: ${output}`)));
  });
  return {
    url,
    dir,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => { child.kill('SIGKILL'); resolve(); }, 12000);
        child.on('exit', () => { clearTimeout(timer); resolve(); });
      });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: browserPath,
    headless: true,
    // Root in CI has no user namespace for the sandbox; the pages are our own, on loopback.
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
}

// A page of the given size that fails the test on any error in the page's console or scripts.
export async function openPage(browser, viewport, errors) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'allow' });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  return { context, page };
}

export async function screenshot(page, name) {
  if (!screenshots) return;
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

// A test file's server and browser, started before its tests and stopped after them.
export async function startServerAndBrowser() {
  return { server: await startServer(), browser: await launchBrowser() };
}

export async function stopServerAndBrowser(server, browser) {
  await browser?.close();
  await server?.stop();
}
