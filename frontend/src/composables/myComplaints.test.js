import { beforeEach, describe, expect, it } from 'vitest'
import { findMine, forgetAll, maskPhone, mine, remember } from './myComplaints.js'

describe('the list of this phone\'s complaints', () => {
  beforeEach(() => forgetAll())

  it('masks the phone it keeps', () => {
    expect(maskPhone('13800138000')).toBe('138****8000')
    expect(maskPhone('+86 138 0013 8000')).toBe('138****8000')
    expect(maskPhone('12345')).toBe('')
  })

  it('keeps the newest first, once per code, findable however the code is typed, and survives a reload', () => {
    remember({ trackingCode: 'ABCD-EFGH-JKLMN', status: 'assigned', flags: ['legal_aid'], advice: '12348' }, '13800138000', 2)
    remember({ trackingCode: 'PQRS-TUVW-XYZ23', status: 'redirected', flags: [] }, '13800138000')
    remember({ trackingCode: 'ABCD-EFGH-JKLMN', status: 'assigned', flags: [] }, '13800138000')

    expect(mine.complaints.map((c) => c.code)).toEqual(['ABCD-EFGH-JKLMN', 'PQRS-TUVW-XYZ23'])
    expect(findMine('abcdefghjklmn')?.phone).toBe('138****8000')
    expect(JSON.stringify(JSON.parse(localStorage.getItem('xinsheng.mine')))).not.toContain('13800138000')
    expect(JSON.parse(localStorage.getItem('xinsheng.mine'))).toHaveLength(2)
  })

  it('forgets everything when asked', () => {
    remember({ trackingCode: 'ABCD-EFGH-JKLMN', status: 'assigned' }, '13800138000')
    forgetAll()
    expect(mine.complaints).toEqual([])
    expect(localStorage.getItem('xinsheng.mine')).toBeNull()
  })
})
