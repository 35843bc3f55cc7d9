import { reactive } from 'vue'
import { api } from '../api.js'

const KEY = 'xinsheng.staff'

// The staff token lives in sessionStorage: it dies with the tab, and a shared hotline PC keeps no login overnight.
export const staff = reactive(JSON.parse(globalThis.sessionStorage?.getItem(KEY) || 'null') || { token: null })

export async function login(username, password) {
  const res = await api('/auth/login', { method: 'POST', body: { username, password } })
  if (!res.ok) return res
  Object.assign(staff, {
    token: res.body.access_token, username: res.body.username, role: res.body.role,
    unit: res.body.unit, unitName: res.body.unitName,
  })
  sessionStorage.setItem(KEY, JSON.stringify(staff))
  return res
}

export function logout() {
  for (const k of Object.keys(staff)) staff[k] = null
  sessionStorage.removeItem(KEY)
}

/** A staff API call; a 401 means the token expired, so the person logs in again. */
export async function staffApi(path, options = {}) {
  const res = await api(path, { ...options, headers: { ...(options.headers || {}), Authorization: `Bearer ${staff.token}` } })
  if (res.status === 401) logout()
  return res
}

export function homeFor(role) {
  if (role === 'hotline') return '/staff/hotline'
  if (role === 'supervisor' || role === 'admin') return '/staff/dashboard'
  return '/staff/cases'
}

/** Downloads a staff file (Excel, CSV) with the bearer token, which a plain link cannot send. */
export async function download(path, filename) {
  const res = await fetch(`/api/v1${path}`, { headers: { Authorization: `Bearer ${staff.token}` } })
  if (!res.ok) return false
  const url = URL.createObjectURL(await res.blob())
  const a = Object.assign(document.createElement('a'), { href: url, download: filename })
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return true
}
