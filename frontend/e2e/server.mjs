// Starts the built XinSheng jar on a free loopback port with a fresh embedded database, for browser tests.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import assert from 'node:assert/strict'
import { chromium } from 'playwright-core'

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/**
 * With XINSHENG_E2E_TLS=1 every test reaches the app through nginx with the TLS site of docs/operations.md (a
 * self-signed certificate made here), as a county runs it; `mvn verify` runs the browser tests once that way.
 */
const NGINX_INSTALLED = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].some((p) => existsSync(p))
export const THROUGH_NGINX = process.env.XINSHENG_E2E_TLS === '1' && NGINX_INSTALLED
if (process.env.XINSHENG_E2E_TLS === '1' && !NGINX_INSTALLED) {
  console.warn('XINSHENG_E2E_TLS: nginx is not installed, so this run goes straight to the app (.ci/run installs nginx)')
}
if (THROUGH_NGINX) process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0' // the tests' own fetch calls: the test certificate

/** Debian's Chromium, headless, with nothing of its own on the network. */
export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', ...(THROUGH_NGINX ? ['--ignore-certificate-errors'] : [])],
  })
}

const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so'

/** nginx with the documented site in front of the app on appPort; answers the https base and a stop function. */
async function startNginx(appPort) {
  const dir = mkdtempSync(join(tmpdir(), 'xinsheng-nginx-'))
  const [httpPort, tlsPort] = [await freePort(), await freePort()]
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' })
  const operations = readFileSync(new URL('../../docs/operations.md', import.meta.url), 'utf8')
  const block = operations.slice(operations.indexOf('```nginx\n') + 9)
  let site = block.slice(0, block.indexOf('```'))
    .replace('listen 80;', `listen 127.0.0.1:${httpPort};`)
    .replace('listen 443 ssl http2;', `listen 127.0.0.1:${tlsPort} ssl http2;`)
    .replace('server 127.0.0.1:8080;', `server 127.0.0.1:${appPort};`)
    .replace('/etc/ssl/xinsheng/fullchain.pem', join(dir, 'cert.pem'))
    .replace('/etc/ssl/xinsheng/privkey.pem', join(dir, 'key.pem'))
  const brotli = existsSync(BROTLI_MODULE)
  if (brotli) {
    const after = operations.slice(operations.indexOf('**Brotli**'))
    const lines = after.slice(after.indexOf('```\n') + 4)
    site = site.replace('gzip on;', `${lines.slice(0, lines.indexOf('```')).trim()}\n    gzip on;`)
  }
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `${t}_temp_path ${join(dir, t)};`).join(' ')
  writeFileSync(join(dir, 'nginx.conf'), `${brotli ? `load_module ${BROTLI_MODULE};\n` : ''}`
    + `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;\npid ${join(dir, 'nginx.pid')};\n`
    + `error_log ${join(dir, 'error.log')} warn;\nevents { worker_connections 256; }\n`
    + `http {\n include /etc/nginx/mime.types;\n access_log off;\n ${temps}\n${site}\n}\n`)
  const nginx = spawn('nginx', ['-p', `${dir}/`, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log'),
    '-g', 'daemon off;'], { stdio: 'ignore' })
  const base = `https://127.0.0.1:${tlsPort}`
  const deadline = Date.now() + 20_000
  for (;;) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited: ${readFileSync(join(dir, 'error.log'), 'utf8')}`)
    try {
      if ((await fetch(`${base}/health`)).ok) break
    } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error('nginx did not answer in 20 s')
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    base,
    async stop() {
      nginx.kill('SIGTERM')
      await new Promise((r) => (nginx.exitCode !== null ? r() : nginx.on('exit', r)))
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export const ADMIN_PASSWORD = `e2e-admin-${Math.random().toString(36).slice(2)}`

/**
 * Starts the jar; `env` adds or overrides variables, e.g. { XINSHENG_JURISDICTION: 'yangquan', XINSHENG_DEMO: 'auto' }
 * to run another county on the embedded default with its demo data.
 */
export async function startXinSheng(jar, env = {}) {
  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'xinsheng-e2e-'))
  const log = []
  const child = spawn('java', ['-jar', jar], {
    env: {
      ...process.env,
      PORT: String(port),
      XINSHENG_DEMO: 'false',
      XINSHENG_ADMIN_PASSWORD: ADMIN_PASSWORD,
      XINSHENG_DB_URL: `jdbc:h2:file:${join(dataDir, 'xs')};MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE`,
      // Every browser test reaches the jar from 127.0.0.1: one client for the rate limits, so they are lifted.
      XINSHENG_RATE_FILING: '1000000',
      XINSHENG_RATE_CHAT: '1000000',
      XINSHENG_RATE_TRACKING: '1000000',
      XINSHENG_RATE_ANALYSIS: '1000000',
      ...(THROUGH_NGINX ? { XINSHENG_TRUSTED_PROXIES: '127.0.0.1' } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.on('data', (d) => log.push(String(d)))
  child.stderr.on('data', (d) => log.push(String(d)))
  const direct = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`XinSheng exited early:\n${log.join('')}`)
    try {
      if ((await fetch(`${direct}/health`)).ok) break
    } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error(`XinSheng did not become healthy:\n${log.join('')}`)
    await new Promise((r) => setTimeout(r, 250))
  }
  const proxy = THROUGH_NGINX ? await startNginx(port) : null
  return {
    base: proxy ? proxy.base : direct,
    log,
    async stop() {
      if (proxy) await proxy.stop()
      child.kill('SIGTERM')
      await new Promise((r) => (child.exitCode !== null ? r() : child.on('exit', r)))
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** One JSON call to the API: status, parsed body (null when there is none) and headers. */
export async function apiCall(base, method, path, body, token) {
  const res = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  return { status: res.status, body: await res.json().catch(() => null), headers: res.headers }
}

/** For a test file's before(): checks that the jar and Chromium are there, then starts XinSheng and Chromium. */
export async function startForTests(jar, shots) {
  assert.ok(existsSync(jar), `build the jar first: ${jar}`)
  assert.ok(existsSync(CHROMIUM_PATH), `install Debian's chromium (${CHROMIUM_PATH})`)
  mkdirSync(shots, { recursive: true })
  const server = await startXinSheng(jar)
  return { server, browser: await launchChromium() }
}

/** For a test file's after(): stops what startForTests started (either may be missing if it failed). */
export async function stopAfterTests(server, browser) {
  await browser?.close()
  await server?.stop()
}

/** A phone-sized page that fails the test on any script error; with a locale, the app is switched to it first. */
export async function phonePage(browser, base, locale, viewport = { width: 360, height: 740 }) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, hasTouch: true, isMobile: true })
  const page = await context.newPage()
  page.on('pageerror', (e) => { throw e })
  if (locale) {
    await page.goto(`${base}/`)
    await page.evaluate((l) => localStorage.setItem('xinsheng.locale', l), locale)
  }
  return page
}
