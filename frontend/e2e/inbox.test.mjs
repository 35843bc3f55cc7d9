// The staff inbox pages through the database: the supervisor at 1280x800 pages forward and back, filters and sees
// the total; a township clerk on a phone (360x640) pages too.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ADMIN_PASSWORD, startXinSheng, launchChromium, apiCall } from './server.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const jar = resolve(process.argv[2] || process.env.XINSHENG_JAR || join(here, '../../backend/target/xinsheng.jar'))
const shots = process.env.SHOTS || join(here, 'screenshots')
const PASSWORD = 'correct horse battery'
const FILED = 80
let server
let browser

function call(method, path, body, token) {
  return apiCall(server.base, method, path, body, token)
}

before(async () => {
  assert.ok(existsSync(jar), `build the jar first: ${jar}`)
  mkdirSync(shots, { recursive: true })
  // XINSHENG_BASE: a jar already started (fresh data, XINSHENG_ADMIN_PASSWORD set), for a machine too busy to start
  // one within startXinSheng's minute.
  server = process.env.XINSHENG_BASE ? { base: process.env.XINSHENG_BASE, stop: async () => {} } : await startXinSheng(jar)
  const password = process.env.XINSHENG_BASE ? process.env.XINSHENG_ADMIN_PASSWORD : ADMIN_PASSWORD
  const admin = await call('POST', '/auth/login', { username: 'admin', password })
  assert.equal(admin.status, 200, JSON.stringify(admin.body))
  for (const account of [{ username: 'inbox-super', role: 'supervisor' }, { username: 'inbox-langmusi', role: 'handler', unit: 'langmusi' }]) {
    const created = await call('POST', '/staff', { ...account, password: PASSWORD }, admin.body.access_token)
    assert.equal(created.status, 201, JSON.stringify(created.body))
  }
  for (let i = 0; i < FILED; i++) {
    const township = i % 4 === 0 ? 'gahai' : 'langmusi'
    const filed = await call('POST', '/complaints', {
      text: `我们${2 + (i % 5)}个人在${township === 'gahai' ? '尕海镇' : '郎木寺镇'}修路，老板欠了工资`,
      phone: `1391234${String(1000 + i)}`, township, wageArrears: true, sector: i % 2 ? 'transport' : 'construction',
      sectorConfidence: 0.95, amountYuan: 10000 + i * 100, workers: 2 + (i % 5), employer: `第${i}工程队`,
    })
    assert.equal(filed.status, 201, JSON.stringify(filed.body))
  }
  browser = await launchChromium()
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

async function loggedIn(username, viewport) {
  const context = await browser.newContext({ viewport })
  const page = await context.newPage()
  page.on('pageerror', (e) => { throw e })
  await page.goto(`${server.base}/staff/login`)
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码').fill(PASSWORD)
  await page.keyboard.press('Enter')
  await page.waitForURL(/\/staff\/(cases|dashboard)/)
  if (!page.url().endsWith('/staff/cases')) await page.goto(`${server.base}/staff/cases`)
  return page
}

const codesOn = (page) => page.locator('.inbox li strong').allTextContents()

describe('inbox paging', () => {
  test('the supervisor pages forward and back, filters and sees the total', async () => {
    const page = await loggedIn('inbox-super', { width: 1280, height: 800 })
    await page.locator('.total').getByText(`共 ${FILED} 件`).waitFor()
    const first = await codesOn(page)
    assert.equal(first.length, 50)
    await page.screenshot({ path: join(shots, 'inbox-supervisor-page1.png') })
    await page.getByRole('button', { name: '下一页' }).click()
    await page.locator('.total').getByText(`第 51–${FILED} 件`).waitFor()
    const second = await codesOn(page)
    assert.equal(second.length, FILED - 50)
    assert.equal(new Set([...first, ...second]).size, FILED, 'every case once over the two pages')
    assert.ok(await page.getByRole('button', { name: '下一页' }).isDisabled())
    await page.screenshot({ path: join(shots, 'inbox-supervisor-page2.png'), fullPage: true })
    await page.getByRole('button', { name: '上一页' }).click()
    await page.locator('.total').getByText('第 1–50 件').waitFor()
    assert.deepEqual(await codesOn(page), first)

    await page.getByLabel('排序').selectOption('filed')
    await page.locator('.total').getByText('第 1–50 件').waitFor()
    await page.getByRole('searchbox').fill('第7工程队')
    await page.getByRole('button', { name: '查找', exact: true }).click()
    await page.locator('.total').getByText('共 1 件').waitFor()
    assert.equal((await codesOn(page)).length, 1)
    await page.getByRole('searchbox').fill('')
    await page.getByRole('button', { name: '查找', exact: true }).click()
    await page.getByLabel('状态').selectOption('closed')
    await page.getByText('没有案件。').waitFor()
    await page.screenshot({ path: join(shots, 'inbox-supervisor-filtered.png') })
  })

  test('a township clerk pages on a phone', async () => {
    const page = await loggedIn('inbox-langmusi', { width: 360, height: 640 })
    const theirs = Array.from({ length: FILED }, (_, i) => i).filter((i) => i % 4 !== 0).length
    assert.ok(theirs > 50, 'more than one page')
    await page.locator('.total').getByText(`共 ${theirs} 件`).waitFor()
    const first = await codesOn(page)
    await page.screenshot({ path: join(shots, 'inbox-clerk-phone.png') })
    await page.getByRole('button', { name: '下一页' }).click()
    await page.locator('.total').getByText(`第 51–${theirs} 件`).waitFor()
    assert.equal(new Set([...first, ...(await codesOn(page))]).size, theirs)
    const pager = await page.locator('.pager').boundingBox()
    assert.ok(!pager || pager.x + pager.width <= 360, 'the pager fits the phone')
    await page.screenshot({ path: join(shots, 'inbox-clerk-phone-end.png'), fullPage: true })
  })
})
