import { computed, reactive } from 'vue'
import { api } from './api.js'

// The county this XinSheng serves, as GET /api/v1/jurisdiction describes it: its names, hotline, languages and
// townships (and, for staff, every unit). Nothing about a particular county is written in the web app itself.
export const jurisdiction = reactive({ loaded: false, key: '', name: {}, hotline: '', languages: ['zh'], townships: [], units: [] })

/** Loads the public description; with a staff token, the units too. Resolves to true when it arrived. */
export async function loadJurisdiction(token) {
  const res = await api('/jurisdiction', token ? { headers: { Authorization: `Bearer ${token}` } } : {})
  if (!res.ok || !res.body) return false
  Object.assign(jurisdiction, { units: [], ...res.body, loaded: true })
  return true
}

/** A name object ({ zh, bo }) in the language asked for, else in Chinese. */
export function nameIn(name, locale) {
  return (name && (name[locale] || name.zh)) || ''
}

/** A Tibetan name as it sits inside a sentence: without the shad that closes it when written alone. */
export function inSentence(text) {
  return text.endsWith('།') ? text.slice(0, -1) : text
}

export function countyName(locale) {
  return inSentence(nameIn(jurisdiction.name, locale))
}

export function townshipName(key, locale = 'zh') {
  const township = jurisdiction.townships.find((t) => t.key === key)
  return township ? nameIn(township.name, locale) : ''
}

/** Chinese names of the townships by key, for the staff consoles (staff work in Chinese). */
export const townshipLabels = computed(() => Object.fromEntries(jurisdiction.townships.map((t) => [t.key, nameIn(t.name, 'zh')])))

/** Chinese names of every unit by key (staff only). */
export const unitLabels = computed(() => Object.fromEntries(jurisdiction.units.map((u) => [u.key, nameIn(u.name, 'zh')])))

/** The facts the locale texts take as placeholders: {county}, {hotline}, {township} (the first, for examples). */
export function facts(locale) {
  return {
    county: countyName(locale),
    hotline: jurisdiction.hotline,
    township: inSentence(nameIn(jurisdiction.townships[0]?.name, locale)),
  }
}
