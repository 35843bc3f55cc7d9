// Browser tests of the worker's form, confirmation and tracking at 360x640, in Chinese and Tibetan.
// Run: XINSHENG_JAR=../backend/target/xinsheng.jar node --test e2e/worker.test.mjs (screenshots in e2e/screenshots/)
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ADMIN_PASSWORD, startForTests, stopAfterTests, phonePage as openPhonePage } from './server.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const jar = resolve(process.env.XINSHENG_JAR || join(here, '../../backend/target/xinsheng.jar'))
const shots = join(here, 'screenshots')
const PHONE = { width: 360, height: 640 }
const LABELS = {
  zh: { submit: '提交投诉', story: '发生了什么？', phone: '手机号码', track: '查看办理进度' },
  bo: { submit: 'ཞུ་གཏུག་འབུལ།', story: 'དོན་དག་ཅི་ཞིག་བྱུང་ངམ།', phone: 'ཁ་པར་ཨང་གྲངས།', track: 'ལས་དོན་གྱི་བྱ་རིམ་ལྟ་བ།' },
}

let server
let browser
let admin

async function call(method, path, body, token) {
  const res = await fetch(`${server.base}/api/v1${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : null }
}

/** Files a water-works complaint in Xicang in the given language and returns its tracking code. */
async function fileByApi(language, phone = '13912345678') {
  const res = await fetch(`${server.base}/api/v1/complaints`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `worker-e2e-${Math.random()}` },
    body: JSON.stringify({ text: '西仓镇水渠工地老板欠我们4个人工资', phone, language, township: 'xicang', wageArrears: true,
      sector: 'water', amountYuan: 80000, workers: 4, absconded: false }),
  })
  assert.equal(res.status, 201)
  return (await res.json()).trackingCode
}

async function resolveByApi(code) {
  for (const action of [{ action: 'accept' }, { action: 'verified', note: '属实' },
    { action: 'resolve', route: 'mediation', amountRecoveredYuan: 80000, workersPaid: 4 }]) {
    const res = await call('POST', `/cases/${code}/actions`, action, admin)
    assert.equal(res.status, 200, JSON.stringify(res.body))
  }
}

before(async () => {
  ({ server, browser } = await startForTests(jar, shots))
  const login = await call('POST', '/auth/login', { username: 'admin', password: ADMIN_PASSWORD })
  assert.equal(login.status, 200)
  admin = login.body.access_token
})
after(() => stopAfterTests(server, browser))

function phonePage(locale) {
  return openPhonePage(browser, server.base, locale, PHONE)
}

async function shot(page, name) {
  await page.evaluate(() => document.fonts.ready)
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true })
}

const activeTestId = (page) => page.evaluate(() => document.activeElement?.dataset?.testid || document.activeElement?.id)

for (const locale of ['zh', 'bo']) {
  describe(`the worker's form in ${locale}`, () => {
    test('an empty submit focuses the error summary, whose links lead to the fields; errors go as fields are fixed', async () => {
      const page = await phonePage(locale)
      await page.goto(`${server.base}/file`)
      await page.getByRole('button', { name: LABELS[locale].submit }).click()

      const summary = page.getByTestId('error-summary')
      await summary.waitFor()
      assert.equal(await activeTestId(page), 'error-summary')
      assert.equal(await summary.getByRole('link').count(), 2)
      assert.equal(await page.locator('#story').getAttribute('aria-invalid'), 'true')
      const box = await summary.boundingBox()
      assert.ok(box.y >= 0 && box.y + box.height <= PHONE.height, 'the summary is on screen')
      await shot(page, `worker-errors-${locale}`)

      await summary.getByRole('link').nth(1).click()
      assert.equal(await activeTestId(page), 'phone')
      await page.locator('#story').fill('老板欠我工资')
      await page.locator('#story-error').waitFor({ state: 'detached' })
      assert.equal(await page.locator('#story').getAttribute('aria-invalid'), 'false')
      assert.equal(await summary.getByRole('link').count(), 1, 'the fixed field left the summary')
      await page.locator('#phone').fill('13800138000')
      await summary.waitFor({ state: 'detached' })
      await page.context().close()
    })

    test('the photo picker speaks the page\'s language and the phone placeholder fits', async () => {
      const page = await phonePage(locale)
      await page.goto(`${server.base}/file`)
      const input = page.locator('#photos')
      const size = await input.boundingBox()
      assert.ok(!size || size.width <= 1, 'the native file input (Choose Files / No file chosen) is hidden')
      const picker = page.locator('label[for="photos"]')
      assert.equal(await picker.textContent(), locale === 'zh' ? '添加照片' : 'པར་འདེམས།')
      const fits = await page.locator('#phone').evaluate((el) => {
        const style = getComputedStyle(el)
        const g = document.createElement('canvas').getContext('2d')
        g.font = `${style.fontSize} ${style.fontFamily}`
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
        return g.measureText(el.placeholder).width <= room
      })
      assert.ok(fits, 'the phone placeholder fits its box')
      await page.context().close()
    })

    test('offline, the notice stands next to the button just pressed', async () => {
      const page = await phonePage(locale)
      await page.goto(`${server.base}/file`)
      await page.getByLabel(LABELS[locale].story).fill('郎木寺镇的包工头欠我两个月工资')
      await page.getByLabel(LABELS[locale].phone).fill('13912345678')
      await page.context().setOffline(true)
      const button = page.getByRole('button', { name: LABELS[locale].submit })
      await button.click()
      const notice = page.getByTestId('offline-notice')
      await notice.waitFor()
      const [n, b] = [await notice.boundingBox(), await button.boundingBox()]
      const gap = n.y - (b.y + b.height)
      assert.ok(gap >= 0 && gap < 40, `the notice starts ${gap}px under the button`)
      assert.ok(n.y >= 0 && b.y + b.height <= PHONE.height, 'notice and button are both on screen')
      await shot(page, `worker-offline-${locale}`)
      await page.context().setOffline(false)
      await page.getByTestId('tracking-code').waitFor()
      await page.context().close()
    })
  })
}

