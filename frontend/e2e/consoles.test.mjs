// Issue #15's staff parts in Chromium against the built jar: the admin's accounts page, the hotline's caller language
// and progress lookup, the township handler's case page on a phone (photos, Chinese messages, tap-to-call).
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ADMIN_PASSWORD, startXinSheng, launchChromium, apiCall } from './server.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const jar = resolve(process.argv[2] || process.env.XINSHENG_JAR || join(here, '../../backend/target/xinsheng.jar'))
const shots = process.env.SHOTS_DIR || join(here, 'screenshots')
const STAFF = { width: 1280, height: 800 }
const HANDSET = { width: 360, height: 640 }
const PASSWORD = 'correct horse battery'
let server
let browser

function call(method, path, body, token) {
  return apiCall(server.base, method, path, body, token)
}

before(async () => {
  assert.ok(existsSync(jar), `build the jar first: ${jar}`)
  mkdirSync(shots, { recursive: true })
  server = await startXinSheng(jar)
  const admin = await call('POST', '/auth/login', { username: 'admin', password: ADMIN_PASSWORD })
  assert.equal(admin.status, 200, JSON.stringify(admin.body))
  for (const account of [{ username: 'hotline2', role: 'hotline' }, { username: 'langmusi2', role: 'handler', unit: 'langmusi' }]) {
    const created = await call('POST', '/staff', { ...account, password: PASSWORD }, admin.body.access_token)
    assert.equal(created.status, 201, JSON.stringify(created.body))
  }
  browser = await launchChromium()
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

async function loggedIn(username, password, viewport) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, ...(viewport === HANDSET ? { isMobile: true, hasTouch: true } : {}) })
  const page = await context.newPage()
  page.on('pageerror', (e) => { throw e })
  await page.goto(`${server.base}/staff/login`)
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码').fill(password)
  await page.keyboard.press('Enter')
  await page.waitForURL(/\/staff\/(hotline|cases|dashboard)/)
  return page
}

/** The element is wholly inside the viewport as the page first shows (no scrolling). */
async function onScreen(locator, viewport) {
  const box = await locator.boundingBox()
  assert.ok(box, 'the element is rendered')
  assert.ok(box.y >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width,
    `on screen at ${viewport.width}x${viewport.height}: ${JSON.stringify(box)}`)
}

