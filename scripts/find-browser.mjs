// Which Chromium the tests run in, found the way a developer expects: CHROME_PATH if set, else an
// installed Chrome, Chromium or Edge (chrome-launcher's search, plus the Edge and Chromium paths it
// does not know), else the Chromium that @sparticuz/chromium ships inside its npm package, so that a
// machine with only Node needs nothing more. Run directly, it prints the browser it found.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Launcher } from 'chrome-launcher';

// Debian's /usr/bin/chromium is a shell wrapper that adds extensions flags and prints a warning of
// its own; the binary behind it is the same browser without them.
const UNWRAPPED = { '/usr/bin/chromium': '/usr/lib/chromium/chromium' };

/** Places chrome-launcher does not look: Edge everywhere, Chromium on macOS and Windows. */
function extraInstallations() {
  if (process.platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (process.platform === 'win32') {
    const roots = [process.env.LOCALAPPDATA, process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)']].filter(
      Boolean,
    );
    return roots.flatMap((root) => [
      join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      join(root, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  return [
    '/usr/lib/chromium/chromium',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/opt/microsoft/msedge/msedge',
  ];
}

function installed() {
  let found = [];
  try {
    found = Launcher.getInstallations();
  } catch {
    // chrome-launcher throws where it cannot search (an unknown platform); the other paths still count.
  }
  return [...found, ...extraInstallations()].map((p) => UNWRAPPED[p] ?? p).find((p) => existsSync(p));
}

/** The browser's own version line ("Chromium 156.0.8078.108"), or undefined where it prints none (Windows). */
export function browserVersion(path) {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 15000 });
  const line = (result.stdout ?? '').trim().split('\n').pop();
  return line || undefined;
}

let found;

/**
 * The Chromium to test in: `{ path, version, how }`, where `how` says why this one was chosen.
 * Throws, with what to do, when there is none to be had.
 */
export async function findBrowser() {
  if (found) return found;
  let path;
  let how;
  if (process.env.CHROME_PATH) {
    path = process.env.CHROME_PATH;
    how = 'CHROME_PATH';
    if (!existsSync(path)) throw new Error(`CHROME_PATH is ${path}, which does not exist.`);
  } else if ((path = installed())) {
    how = 'installed';
  } else if (process.platform === 'linux' && process.arch === 'x64') {
    const chromium = (await import('@sparticuz/chromium')).default;
    path = await chromium.executablePath();
    how = 'from the npm package @sparticuz/chromium';
  } else {
    throw new Error('No Chrome, Chromium or Edge was found. Install one, or set CHROME_PATH to its executable.');
  }
  found = { path, version: browserVersion(path) ?? 'version unknown', how };
  return found;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const b = await findBrowser();
    console.log(`Browser: ${b.version} (${b.how}: ${b.path})`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
