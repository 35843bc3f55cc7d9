// The worker's chat on a 360x640 phone, in Chinese and Tibetan (issue #15): after every turn the newest bot message
// and all its buttons are fully on screen, not under the sticky input box; a reload keeps the visible history; the
// input's placeholder says what is asked; there is one "start again" control.
// Run: cd frontend && XINSHENG_JAR=../backend/target/xinsheng.jar node --test e2e/chat.test.mjs
// A screenshot of each turn lands in frontend/e2e/screenshots/chat-turns/ (the viewport, as the worker sees it).
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startForTests, stopAfterTests, phonePage as openPhonePage } from './server.mjs'
import zh from '../src/locales/zh.json' with { type: 'json' }
import bo from '../src/locales/bo.json' with { type: 'json' }

const here = dirname(fileURLToPath(import.meta.url))
const jar = resolve(process.env.XINSHENG_JAR || join(here, '../../backend/target/xinsheng.jar'))
const shots = join(here, 'screenshots', 'chat-turns')
const PHONE = { width: 360, height: 640 }
const BUNDLES = { zh, bo }

// Each turn: what the worker types ("type") or presses ("press", a button value), and the step asked next.
const DIALOGUES = {
  zh: [
    { type: '老板欠我们工资不给', next: 'employer' },
    { type: '公司名字不知道，老板姓马，叫马老板', next: 'amount' },
    { type: '两万八', next: 'workers' },
    { type: '7个人', next: 'township' },
    { press: 'langmusi', next: 'phone' },
    { type: '不对，是九个人', next: 'phone' },
    { reload: true, next: 'phone' },
    { type: '13912345678', next: 'name' },
    { press: '#skip', next: 'confirm' },
    { press: '#yes', next: 'done' },
  ],
  bo: [
    { type: 'ལས་བདག་གིས་ང་ཚོར་གླ་ཕོགས་སྤྲད་མེད།', next: 'employer' },
    { type: 'ཀུང་སིའི་མིང་མི་ཤེས། ལས་དཔོན་ཚེ་རིང་རེད།', next: 'amount' },
    { type: 'ཁྲི་གསུམ', next: 'workers' },
    { type: 'མི་བདུན', next: 'township' },
    { press: 'langmusi', next: 'phone' },
    { type: 'ནོར་སོང་། མི་དགུ་རེད།', next: 'phone' },
    { reload: true, next: 'phone' },
    { type: '13912345679', next: 'name' },
    { press: '#skip', next: 'confirm' },
    { press: '#yes', next: 'done' },
  ],
}

let server
let browser

before(async () => { ({ server, browser } = await startForTests(jar, shots)) })
after(() => stopAfterTests(server, browser))

function phonePage(locale) {
  return openPhonePage(browser, server.base, locale, PHONE)
}

/** Waits until the page has answered a turn: more bot messages than before, nothing pending, layout settled. */
async function answered(page, botsBefore) {
  await page.waitForFunction((n) => document.querySelectorAll('.messages li.bot').length > n
    && !document.querySelector('.quick button:disabled, [data-testid=start-again]:disabled'), botsBefore)
  await page.evaluate(() => document.fonts.ready)
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
}

/** What of the newest bot message and of each button is outside the part of the window the input box leaves free. */
async function hiddenParts(page) {
  return page.evaluate(() => {
    const composer = document.querySelector('.chat .composer')
    const free = composer ? composer.getBoundingClientRect().top : window.innerHeight
    const out = []
    const check = (el, what) => {
      const r = el.getBoundingClientRect()
      if (r.top < 0 || r.bottom > free + 0.5 || r.bottom > window.innerHeight) {
        out.push(`${what} spans ${Math.round(r.top)}..${Math.round(r.bottom)}, free area 0..${Math.round(free)}`)
      }
    }
    const bots = document.querySelectorAll('.messages li.bot')
    check(bots[bots.length - 1], 'newest bot message')
    document.querySelectorAll('.quick button').forEach((b) => check(b, `button ${b.dataset.value}`))
    const code = document.querySelector('[data-testid=tracking-code]')
    if (code) check(code, 'tracking code')
    return out
  })
}

async function expecting(page, bundle, step) {
  if (step === 'done') {
    await page.getByTestId('tracking-code').waitFor()
    const shown = (await page.getByTestId('tracking-code').innerText()).replace(/-/g, '')
    const mine = await page.evaluate(() => JSON.parse(localStorage.getItem('xinsheng.mine') || '[]').map((c) => c.code))
    assert.ok(mine.some((c) => c.replace(/-/g, '') === shown), `the chat's complaint is in this phone's list: ${mine}`)
    return
  }
  const placeholder = await page.locator('#chat-input').getAttribute('placeholder')
  assert.equal(placeholder, bundle.chat.placeholderFor[step], `the placeholder says what is asked (${step})`)
}

describe('the chat at 360x640: the newest question and its buttons stay on screen', () => {
  for (const locale of ['zh', 'bo']) {
    test(`every turn in ${locale}`, async () => {
      const bundle = BUNDLES[locale]
      const page = await phonePage(locale)
      await page.goto(`${server.base}/chat`)
      await answered(page, 0)
      assert.deepEqual(await hiddenParts(page), [], 'the opening question')
      await expecting(page, bundle, 'story')
      await page.screenshot({ path: join(shots, `${locale}-00-opening.png`) })
      let turn = 0
      for (const step of DIALOGUES[locale]) {
        turn++
        const bots = await page.locator('.messages li.bot').count()
        if (step.reload) {
          const said = await page.locator('.messages li').allTextContents()
          await page.reload()
          await answered(page, bots)
          const now = await page.locator('.messages li').allTextContents()
          assert.deepEqual(now.slice(0, said.length), said, 'a reload keeps the visible history')
        } else if (step.press) {
          await page.locator(`.quick button[data-value="${step.press}"]`).click()
          await answered(page, bots)
        } else {
          await page.locator('#chat-input').fill(step.type)
          await page.keyboard.press('Enter')
          await answered(page, bots)
        }
        const name = `${locale}-${String(turn).padStart(2, '0')}-${step.next}${step.reload ? '-reloaded' : ''}`
        await page.screenshot({ path: join(shots, `${name}.png`) })
        assert.deepEqual(await hiddenParts(page), [], `after turn ${turn} (${name})`)
        await expecting(page, bundle, step.next)
        assert.equal(await page.locator('.quick button[data-value="#restart"]').count(), 0, 'no second restart')
        assert.equal(await page.getByText(bundle.chat.restart, { exact: true }).count(), 1, 'one start-again control')
      }
      await page.context().close()
    })
  }

  test('start again begins a new complaint in the same conversation, history kept', async () => {
    const page = await phonePage('zh')
    await page.goto(`${server.base}/chat`)
    await answered(page, 0)
    let bots = await page.locator('.messages li.bot').count()
    await page.locator('#chat-input').fill('我们5个人在郎木寺镇修路，包工头王某欠工资三万五')
    await page.keyboard.press('Enter')
    await answered(page, bots)
    bots = await page.locator('.messages li.bot').count()
    const before = await page.locator('.messages li').count()
    await page.getByTestId('start-again').click()
    await answered(page, bots)
    assert.ok(await page.locator('.messages li').count() > before, 'the earlier messages stay on screen')
    await expecting(page, zh, 'story')
    assert.deepEqual(await hiddenParts(page), [])
    await page.context().close()
  })
})
