import { describe, expect, it } from 'vitest'
import { normalizeMobile } from './phone.js'

describe('normalizeMobile', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['+86 138-0013-8000', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
  ])('accepts %s', (typed, expected) => expect(normalizeMobile(typed)).toBe(expected))

  it.each(['', '123', '12800138000', '0999-1234567', '138001380001'])('rejects %s', (typed) =>
    expect(normalizeMobile(typed)).toBeNull())
})
