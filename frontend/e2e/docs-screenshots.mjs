// The README's screenshots: the worker home page in Chinese and Tibetan on a 360x640 phone and the hotline console,
// taken in Debian's Chromium against the built jar. Not a test; run it after a UI change and commit docs/img/.
// Run: node frontend/e2e/docs-screenshots.mjs [backend/target/xinsheng.jar]
import { mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ADMIN_PASSWORD, startXinSheng, launchChromium } from './server.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const jar = resolve(process.argv[2] || process.env.XINSHENG_JAR || join(here, '../../backend/target/xinsheng.jar'))
const out = join(here, '../../docs/img')
mkdirSync(out, { recursive: true })

const server = await startXinSheng(jar)
const browser = await launchChromium()
try {
  for (const [locale, link] of [['zh', /我要投诉/], ['bo', /ཞུ་གཏུག་འབུལ་བ།/]]) {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true })
    const page = await context.newPage()
    await page.goto(`${server.base}/`)
    await page.evaluate((l) => localStorage.setItem('xinsheng.locale', l), locale)
    await page.reload()
    await page.getByRole('link', { name: link }).waitFor()
    await page.evaluate(() => document.fonts.ready)
    await page.screenshot({ path: join(out, `worker-${locale}-360.png`) })
    await context.close()
  }

  const api = async (path, body, token) => (await fetch(`${server.base}/api/v1${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  })).json()
  const admin = await api('/auth/login', { username: 'admin', password: ADMIN_PASSWORD })
  await api('/staff', { username: 'hotline1', role: 'hotline', password: 'correct horse battery' }, admin.access_token)
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await page.goto(`${server.base}/staff/login`)
  await page.getByLabel('用户名').fill('hotline1')
  await page.getByLabel('密码').fill('correct horse battery')
  await page.keyboard.press('Enter')
  await page.waitForURL(/\/staff\/hotline/)
  await page.keyboard.type('来电人说他们8个人在郎木寺镇给包工头马老三盖房子，欠了两个月工资，每人每月5000，老板电话打不通了')
  await page.waitForFunction(() => document.querySelector('#h-amount').value === '80000')
  await page.locator('.preview').getByText('郎木寺镇').waitFor()
  await page.screenshot({ path: join(out, 'hotline-console.png') })
  await context.close()
  console.log(`screenshots written to ${out}`)
} finally {
  await browser.close()
  await server.stop()
}
