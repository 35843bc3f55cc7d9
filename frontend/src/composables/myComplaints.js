import { reactive } from 'vue'
import { upload } from './photos.js'
import { normalize } from '../trackingCode.js'

// The complaints filed from this phone, newest first: what the confirmation page showed, so that it survives Back
// and a reload, and the codes, so that a worker who lost the SMS finds them again. No account: it lives in this
// browser only, and the phone number is kept masked (a shared phone shows no one's full number).
const STORAGE_KEY = 'xinsheng.mine'
const KEEP = 20

function load() {
  try {
    const saved = JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) || '[]')
    return Array.isArray(saved) ? saved.filter((c) => c && typeof c.code === 'string') : []
  } catch {
    return []
  }
}

export const mine = reactive({ complaints: load() })

function save() {
  globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(mine.complaints))
}

/** 13800138000 → 138****8000 */
export function maskPhone(phone) {
  const digits = String(phone ?? '').replace(/\D/g, '').slice(-11)
  return digits.length === 11 ? `${digits.slice(0, 3)}****${digits.slice(7)}` : ''
}

/** Keeps what the filing answered (201) and the masked phone it was texted to. */
export function remember(filed, phone, photoCount = 0) {
  const entry = {
    code: filed.trackingCode,
    filedAt: new Date().toISOString(),
    phone: maskPhone(phone),
    status: filed.status,
    advice: filed.advice || '',
    legalAid: (filed.flags || []).includes('legal_aid'),
    nextSteps: filed.nextSteps || null,
    photos: { sent: photoCount, received: 0, failed: 0 },
  }
  mine.complaints = [entry, ...mine.complaints.filter((c) => normalize(c.code) !== normalize(entry.code))].slice(0, KEEP)
  save()
  return entry
}

export function findMine(code) {
  return mine.complaints.find((c) => normalize(c.code) === normalize(code)) || null
}

export function forgetAll() {
  mine.complaints = []
  globalThis.localStorage?.removeItem(STORAGE_KEY)
}

// Photos waiting for (another) upload, by code; in memory only: a photo is too big for localStorage.
const waiting = new Map()

/** Uploads the photos for a filed complaint; the counts land in the remembered entry. */
export async function uploadPhotos(code, files = waiting.get(code) || []) {
  const entry = findMine(code)
  if (!entry || !files.length) return
  entry.photos.failed = 0
  const results = await Promise.all(files.map((f) => upload(code, f)))
  entry.photos.received += results.filter(Boolean).length
  entry.photos.failed = results.filter((ok) => !ok).length
  const left = files.filter((_, i) => !results[i])
  if (left.length) waiting.set(code, left)
  else waiting.delete(code)
  save()
}

export function canRetryPhotos(code) {
  return (waiting.get(code) || []).length > 0
}
