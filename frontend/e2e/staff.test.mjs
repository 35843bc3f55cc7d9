// Staff consoles in Chromium against the built jar: hotline call to tracking code by keyboard, handler inbox, dispatch.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ADMIN_PASSWORD, startXinSheng, launchChromium } from './server.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const jar = resolve(process.argv[2] || process.env.XINSHENG_JAR || join(here, '../../backend/target/xinsheng.jar'))
const shots = join(here, 'screenshots')
let server
let browser

async function post(path, body, token) {
  const res = await fetch(`${server.base}/api/v1${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  })
  return { status: res.status, body: await res.json() }
}

before(async () => {
  assert.ok(existsSync(jar), `build the jar first: ${jar}`)
  mkdirSync(shots, { recursive: true })
  server = await startXinSheng(jar)
  const admin = await post('/auth/login', { username: 'admin', password: ADMIN_PASSWORD })
  assert.equal(admin.status, 200, JSON.stringify(admin.body))
  for (const account of [
    { username: 'hotline1', role: 'hotline' },
    { username: 'langmusi1', role: 'handler', unit: 'langmusi' },
    { username: 'super1', role: 'supervisor' },
    { username: 'hrss1', role: 'handler', unit: 'hrss' },
  ]) {
    const created = await post('/staff', { ...account, password: 'correct horse battery' }, admin.body.access_token)
    assert.equal(created.status, 201, JSON.stringify(created.body))
  }
  browser = await launchChromium()
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

const PHONE = { width: 360, height: 740 }

async function loggedIn(username, viewport = { width: 1280, height: 860 }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true })
  const page = await context.newPage()
  page.on('pageerror', (e) => { throw e })
  await page.goto(`${server.base}/staff/login`)
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码').fill('correct horse battery')
  await page.keyboard.press('Enter')
  await page.waitForURL(/\/staff\/(hotline|cases|dashboard)/)
  return page
}

describe('staff consoles', () => {
  let code

  test('a hotline call goes from notes to tracking code by keyboard alone', async () => {
    const page = await loggedIn('hotline1')
    assert.match(page.url(), /\/staff\/hotline$/)
    await page.keyboard.type('来电人说他们8个人在郎木寺镇给包工头马老三盖房子，欠了两个月工资，每人每月5000，老板电话打不通了')
    await page.waitForFunction(() => document.querySelector('#h-amount').value === '80000')
    assert.equal(await page.locator('#h-township').inputValue(), 'langmusi')
    assert.equal(await page.locator('#h-workers').inputValue(), '8')
    await page.locator('.preview').getByText('郎木寺镇').waitFor()
    await page.keyboard.press('Tab')
    await page.keyboard.type('13912345678')
    await page.screenshot({ path: join(shots, 'staff-hotline.png'), fullPage: true })
    await page.keyboard.press('Control+Enter')
    code = (await page.getByTestId('tracking-code').textContent()).trim()
    assert.match(code, /^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{5}$/)
    await page.keyboard.press('Control+Enter')
    assert.equal(await page.locator('#notes').inputValue(), '', 'ready for the next call')
    await page.setViewportSize(PHONE)
    await page.screenshot({ path: join(shots, 'staff-hotline-360.png'), fullPage: true })
    await page.context().close()
  })

  test('the township handler finds the case in the inbox and accepts it', async () => {
    const page = await loggedIn('langmusi1')
    await page.getByText(code).first().click()
    await page.getByText('马老三').first().waitFor()
    await page.getByLabel('操作').selectOption('accept')
    await page.getByRole('button', { name: '提交' }).click()
    await page.getByText('核实中').first().waitFor()
    await page.screenshot({ path: join(shots, 'staff-case.png'), fullPage: true })
    await page.setViewportSize(PHONE)
    await page.goto(`${server.base}/staff/cases`)
    await page.getByText(code).first().waitFor()
    await page.screenshot({ path: join(shots, 'staff-inbox-360.png'), fullPage: true })
    const view = await (await fetch(`${server.base}/api/v1/complaints/${code}`)).json()
    assert.equal(view.status, 'verifying')
    await page.context().close()
  })

  test('a complaint in Tibetan reads in our Tibetan font on the handler\'s case page, at phone width', async () => {
    const filed = await post('/complaints', {
      text: 'ང་སྟག་ཚང་ལྷ་མོ་གྲོང་རྡལ་གྱི་ལས་ཀ་བྱེད་ས་རུ་ཟླ་བ་གསུམ་ལས་ཀ་བྱས། བདག་པོས་གླ་ཕོགས་སྒོར་མོ་ཁྲི་གཅིག་སྤྲད་མེད།',
      phone: '13900001234', language: 'bo',
    })
    assert.equal(filed.status, 201, JSON.stringify(filed.body))
    const page = await loggedIn('langmusi1', PHONE)
    await page.goto(`${server.base}/staff/cases/${filed.body.trackingCode}`)
    await page.locator('blockquote[lang="bo"]').waitFor()
    // Kylin and UOS desktops often lack a Tibetan font: the page must bring its own, not rely on the system's.
    await page.waitForFunction(() => [...document.fonts].some((f) => f.family.includes('Noto Serif Tibetan')
      && f.status === 'loaded'), null, { timeout: 15000 })
    const family = await page.locator('blockquote[lang="bo"]').evaluate((el) => getComputedStyle(el).fontFamily)
    assert.match(family, /^"?Noto Serif Tibetan/)
    await page.screenshot({ path: join(shots, 'staff-case-bo-360.png'), fullPage: true })
    await page.context().close()
  })

  test('the handler verifies and resolves the case on a phone, with route and amounts', async () => {
    const page = await loggedIn('langmusi1', PHONE)
    await page.goto(`${server.base}/staff/cases/${code}`)
    await page.getByLabel('操作').selectOption('verified')
    await page.getByLabel('说明').fill('已到工地核实，8人欠薪属实')
    await page.getByRole('button', { name: '提交' }).click()
    await page.getByText('处理中').first().waitFor()
    await page.getByLabel('操作').selectOption('resolve')
    await page.getByLabel('解决方式（四个一批）').selectOption('inspection')
    await page.getByLabel('追回金额（元）').fill('80000')
    await page.getByLabel('已发放人数').fill('8')
    await page.getByLabel('说明').fill('监察执法，工资已发放')
    await page.getByRole('button', { name: '提交' }).click()
    await page.getByText('已解决').first().waitFor()
    await page.screenshot({ path: join(shots, 'staff-case-resolved-360.png'), fullPage: true })
    await page.context().close()
  })

  test('after resolution the worker rates the handling on the track page', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })
    const page = await context.newPage()
    await page.goto(`${server.base}/track/${code}`)
    await page.getByText('您对办理结果满意吗？').waitFor()
    await page.getByLabel('5').check()
    await page.getByRole('button', { name: '提交评价' }).click()
    await page.getByText('谢谢您的评价').waitFor()
    await page.screenshot({ path: join(shots, 'track-rated-zh.png'), fullPage: true })
    await context.close()
  })

  test('the supervisor dashboard draws the counts per township', async () => {
    const page = await loggedIn('super1')
    assert.match(page.url(), /\/staff\/dashboard$/)
    await page.locator('.chart canvas').first().waitFor()
    await page.getByText('各乡镇').waitFor()
    await page.screenshot({ path: join(shots, 'staff-dashboard.png'), fullPage: true })
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载周调度表（Excel）' }).click(),
    ])
    assert.match(file.suggestedFilename(), /\.xlsx$/)
    const bytes = await (await import('node:fs/promises')).readFile(await file.path())
    assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'an xlsx is a zip file')
    await page.setViewportSize(PHONE)
    await page.screenshot({ path: join(shots, 'staff-dashboard-360.png'), fullPage: true })
    await page.context().close()
  })

  test('the lead bureau corrects the sector of a case waiting for triage and the bureau comes on', async () => {
    const filed = await post('/complaints', {
      text: '我们三个人在尕海镇干了两个月活，老板欠了两万四', phone: '13712345678', township: 'gahai',
      wageArrears: true, sector: 'water', sectorConfidence: 0.3, amountYuan: 24000, workers: 3,
    })
    assert.equal(filed.status, 201, JSON.stringify(filed.body))
    assert.ok(filed.body.flags.includes('needs_triage'), JSON.stringify(filed.body.flags))
    const triage = filed.body.trackingCode
    const page = await loggedIn('hrss1')
    await page.getByLabel('只看待分办确认').check()
    await page.getByText(triage).first().click()
    await page.getByText('行业待确认').first().waitFor()
    assert.equal(await page.locator('#c-sector').inputValue(), 'water', 'prefilled with what was read')
    assert.equal(await page.locator('#c-amount').inputValue(), '24000')
    await page.getByLabel('所属行业').selectOption('construction')
    await page.getByLabel('更正理由').fill('老板在尕海镇盖牧民定居房')
    await page.screenshot({ path: join(shots, 'staff-correct.png'), fullPage: true })
    await page.getByRole('button', { name: '保存更正' }).click()
    await page.getByTestId('routing-change').getByText('新增单位：县住房和城乡建设局（行业主管）').waitFor()
    await page.locator('.unit', { hasText: '县住房和城乡建设局' }).waitFor()
    assert.equal(await page.getByText('行业待确认').count(), 0, 'the triage flag is cleared')
    await page.screenshot({ path: join(shots, 'staff-corrected.png'), fullPage: true })
    await page.setViewportSize(PHONE)
    await page.screenshot({ path: join(shots, 'staff-corrected-360.png'), fullPage: true })
    const view = await (await fetch(`${server.base}/api/v1/complaints/${triage}`)).json()
    assert.ok(view.assignments.some((a) => a.unit === 'housing'), JSON.stringify(view.assignments))
    assert.ok(!JSON.stringify(view).includes('hrss1'), 'the public view never says who corrected')
    await page.context().close()
  })
})
