// Browser tests: Debian's Chromium, driven by playwright-core, against the built jar.
// Run: node frontend/e2e/browser.test.mjs backend/target/xinsheng.jar   (screenshots land in frontend/e2e/screenshots/)
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startForTests, stopAfterTests, phonePage as openPhonePage } from './server.mjs'
import { checkSymbolFor } from '../src/trackingCode.js'

const here = dirname(fileURLToPath(import.meta.url))
const jar = resolve(process.argv[2] || process.env.XINSHENG_JAR || join(here, '../../backend/target/xinsheng.jar'))
const shots = join(here, 'screenshots')
const PHONE = { width: 360, height: 740 }

let server
let browser

before(async () => { ({ server, browser } = await startForTests(jar, shots)) })
after(() => stopAfterTests(server, browser))

function phonePage(locale) {
  return openPhonePage(browser, server.base, locale, PHONE)
}

async function shot(page, name) {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true })
}

async function noHorizontalScroll(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`)
}

describe('worker pages on a 360px phone', () => {
  test('home page in both languages, the choice remembered and <html lang> set', async () => {
    const page = await phonePage()
    await page.goto(`${server.base}/`)
    assert.equal(await page.getAttribute('html', 'lang'), 'zh')
    await page.getByRole('link', { name: /我要投诉/ }).waitFor()
    await noHorizontalScroll(page)
    await shot(page, 'home-zh')

    await page.getByRole('button', { name: 'བོད་ཡིག' }).click()
    assert.equal(await page.getAttribute('html', 'lang'), 'bo')
    await page.reload()
    assert.equal(await page.getAttribute('html', 'lang'), 'bo')
    await page.getByRole('link', { name: /ཞུ་གཏུག་འབུལ་བ།/ }).waitFor()
    await page.evaluate(() => document.fonts.ready)
    await noHorizontalScroll(page)
    await shot(page, 'home-bo')
    await page.context().close()
  })

  test('filing a complaint shows a tracking code that the track page finds', async () => {
    const page = await phonePage('zh')
    await page.goto(`${server.base}/file`)
    await page.getByLabel('发生了什么？').fill('我们5个人在郎木寺镇盖房子，包工头王某欠了两个月工资，一共三万多。')
    await page.getByLabel('手机号码').fill('138 0013 8000')
    // a 1200x900 photo made on the spot, to be shrunk and uploaded after filing
    const png = await page.evaluate(async () => {
      const c = Object.assign(document.createElement('canvas'), { width: 1200, height: 900 })
      const g = c.getContext('2d'); g.fillStyle = '#c33'; g.fillRect(0, 0, 1200, 900); g.fillStyle = '#fff'; g.fillText('欠条', 50, 50)
      return [...new Uint8Array(await (await new Promise((r) => c.toBlob(r, 'image/png'))).arrayBuffer())]
    })
    await page.locator('#photos').setInputFiles({ name: 'iou.png', mimeType: 'image/png', buffer: Buffer.from(png) })
    await page.locator('.photos img').waitFor()
    const uploaded = page.waitForResponse((r) => r.url().includes('/evidence') && r.request().method() === 'POST')
    await shot(page, 'file-zh')
    await page.getByRole('button', { name: '提交投诉' }).click()
    const code = (await page.getByTestId('tracking-code').textContent()).trim()
    assert.match(code, /^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{5}$/)
    assert.equal((await uploaded).status(), 201, 'the photo was stored with the complaint')
    await noHorizontalScroll(page)
    await shot(page, 'filed-zh')

    await page.getByRole('link', { name: '查看办理进度' }).click()
    await page.getByText('已登记').first().waitFor()
    assert.ok(!(await page.content()).includes('13800138000'), 'the public page shows no phone')
    await shot(page, 'track-zh')
    await page.context().close()
  })

  test('a bad phone number is explained and nothing is filed', async () => {
    const page = await phonePage('zh')
    let posts = 0
    page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/api/v1/complaints')) posts++ })
    await page.goto(`${server.base}/file`)
    await page.getByLabel('发生了什么？').fill('老板欠我工资')
    await page.getByLabel('手机号码').fill('12345')
    await page.getByRole('button', { name: '提交投诉' }).click()
    await page.getByText('请填写11位手机号码').first().waitFor()
    assert.equal(posts, 0)
    await page.context().close()
  })

  test('a draft survives a reload and an offline submit is sent once when back online', async () => {
    const page = await phonePage('bo')
    await page.goto(`${server.base}/file`)
    const story = 'ང་ཚོ་མི་བཞི་ལ་ཟླ་བ་གསུམ་གྱི་གླ་ཕོགས་སྒོར་ ༡༢༠༠༠ མ་སྤྲད།'
    await page.locator('#story').fill(story)
    await page.locator('#phone').fill('13912345678')
    await page.reload()
    assert.equal(await page.locator('#story').inputValue(), story)

    let posts = 0
    page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/api/v1/complaints')) posts++ })
    await page.context().setOffline(true)
    await page.getByRole('button', { name: 'ཞུ་གཏུག་འབུལ།' }).click()
    await page.locator('.notice').waitFor()
    await page.evaluate(() => document.fonts.ready)
    await shot(page, 'offline-bo')
    await page.context().setOffline(false)
    await page.evaluate(() => window.dispatchEvent(new Event('online')))
    await page.getByTestId('tracking-code').waitFor()
    await shot(page, 'filed-bo')
    assert.ok(posts >= 1)
    const code = (await page.getByTestId('tracking-code').textContent()).trim()
    const res = await fetch(`${server.base}/api/v1/complaints/${code}`)
    assert.equal(res.status, 200)
    await page.context().close()
  })

  for (const [locale, story] of [
    ['zh', '我们8个人在郎木寺镇给包工头马老三盖房子，欠了两个月工资，每人每月5000'],
    ['bo', 'ང་ཚོ་མི་བརྒྱད་ཀྱིས་སྟག་ཚང་ལྷ་མོར་ཁང་པ་བརྩིགས། ཟླ་བ་གཉིས་ཀྱི་གླ་ཕོགས་སྒོར་ ༨༠༠༠༠ མ་སྤྲད།'],
  ]) {
    test(`the chatbot takes a complaint to a tracking code (${locale})`, async () => {
      const page = await phonePage(locale)
      await page.goto(`${server.base}/chat`)
      await page.locator('.messages li.bot').first().waitFor()
      await page.locator('#chat-input').fill(story)
      await page.keyboard.press('Enter')
      for (let turn = 0; turn < 12; turn++) {
        await page.waitForFunction((n) => document.querySelectorAll('.messages li.bot').length > n || document.querySelector('[data-testid=tracking-code]'),
          await page.locator('.messages li.bot').count() - 1)
        await page.waitForTimeout(150)
        if (await page.getByTestId('tracking-code').count()) break
        const button = ['#yes', '#skip', '#unknown'].map((v) => page.locator(`.quick button[data-value="${v}"]`))
        const township = page.locator('.quick button[data-value="langmusi"]')
        const before = await page.locator('.messages li.bot').count()
        if (await button[0].count()) await button[0].click()
        else if (await button[1].count()) await button[1].click()
        else if (await township.count()) await township.click()
        else if (await page.locator('#chat-input[inputmode=tel]').count()) {
          await page.locator('#chat-input').fill('13912345678')
          await page.keyboard.press('Enter')
        } else if (await button[2].count()) await button[2].click()
        else assert.fail(`stuck at: ${await page.locator('.messages li.bot').last().textContent()}`)
        await page.waitForFunction((n) => document.querySelectorAll('.messages li.bot').length > n, before)
      }
      const code = (await page.getByTestId('tracking-code').textContent()).trim()
      assert.match(code, /^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{5}$/)
      await page.evaluate(() => document.fonts.ready)
      await noHorizontalScroll(page)
      await shot(page, `chat-${locale}`)
      const view = await (await fetch(`${server.base}/api/v1/complaints/${code}`)).json()
      assert.equal(view.status, 'assigned')
      await page.context().close()
    })
  }

  test('worker pages work at 200% zoom on a laptop (640 CSS px) without sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 })
    const page = await context.newPage()
    for (const path of ['/', '/file', '/chat', '/track']) {
      await page.goto(`${server.base}${path}`)
      await page.locator('h1').first().waitFor()
      await noHorizontalScroll(page)
    }
    await page.goto(`${server.base}/file`)
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.tagName)
    assert.ok(['A', 'BUTTON'].includes(focused), `keyboard focus starts in the header, got ${focused}`)
    for (const input of await page.locator('main input, main textarea, main select').all()) {
      const id = await input.getAttribute('id')
      assert.ok(id && (await page.locator(`label[for="${id}"]`).count()) === 1, `input ${id} has a label`)
    }
    await context.close()
  })

  test('the worker pages load at most 150 KB of JS and CSS, gzipped', async () => {
    const page = await phonePage('zh')
    let encoded = 0
    const seen = new Set()
    for (const path of ['/', '/file', '/track']) {
      await page.goto(`${server.base}${path}`)
      await page.waitForLoadState('networkidle')
      const sizes = await page.evaluate(() => performance.getEntriesByType('resource')
        .filter((e) => /\.(js|css)$/.test(new URL(e.name).pathname))
        .map((e) => [e.name, e.encodedBodySize]))
      for (const [name, size] of sizes) if (!seen.has(name)) { seen.add(name); encoded += size }
    }
    console.log(`# worker pages: ${seen.size} JS/CSS files, ${(encoded / 1024).toFixed(1)} KB as sent`)
    assert.ok(encoded > 10 * 1024, 'measured something')
    assert.ok(encoded <= 150 * 1024, `${(encoded / 1024).toFixed(1)} KB`)
    await page.context().close()
  })

  test('a mistyped tracking code gets a helpful message in Tibetan', async () => {
    const page = await phonePage('bo')
    await page.goto(`${server.base}/track`)
    const payload = 'ABCDEFGHJKLM'
    const wrong = checkSymbolFor(payload) === 'Z' ? 'Y' : 'Z'
    await page.locator('#code').fill(`${payload}${wrong}`)
    await page.getByRole('button', { name: 'འཚོལ།' }).click()
    await page.getByText('ཡིག་འབྲུ་གཅིག་ནོར་འདུག').waitFor()
    await page.evaluate(() => document.fonts.ready)
    await noHorizontalScroll(page)
    await shot(page, 'track-typo-bo')
    await page.context().close()
  })
})
