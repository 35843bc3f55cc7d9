import { createI18n } from 'vue-i18n'
import zh from './locales/zh.json'
import bo from './locales/bo.json'

export const LOCALES = ['zh', 'bo']
const STORAGE_KEY = 'xinsheng.locale'

function initialLocale() {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY)
  if (LOCALES.includes(saved)) return saved
  const browser = (globalThis.navigator?.language || '').toLowerCase()
  return browser.startsWith('bo') ? 'bo' : 'zh'
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'zh',
  messages: { zh, bo },
  datetimeFormats: Object.fromEntries(LOCALES.map((l) => [l, {
    long: { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' },
  }])),
})

// The Tibetan web font (for phones without one) is fetched only once Tibetan is chosen: Chinese users never pay for it.
let tibetanFont
function applyLocale(locale) {
  document.documentElement.lang = locale
  if (locale === 'bo') tibetanFont ??= import('@fontsource/noto-serif-tibetan/400.css').catch(() => {})
}

export function setLocale(locale) {
  if (!LOCALES.includes(locale)) return
  i18n.global.locale.value = locale
  globalThis.localStorage?.setItem(STORAGE_KEY, locale)
  applyLocale(locale)
}

applyLocale(i18n.global.locale.value)
