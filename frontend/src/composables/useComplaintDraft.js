import { reactive, watch } from 'vue'

const STORAGE_KEY = 'xinsheng.draft'

function newDraft() {
  return {
    key: globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`,
    text: '',
    phone: '',
    name: '',
    understood: { employer: '', amountYuan: '', workers: '', township: '' },
    edited: {},
    pending: false,
  }
}

function load() {
  try {
    const saved = JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) || 'null')
    return saved && saved.key ? { ...newDraft(), ...saved } : newDraft()
  } catch {
    return newDraft()
  }
}

/**
 * The complaint being written, kept in localStorage so it survives a reload or a dead battery. Its key is the
 * Idempotency-Key: however often it is sent (retries, coming back online), it is filed once.
 */
export function useComplaintDraft() {
  const draft = reactive(load())
  watch(draft, (value) => globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(value)), { deep: true })

  function reset() {
    Object.assign(draft, newDraft())
  }

  return { draft, reset }
}