describe('staff consoles of issue #15', () => {
  test('an admin creates a handler in the console, who then logs in', async () => {
    const page = await loggedIn('admin', ADMIN_PASSWORD, STAFF)
    await page.getByRole('link', { name: '账号' }).click()
    await page.getByRole('cell', { name: 'hotline2', exact: true }).waitFor()
    await page.getByRole('button', { name: '创建账号' }).click()
    await page.locator('#account-errors').getByText('用户名须为 3 到 64 位').waitFor()
    assert.equal(await page.locator('.field-error', { hasText: '办理人员须选择所属单位' }).count(), 1)
    await page.screenshot({ path: join(shots, 'staff-accounts-errors.png'), fullPage: true })

    await page.getByLabel('用户名（登录用').fill('gahai-dorje')
    assert.equal(await page.locator('.field-error', { hasText: '用户名须为' }).count(), 0, 'gone once fixed')
    await page.getByLabel('姓名（可不填）').fill('多吉')
    await page.getByLabel('角色').selectOption('handler')
    await page.getByLabel('所属单位').selectOption({ label: '尕海镇' })
    await page.getByLabel('初始密码').fill('gahai handler 2026')
    await page.getByRole('button', { name: '创建账号' }).click()
    await page.getByTestId('account-done').getByText('已创建账号 gahai-dorje（办理人员 · 尕海镇）').waitFor()
    await page.getByTestId('accounts').getByRole('row', { name: /gahai-dorje.*多吉.*尕海镇.*在用/ }).waitFor()
    await page.screenshot({ path: join(shots, 'staff-accounts-created.png'), fullPage: true })

    await page.getByRole('button', { name: '编辑 gahai-dorje' }).click()
    await page.getByLabel('用户名（登录用').waitFor({ state: 'detached' })
    await page.getByLabel('重置密码').fill('short')
    await page.getByRole('button', { name: '保存修改' }).click()
    await page.locator('.field-error', { hasText: '新密码至少 10 位' }).waitFor()
    await page.getByLabel('重置密码').fill('')
    await page.getByLabel('姓名（可不填）').fill('多吉才让')
    await page.getByRole('button', { name: '保存修改' }).click()
    await page.getByTestId('account-done').getByText('已保存 gahai-dorje 的修改').waitFor()
    await page.context().close()

    const handler = await loggedIn('gahai-dorje', 'gahai handler 2026', HANDSET)
    assert.match(handler.url(), /\/staff\/cases$/)
    await handler.getByText('gahai-dorje · 尕海镇').waitFor()
    await handler.context().close()
  })

  test('the hotline files a call in Tibetan, fits 1280x800, and finds the case by the caller\'s phone', async () => {
    const page = await loggedIn('hotline2', PASSWORD, STAFF)
    await page.locator('[data-testid=preview-units] li').first().waitFor()
    const blank = await page.locator('[data-testid=preview-units] li').evaluateAll((items) => items.map((li) => li.firstChild.textContent.trim()))
    assert.equal(new Set(blank).size, blank.length, `a blank form lists no unit twice: ${blank}`)
    for (const control of [page.getByLabel('属于欠薪'), page.getByLabel('老板跑路'), page.getByRole('button', { name: /登记并生成查询码/ })]) {
      await onScreen(control, STAFF)
    }
    await page.keyboard.type('卓玛来电：她和另外两个人在郎木寺镇宾馆打扫卫生，老板欠三个月工资一万二')
    await page.keyboard.press('Tab')
    await page.keyboard.type('13987654321')
    await page.getByLabel('藏语').check()
    await page.locator('.preview').getByText('郎木寺镇').waitFor()
    await page.screenshot({ path: join(shots, 'staff-hotline-1280x800.png') })
    await page.keyboard.press('Control+Enter')
    const code = (await page.getByTestId('tracking-code').textContent()).trim()
    await page.getByText('短信将以藏语发给来电人').waitFor()
    const hotline = await call('POST', '/auth/login', { username: 'hotline2', password: PASSWORD })
    const filed = await call('GET', `/cases/${code}`, null, hotline.body.access_token)
    assert.equal(filed.body.language, 'bo', 'the case (and so its SMS) is in the caller\'s language')

    await page.getByRole('button', { name: '查询进度来电' }).click()
    await page.getByLabel('来电人手机号或查询码').fill('139 8765 4321')
    await page.getByRole('button', { name: '查询', exact: true }).click()
    const result = page.getByTestId('lookup-result')
    await result.getByText(code).waitFor()
    await result.getByText('已交办').first().waitFor()
    await result.getByText('郎木寺镇').first().waitFor()
    const shown = await result.textContent()
    assert.ok(!shown.includes('卓玛') && !shown.includes('13987654321'), 'the lookup never shows the name or phone')
    await page.screenshot({ path: join(shots, 'staff-hotline-lookup.png'), fullPage: true })
    await page.getByLabel('来电人手机号或查询码').fill('12345')
    await page.getByRole('button', { name: '查询', exact: true }).click()
    await page.getByText('不是有效的查询码').waitFor()
    await page.context().close()
  })

  test('the township handler sees the worker\'s photo, Chinese messages at each field and a success message', async () => {
    const worker = await browser.newContext({ viewport: HANDSET, isMobile: true, hasTouch: true })
    const filing = await worker.newPage()
    await filing.goto(`${server.base}/file`)
    await filing.getByLabel('发生了什么？').fill('我们4个人在郎木寺镇修路，包工头欠了一个月工资两万块')
    await filing.getByLabel('手机号码').fill('13700001111')
    const png = await filing.evaluate(async () => {
      const c = Object.assign(document.createElement('canvas'), { width: 800, height: 600 })
      const g = c.getContext('2d'); g.fillStyle = '#2a6'; g.fillRect(0, 0, 800, 600)
      return [...new Uint8Array(await (await new Promise((r) => c.toBlob(r, 'image/png'))).arrayBuffer())]
    })
    await filing.locator('#photos').setInputFiles({ name: 'slip.png', mimeType: 'image/png', buffer: Buffer.from(png) })
    await filing.locator('.photos img').waitFor()
    const uploaded = filing.waitForResponse((r) => r.url().includes('/evidence') && r.request().method() === 'POST')
    await filing.getByRole('button', { name: '提交投诉' }).click()
    const code = (await filing.getByTestId('tracking-code').textContent()).trim()
    assert.equal((await uploaded).status(), 201)
    await worker.close()

    const page = await loggedIn('langmusi2', PASSWORD, HANDSET)
    await page.goto(`${server.base}/staff/cases/${code}`)
    const photo = page.getByTestId('evidence-photo')
    await photo.waitFor()
    await page.waitForFunction(() => document.querySelector('[data-testid=evidence-photo]')?.naturalWidth > 0)
    assert.equal(await page.getByTestId('call-worker').getAttribute('href'), 'tel:13700001111')

    await page.getByLabel('操作').selectOption('accept')
    await page.getByRole('button', { name: '提交' }).click()
    await page.getByTestId('action-done').getByText('已提交：签收。案件状态：核实中。').waitFor()
    await page.screenshot({ path: join(shots, 'staff-case-photo-360.png'), fullPage: true })

    await page.getByLabel('操作').selectOption('verified')
    await page.getByRole('button', { name: '提交' }).click()
    await page.locator('.field-error', { hasText: '请填写说明。' }).waitFor()
    await page.getByLabel('说明').fill('到工地核实，4人欠薪属实')
    await page.locator('.field-error').waitFor({ state: 'detached' })
    await page.getByRole('button', { name: '提交' }).click()
    await page.getByTestId('action-done').getByText('案件状态：处理中').waitFor()

    await page.getByLabel('操作').selectOption('resolve')
    await page.getByRole('button', { name: '提交' }).click()
    await page.locator('.field-error', { hasText: '请选择解决方式。' }).waitFor()
    await page.locator('.field-error', { hasText: '请填写追回金额（元）' }).waitFor()
    assert.ok(!(await page.content()).includes('is required'), 'no English message')
    await page.screenshot({ path: join(shots, 'staff-case-errors-360.png'), fullPage: true })
    await page.getByLabel('解决方式（四个一批）').selectOption('inspection')
    await page.locator('.field-error', { hasText: '请选择解决方式。' }).waitFor({ state: 'detached' })
    assert.equal(await page.locator('.field-error', { hasText: '请填写追回金额' }).count(), 1, 'the others stay until fixed')
    await page.getByLabel('追回金额（元）').fill('20000')
    await page.getByLabel('已发放人数').fill('4')
    await page.getByRole('button', { name: '提交' }).click()
    await page.getByTestId('action-done').getByText('已提交：办结（记录解决方式）。案件状态：已解决。').waitFor()
    await page.context().close()
  })
})
