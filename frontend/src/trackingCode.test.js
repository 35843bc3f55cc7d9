import { describe, expect, it } from 'vitest'
import { ALPHABET, checkSymbolFor, diagnose, format, normalize } from './trackingCode.js'

function randomCode() {
  let payload = ''
  for (let i = 0; i < 12; i++) payload += ALPHABET[Math.floor(Math.random() * ALPHABET.length)]
  return payload + checkSymbolFor(payload)
}

describe('tracking code', () => {
  it('accepts a well-formed code in any grouping or case', () => {
    const code = randomCode()
    expect(diagnose(code)).toBe('ok')
    expect(diagnose(format(code).toLowerCase())).toBe('ok')
    expect(normalize(' ' + format(code) + ' ')).toBe(code)
  })

  it('catches every single-symbol typo', () => {
    const code = randomCode()
    for (let i = 0; i < code.length; i++) {
      for (const c of ALPHABET) {
        if (c === code[i]) continue
        const typo = code.slice(0, i) + c + code.slice(i + 1)
        expect(diagnose(typo)).toBe('typo')
      }
    }
  })

  it('tells look-alike characters and wrong lengths apart from typos', () => {
    expect(diagnose('O0I1O0I1O0I1O')).toBe('symbol')
    expect(diagnose('ABCD')).toBe('length')
  })

  it('computes the same check symbols as the backend (vectors pinned in TrackingCodesTest.java)', () => {
    expect(checkSymbolFor('23456789ABCD')).toBe('U')
    expect(checkSymbolFor('XS7KQ2MPZ9HA')).toBe('C')
  })
})
