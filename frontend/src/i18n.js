import { computed, watch } from 'vue'
import { createI18n } from 'vue-i18n'
import zh from './locales/zh.json'
import bo from './locales/bo.json'
import { jurisdiction } from './jurisdiction.js'
import { loadTibetanFont } from './composables/tibetanFont.js'

// The languages the web app has texts for; the county's file says which of them it offers.
export const LOCALES = ['zh', 'bo']
export const offered = computed(() => LOCALES.filter((l) => jurisdiction.languages.includes(l)))
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

function applyLocale(locale) {
  document.documentElement.lang = locale
  if (locale === 'bo') loadTibetanFont()
}

export function setLocale(locale) {
  if (!offered.value.includes(locale)) return
  i18n.global.locale.value = locale
  globalThis.localStorage?.setItem(STORAGE_KEY, locale)
  applyLocale(locale)
}

applyLocale(i18n.global.locale.value)

// A county that does not offer the language chosen earlier (or the browser's) is shown in Chinese.
watch(offered, (languages) => {
  if (jurisdiction.loaded && !languages.includes(i18n.global.locale.value)) {
    i18n.global.locale.value = 'zh'
    applyLocale('zh')
  }
})