describe('the confirmation and the list of this phone\'s complaints', () => {
  test('in Tibetan: the code, where it was texted, what happens next; it survives a reload and Back', async () => {
    const page = await phonePage('bo')
    await page.goto(`${server.base}/file`)
    await page.getByLabel(LABELS.bo.story).fill('ཤིས་ཚང་གྲོང་རྡལ་དུ་ཆུ་ལམ་བཟོ་བའི་ལས་དཔོན་གྱིས་ང་ཚོ་མི་བཞིའི་གླ་ཕོགས་མ་སྤྲད།')
    await page.getByLabel(LABELS.bo.phone).fill('13800138000')
    await page.getByRole('button', { name: LABELS.bo.submit }).click()
    const code = (await page.getByTestId('tracking-code').textContent()).trim()
    assert.match(code, /^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{5}$/)
    assert.match(await page.getByTestId('texted-to').textContent(), /138\*\*\*\*8000/)
    assert.ok(!(await page.content()).includes('13800138000'), 'the whole number is not shown')
    await page.locator('.next-steps li').first().waitFor()
    assert.ok(await page.locator('.next-steps li').count() >= 2)
    assert.ok(!(await page.locator('main').textContent()).includes('།།'))
    await shot(page, 'worker-filed-bo')

    await page.reload()
    assert.equal((await page.getByTestId('tracking-code').textContent()).trim(), code)
    await page.getByRole('link', { name: LABELS.bo.track }).click()
    await page.locator('.result').waitFor()
    await page.goBack()
    assert.equal((await page.getByTestId('tracking-code').textContent()).trim(), code, 'Back shows the confirmation again')

    await page.goto(`${server.base}/track`)
    await page.locator('.mine').getByText(code).waitFor()
    await page.getByText('འཚོལ་ཨང་བོར་སོང་ངམ།').click()
    await page.locator('#lost-phone').fill('13800138000')
    await page.locator('.lost').getByRole('button').click()
    await page.getByTestId('lost-sent').waitFor()
    await shot(page, 'worker-mine-bo')
    await page.context().close()
  })

  test('in Chinese: legal aid advice is shown when routing offered it', async () => {
    const page = await phonePage('zh')
    await page.goto(`${server.base}/file`)
    await page.getByLabel(LABELS.zh.story).fill('郎木寺镇工地包工头欠我们3个人工资两万元，说好年底给，现在不接电话')
    await page.getByLabel(LABELS.zh.phone).fill('13700137000')
    await page.getByRole('button', { name: LABELS.zh.submit }).click()
    await page.getByTestId('tracking-code').waitFor()
    await page.locator('.next-steps').waitFor()
    const filed = await page.evaluate(() => JSON.parse(localStorage.getItem('xinsheng.mine'))[0])
    if (filed.advice) assert.equal((await page.getByTestId('advice').locator('p').textContent()).trim(), filed.advice)
    await shot(page, 'worker-filed-zh')
    await page.context().close()
  })
})

