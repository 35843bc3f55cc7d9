// Through nginx with the TLS site of docs/operations.md (the run with XINSHENG_E2E_TLS=1): a worker's phone gets the
// page over HTTPS, the scripts compressed and cached for a year, and files a complaint. Skipped in the direct run.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startXinSheng, launchChromium, THROUGH_NGINX } from './server.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const jar = resolve(process.env.XINSHENG_JAR || join(here, '../../backend/target/xinsheng.jar'))
const skip = THROUGH_NGINX ? false : 'only in the run through nginx (XINSHENG_E2E_TLS=1)'

let server
let browser

before(async () => {
  if (skip) return
  assert.ok(existsSync(jar), `build the jar first: ${jar}`)
  server = await startXinSheng(jar)
  browser = await launchChromium()
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

test('a phone files over HTTPS and gets compressed, cached scripts', { skip }, async () => {
  assert.match(server.base, /^https:/)
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true })
  const page = await context.newPage()
  const scripts = []
  page.on('response', (r) => { if (/\/assets\/.*\.js$/.test(r.url())) scripts.push(r) })
  const home = await page.goto(`${server.base}/file`)
  assert.equal(home.status(), 200)
  assert.equal((await home.allHeaders())['strict-transport-security'], 'max-age=31536000')
  await page.waitForLoadState('networkidle')
  assert.ok(scripts.length > 0, 'the page loads its scripts')
  for (const script of scripts) {
    const headers = await script.allHeaders()
    assert.ok(['br', 'gzip'].includes(headers['content-encoding']), `${script.url()} is compressed: ${headers['content-encoding']}`)
    assert.match(headers['cache-control'], /immutable/)
  }

  await page.locator('#story').fill('我在郎木寺镇工地干了两个月，包工头王某欠我工资一万二千元，一直不给。')
  await page.locator('#phone').fill('13800138000')
  await page.locator('button[type="submit"]').first().click()
  await page.waitForURL(/\/file\/done\//, { timeout: 30_000 })
  assert.match(await page.locator('body').innerText(), /[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{5}/)
  await context.close()
})
