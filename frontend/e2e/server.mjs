// Starts the built XinSheng jar on a free loopback port with a fresh embedded database, for browser tests.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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

/** Debian's Chromium, headless, with nothing of its own on the network. */
export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  })
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
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.on('data', (d) => log.push(String(d)))
  child.stderr.on('data', (d) => log.push(String(d)))
  const base = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`XinSheng exited early:\n${log.join('')}`)
    try {
      if ((await fetch(`${base}/health`)).ok) break
    } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error(`XinSheng did not become healthy:\n${log.join('')}`)
    await new Promise((r) => setTimeout(r, 250))
  }
  return {
    base,
    log,
    async stop() {
      child.kill('SIGTERM')
      await new Promise((r) => (child.exitCode !== null ? r() : child.on('exit', r)))
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