describe('tracking', () => {
  test('the tracking page in Tibetan names the units in Tibetan, with no doubled shad', async () => {
    const code = await fileByApi('bo')
    const page = await phonePage('bo')
    await page.goto(`${server.base}/track/${code}`)
    await page.locator('.units li').first().waitFor()
    const units = await page.locator('.units').textContent()
    assert.ok(units.includes('ཤིས་ཚང་གྲོང་རྡལ') && units.includes('རྫོང་ཆུ་དོན་ཅུས'), units)
    assert.ok(!/[\u4e00-\u9fff]/.test(units), `no Chinese unit names: ${units}`)
    assert.ok(!(await page.locator('.result').textContent()).includes('།།'))
    await shot(page, 'worker-track-bo')
    await page.context().close()
  })

  test('a rating is offered once, a 409 is not thanked, and "still not paid" reopens a resolved case', async () => {
    const code = await fileByApi('zh')
    await resolveByApi(code)
    const page = await phonePage('zh')
    await page.goto(`${server.base}/track/${code}`)
    await page.locator('form.rating').waitFor()
    await page.getByText('5', { exact: true }).click()
    await page.getByRole('button', { name: '提交评价' }).click()
    await page.getByText('谢谢您的评价。').waitFor()
    await page.reload()
    await page.locator('.result').waitFor()
    assert.equal(await page.locator('form.rating').count(), 0, 'a rated case offers no second rating')

    const other = await fileByApi('zh')
    await resolveByApi(other)
    await page.goto(`${server.base}/track/${other}`)
    await page.locator('form.rating').waitFor()
    assert.equal((await call('POST', `/complaints/${other}/rating`, { score: 3 })).status, 201, 'rated elsewhere meanwhile')
    await page.getByText('4', { exact: true }).click()
    await page.getByRole('button', { name: '提交评价' }).click()
    await page.getByText('您已经评价过了').waitFor()
    assert.equal(await page.getByText('谢谢您的评价。').count(), 0)

    await page.getByTestId('still-not-paid').click()
    await page.getByTestId('still-not-paid-no').click()
    assert.equal(await page.locator('.status strong').getAttribute('data-status'), 'resolved', 'a stray tap reopens nothing')
    await page.getByTestId('still-not-paid').click()
    await page.getByText('确定钱还没有到手吗').waitFor()
    await shot(page, 'worker-not-paid-confirm-zh')
    await page.getByTestId('still-not-paid-yes').click()
    await page.getByTestId('reopened').waitFor()
    assert.equal(await page.locator('.status strong').getAttribute('data-status'), 'handling')
    assert.ok((await page.locator('.timeline li').last().textContent()).includes('工资仍未到手'))
    assert.equal(await page.getByTestId('still-not-paid').count(), 0, 'offered only on a resolved or closed case')
    await shot(page, 'worker-reopened-zh')
    const staffView = await call('GET', `/cases/${other}`, undefined, admin)
    assert.equal(staffView.body.status, 'handling')
    await page.context().close()
  })

  test('in Tibetan, "still not paid" asks once more in Tibetan before reopening', async () => {
    const code = await fileByApi('bo')
    await resolveByApi(code)
    const page = await phonePage('bo')
    await page.goto(`${server.base}/track/${code}`)
    await page.getByTestId('still-not-paid').click()
    await page.getByText('གླ་ཕོགས་ད་དུང་མ་ཐོབ་པ་ཐག་ཆོད་དམ').waitFor()
    await shot(page, 'worker-not-paid-confirm-bo')
    await page.getByTestId('still-not-paid-yes').click()
    await page.getByTestId('reopened').waitFor()
    assert.equal(await page.locator('.status strong').getAttribute('data-status'), 'handling')
    await page.context().close()
  })
})

describe('everywhere', () => {
  test('hashed assets are kept a year, the page has a favicon, Tibetan preloads its font in regular and bold', async () => {
    const page = await phonePage('bo')
    const scripts = []
    page.on('response', (r) => { if (new URL(r.url()).pathname.startsWith('/assets/')) scripts.push(r) })
    await page.goto(`${server.base}/track`)
    await page.locator('h1').waitFor()
    const asset = scripts[0]
    assert.ok(asset, 'an asset was loaded')
    assert.equal((await fetch(asset.url())).headers.get('cache-control'), 'public, max-age=31536000, immutable')
    const icon = await page.locator('link[rel="icon"]').getAttribute('href')
    assert.equal((await fetch(`${server.base}${icon}`)).status, 200)
    const preloads = await page.locator('link[rel="preload"][as="font"]').evaluateAll((ls) => ls.map((l) => l.href))
    assert.equal(preloads.length, 2, preloads.join(' '))
    const weights = await page.evaluate(async () => {
      await document.fonts.ready
      await Promise.all([document.fonts.load('400 16px "Noto Serif Tibetan"', 'ཀ'), document.fonts.load('700 16px "Noto Serif Tibetan"', 'ཀ')])
      return [...document.fonts].filter((f) => f.family.includes('Noto Serif Tibetan') && f.status === 'loaded').map((f) => f.weight)
    })
    assert.ok(weights.includes('700') && weights.includes('400'), `loaded weights: ${weights}`)
    await page.context().close()
  })
})
