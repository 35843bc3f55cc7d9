// One jurisdiction file drives the web app: Yangquan (Chinese only) shows its own districts and hotline and nothing
// of Luqu; Luqu shows its own in both languages. Screenshots of the form land in frontend/e2e/screenshots/.
// Run: node frontend/e2e/jurisdiction.test.mjs backend/target/xinsheng.jar
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startXinSheng, launchChromium, CHROMIUM_PATH } from './server.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const jar = resolve(process.argv[2] || process.env.XINSHENG_JAR || join(here, '../../backend/target/xinsheng.jar'))
const shots = join(here, 'screenshots')
const PHONE = { width: 360, height: 640 }
const LUQU_TRACES = ['碌曲', '玛艾', '郎木寺', '0941', 'ཀླུ་ཆུ']
const YANGQUAN_DISTRICTS = ['城区', '矿区', '郊区', '平定县', '盂县']

let browser

before(async () => {
  assert.ok(existsSync(jar), `build the jar first: ${jar}`)
  assert.ok(existsSync(CHROMIUM_PATH), `install Debian's chromium (${CHROMIUM_PATH})`)
  mkdirSync(shots, { recursive: true })
  browser = await launchChromium()
})

after(async () => {
  await browser?.close()
})

async function phonePage(server, locale) {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1, hasTouch: true, isMobile: true })
  const page = await context.newPage()
  page.on('pageerror', (e) => { throw e })
  if (locale) {
    await page.goto(`${server.base}/`)
    await page.evaluate((l) => localStorage.setItem('xinsheng.locale', l), locale)
  }
  return page
}

async function text(page) {
  return page.evaluate(() => document.body.innerText + [...document.querySelectorAll('[placeholder]')].map((e) => e.placeholder).join(' '))
}

async function noTraceOfLuqu(page, where) {
  const seen = await text(page)
  for (const word of LUQU_TRACES) assert.ok(!seen.includes(word), `${where} shows ${word}: ${seen}`)
}

/** Types the story and waits until the analyzer has filled the township choice. */
async function tellStory(page, story, township) {
  await page.locator('#story').fill(story)
  await page.waitForFunction((k) => document.querySelector('#township')?.value === k, township, { timeout: 15_000 })
}

describe('Yangquan on the embedded default database, with its demo data', () => {
  let server
  before(async () => {
    server = await startXinSheng(jar, { XINSHENG_JURISDICTION: 'yangquan', XINSHENG_DEMO: 'auto' })
  })
  after(async () => { await server?.stop() })

  test('it starts and files the demo complaints in its own districts', async () => {
    const log = server.log.join('')
    assert.equal((log.match(/Demo complaint filed/g) || []).length, 3, log)
  })

  test('the form offers Yangquan\'s districts, reads 盂县 and routes there; no Tibetan switch, no Luqu', async () => {
    const page = await phonePage(server)
    await page.goto(`${server.base}/file`)
    await page.locator('footer').getByText('0353-2296815').waitFor()
    assert.equal(await page.getByRole('button', { name: 'བོད་ཡིག' }).count(), 0, 'a Chinese-only county offers no Tibetan')
    await tellStory(page, '我在盂县一个工地干活，老板欠我八千', 'yuxian')
    const options = await page.locator('#township option').allTextContents()
    assert.deepEqual(options.slice(1), YANGQUAN_DISTRICTS)
    assert.match(options[0], /不在阳泉市/)
    await noTraceOfLuqu(page, 'the form')
    await page.screenshot({ path: join(shots, 'jurisdiction-yangquan-form-zh.png'), fullPage: true })

    await page.locator('#phone').fill('13800138000')
    await page.getByRole('button', { name: '提交投诉' }).click()
    await page.getByTestId('tracking-code').waitFor()
    await page.getByRole('link', { name: '查看办理进度' }).click()
    await page.locator('.units li', { hasText: '盂县' }).waitFor()
    assert.ok((await text(page)).includes('0353-2296815'))
    await noTraceOfLuqu(page, 'the tracking page')
    await page.screenshot({ path: join(shots, 'jurisdiction-yangquan-track-zh.png'), fullPage: true })
    await page.context().close()
  })

  test('the chat asks for Yangquan\'s districts with buttons from the file and gives its hotline', async () => {
    const page = await phonePage(server)
    await page.goto(`${server.base}/chat`)
    await page.locator('.messages li.bot').first().waitFor()
    assert.equal(await page.locator('.quick button[data-value="#lang:bo"]').count(), 0)
    await page.locator('#chat-input').fill('老板欠我们工资一直不给')
    await page.keyboard.press('Enter')
    for (let turn = 0; turn < 10 && !(await page.locator('.quick button[data-value="yuxian"]').count()); turn++) {
      const before = await page.locator('.messages li.bot').count()
      const skip = ['#skip', '#unknown'].map((v) => page.locator(`.quick button[data-value="${v}"]`))
      if (await page.locator('#chat-input[inputmode=tel]').count()) {
        await page.locator('#chat-input').fill('13912345678')
        await page.keyboard.press('Enter')
      } else if (await skip[0].count()) await skip[0].click()
      else if (await skip[1].count()) await skip[1].click()
      else {
        await page.locator('#chat-input').fill('3')
        await page.keyboard.press('Enter')
      }
      await page.waitForFunction((n) => document.querySelectorAll('.messages li.bot').length > n, before)
      await page.waitForTimeout(150)
    }
    const buttons = await page.locator('.quick button').allTextContents()
    for (const district of YANGQUAN_DISTRICTS) assert.ok(buttons.includes(district), `${district} in ${buttons}`)
    assert.ok((await text(page)).includes('阳泉市'))
    await page.locator('#chat-input').fill('帮助')
    await page.keyboard.press('Enter')
    await page.locator('.messages li.bot', { hasText: '0353-2296815' }).first().waitFor()
    await noTraceOfLuqu(page, 'the chat')
    await page.screenshot({ path: join(shots, 'jurisdiction-yangquan-chat-zh.png'), fullPage: true })
    await page.context().close()
  })
})

describe('Luqu, in both of its languages', () => {
  let server
  before(async () => { server = await startXinSheng(jar) })
  after(async () => { await server?.stop() })

  for (const [locale, story, county] of [
    ['zh', '我们5个人在郎木寺镇盖房子，包工头王某欠了两个月工资', '0941-6622916'],
    ['bo', 'ང་ཚོ་མི་ལྔས་སྟག་ཚང་ལྷ་མོར་ཁང་པ་བརྩིགས། ཟླ་བ་གཉིས་ཀྱི་གླ་ཕོགས་སྒོར་ ༣༠༠༠༠ མ་སྤྲད།', 'ཀླུ་ཆུ་རྫོང'],
  ]) {
    test(`the form offers Luqu's townships and hotline (${locale})`, async () => {
      const page = await phonePage(server, locale)
      await page.goto(`${server.base}/file`)
      await page.locator('footer', { hasText: '0941-6622916' }).waitFor()
      assert.equal(await page.getByRole('button', { name: 'བོད་ཡིག' }).count(), 1)
      await tellStory(page, story, 'langmusi')
      const options = await page.locator('#township option').allTextContents()
      assert.equal(options.length, 8)
      assert.ok(options[0].includes(county === '0941-6622916' ? '碌曲县' : county), options[0])
      assert.ok((await text(page)).includes(county))
      await page.evaluate(() => document.fonts.ready)
      await page.screenshot({ path: join(shots, `jurisdiction-luqu-form-${locale}.png`), fullPage: true })
      await page.context().close()
    })
  }
})
