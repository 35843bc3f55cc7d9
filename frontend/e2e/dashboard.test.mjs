// The supervisor dashboard in Chromium against the built jar: its tiles, its overdue list and the downloaded dispatch
// show the same server numbers for the same week; a bad week says why; repeat employers come from the server's list.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ADMIN_PASSWORD, startXinSheng, launchChromium, apiCall } from './server.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const jar = resolve(process.env.XINSHENG_JAR || join(here, '../../backend/target/xinsheng.jar'))
const shots = process.env.XINSHENG_SHOTS || join(here, 'screenshots')
let server
let browser
let supervisor

function call(method, path, body, token) {
  return apiCall(server.base, method, path, body, token)
}

before(async () => {
  assert.ok(existsSync(jar), `build the jar first: ${jar}`)
  mkdirSync(shots, { recursive: true })
  server = await startXinSheng(jar)
  const admin = await call('POST', '/auth/login', { username: 'admin', password: ADMIN_PASSWORD })
  assert.equal(admin.status, 200, JSON.stringify(admin.body))
  const created = await call('POST', '/staff', { username: 'dispatch1', role: 'supervisor', password: 'correct horse battery' },
    admin.body.access_token)
  assert.equal(created.status, 201, JSON.stringify(created.body))
  supervisor = (await call('POST', '/auth/login', { username: 'dispatch1', password: 'correct horse battery' })).body.access_token
  // One employer written three ways, one of them with the town in front, as the analyzer reads it.
  for (const [employer, township] of [['尕海镇宏达建筑公司', 'gahai'], ['宏达建筑有限公司', 'gahai'], ['宏达建筑', 'langmusi'],
    ['雪域牧业合作社', 'maai']]) {
    const filed = await call('POST', '/complaints', {
      text: `在${township}给${employer}干活，欠我们工资三万元`, phone: '13712345678', township,
      wageArrears: true, sector: 'construction', sectorConfidence: 0.95, employer, amountYuan: 30000, workers: 3,
    })
    assert.equal(filed.status, 201, JSON.stringify(filed.body))
  }
  browser = await launchChromium()
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

async function dashboard() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true })
  const page = await context.newPage()
  page.on('pageerror', (e) => { throw e })
  await page.goto(`${server.base}/staff/login`)
  await page.getByLabel('用户名').fill('dispatch1')
  await page.getByLabel('密码').fill('correct horse battery')
  await page.keyboard.press('Enter')
  await page.waitForURL(/\/staff\/dashboard$/)
  await page.locator('[data-test=period]').waitFor()
  return page
}

describe('supervisor dashboard', () => {
  test('the tiles, the overdue list and the downloaded CSV agree for the week shown', async () => {
    const page = await dashboard()
    const week = await page.getByLabel('周次').inputValue()
    const weekly = await call('GET', `/reports/weekly?week=${week}`, null, supervisor)
    assert.equal(weekly.status, 200)
    const county = weekly.body.county
    const tile = async (key) => (await page.locator(`[data-tile=${key}] strong`).textContent()).trim()
    assert.equal(await tile('overdue'), String(county.overdue))
    assert.equal(await tile('new'), String(county.newCases))
    assert.equal(await tile('open'), String(county.open))
    assert.match(await page.locator('[data-test=period]').textContent(), new RegExp(`${week}.*截至`))

    const listed = await call('GET', `/reports/overdue?week=${week}&limit=1000`, null, supervisor)
    assert.equal(listed.body.length, county.overdue)
    if (county.overdue > 0) {
      const rows = page.locator('[data-test=overdue] tbody tr')
      assert.equal(await rows.count(), Math.min(50, county.overdue))
      // the row reads on one line: not a tall block squeezing its text into a narrow column
      const box = await rows.first().boundingBox()
      assert.ok(box.height < 60, `overdue row is ${box.height}px tall`)
    } else {
      await page.getByText('本周期没有超期案件').waitFor()
    }

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()])
    const csv = (await readFile(await file.path(), 'utf8')).replace(/^\uFEFF/, '').split('\r\n')
    const countyLine = csv[1].split(',')
    assert.equal(countyLine[0], week)
    assert.equal(countyLine[8], String(county.overdue), 'the CSV overdue cell is the tile')
    assert.equal(countyLine[4], String(county.newCases))
    await page.screenshot({ path: join(shots, 'dashboard-1280.png'), fullPage: true })
    await page.context().close()
  })

  test('repeat employers come from the server, full names, the town-prefixed one included', async () => {
    const page = await dashboard()
    const row = page.locator('[data-test=employers] tbody tr', { hasText: '尕海镇宏达建筑公司' })
    await row.waitFor()
    const text = await row.textContent()
    assert.match(text, /宏达建筑有限公司/)
    assert.match(text, /3 次/)
    assert.doesNotMatch(await page.locator('[data-test=employers]').textContent(), /雪域牧业/, 'one complaint is no repeat')
    await page.context().close()
  })

  test('a week that cannot be counted says why, and a good one shows again', async () => {
    const page = await dashboard()
    const good = await page.getByLabel('周次').inputValue()
    await page.getByLabel('周次').fill('2026-W60')
    await page.getByRole('button', { name: '查看' }).click()
    const alert = page.locator('#week-help')
    await alert.getByText('无法统计').waitFor()
    assert.match(await alert.textContent(), /ISO 周次/)
    assert.equal(await page.locator('[data-test=period]').count(), 0, 'no stale figures under a bad week')
    await page.screenshot({ path: join(shots, 'dashboard-bad-week.png'), fullPage: true })
    await page.getByLabel('周次').fill(good)
    await page.getByRole('button', { name: '查看' }).click()
    await page.locator('[data-test=period]').waitFor()
    assert.equal((await alert.textContent()).trim(), '')
    await page.context().close()
  })
})
