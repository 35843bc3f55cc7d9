import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

// Every county's facts come from GET /api/v1/jurisdiction: none may be written into the web app or its locales.
const root = process.cwd() // vitest runs in frontend/
const jurisdictions = join(root, '../backend/src/main/resources/jurisdictions')
const gazetteer = join(root, '../nlp-models/gazetteers/townships.tsv')
// Everyday words a gazetteer also lists as a township's short form.
const EVERYDAY = new Set(['县城', '城关', 'རྫོང་སྒར'])

const bare = (s) => s.trim().replace(/[།་\s]+$/u, '')

function countyFacts() {
  const facts = new Set()
  for (const file of readdirSync(jurisdictions).filter((f) => f.endsWith('.json'))) {
    const j = JSON.parse(readFileSync(join(jurisdictions, file), 'utf8'))
    Object.values(j.name).forEach((n) => facts.add(bare(n)))
    facts.add(j.hotline)
    for (const t of j.townships) {
      Object.values(t.name).forEach((n) => facts.add(bare(n)))
      ;(t.aliases || []).forEach((a) => facts.add(bare(a)))
    }
  }
  for (const line of readFileSync(gazetteer, 'utf8').split('\n')) {
    const cols = line.split('\t')
    if (cols.length === 3 && !line.startsWith('#')) facts.add(bare(cols[2]))
  }
  return [...facts].filter((f) => f.length >= 2 && !EVERYDAY.has(f))
}

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.(vue|js|json)$/.test(name) && !/\.test\.js$/.test(name) ? [path] : []
  })
}

describe('the web app', () => {
  const facts = countyFacts()

  it('knows the facts it must not contain', () => {
    expect(facts).toContain('碌曲县')
    expect(facts).toContain('郎木寺')
    expect(facts).toContain('盂县')
    expect(facts).toContain('0353-2296815')
    expect(facts.length).toBeGreaterThan(40)
  })

  it('has no county, township or phone number of any county in its code or locales', () => {
    const found = []
    for (const file of [...sources(join(root, 'src')), join(root, 'index.html')]) {
      const text = readFileSync(file, 'utf8')
      for (const fact of facts) if (text.includes(fact)) found.push(`${relative(root, file)}: ${fact}`)
      for (const phone of text.match(/\b0\d{2,3}-\d{7,8}\b/g) || []) found.push(`${relative(root, file)}: ${phone}`)
    }
    expect(found).toEqual([])
  })
})
