// npm run setup:chromium: the end-to-end tests drive Debian's chromium through playwright-core
// (no browser download). Installs it with apt-get when it is missing and we are root; otherwise
// says what to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const found = CANDIDATES.find((p) => existsSync(p));
if (found) {
  console.log(`chromium is installed at ${found}; the end-to-end tests will use it`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.log(
    `chromium is not installed, so the end-to-end tests (tests/e2e) will be skipped.\n` +
      (hasApt ? 'Install it as root: sudo apt-get update && sudo apt-get install -y chromium\n' : 'Install Debian or Ubuntu\'s chromium package (the tests look for /usr/bin/chromium).\n'),
  );
  process.exit(0);
}
console.log('chromium is missing: installing Debian\'s chromium package with apt-get');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
if (!CANDIDATES.some((p) => existsSync(p))) {
  console.error('apt-get finished but /usr/bin/chromium is still missing');
  process.exit(1);
}
console.log('chromium installed');
