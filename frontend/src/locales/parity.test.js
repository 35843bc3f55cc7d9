import { describe, expect, it } from 'vitest'
import zh from './zh.json'
import bo from './bo.json'

function keys(obj, prefix = '') {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`])
}

describe('message bundles', () => {
  it('have the same keys in zh and bo', () => {
    expect(keys(bo).sort()).toEqual(keys(zh).sort())
  })

  it('have no empty message', () => {
    for (const bundle of [zh, bo]) {
      const empty = keys(bundle).filter((k) => !String(k.split('.').reduce((o, p) => o[p], bundle)).trim())
      expect(empty).toEqual([])
    }
  })
})
