// Mirrors backend intake/TrackingCode.java: 12 random symbols and a Luhn mod 32 check symbol.
export const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
const N = ALPHABET.length
export const LENGTH = 13

export function normalize(input) {
  return String(input ?? '').toUpperCase().replace(/[\s\-_.]/g, '')
}

export function checkSymbolFor(payload) {
  let factor = 2
  let sum = 0
  for (let i = payload.length - 1; i >= 0; i--) {
    let addend = factor * ALPHABET.indexOf(payload[i])
    factor = factor === 2 ? 1 : 2
    sum += Math.floor(addend / N) + (addend % N)
  }
  return ALPHABET[(N - (sum % N)) % N]
}

/** 'ok', 'length' (too short or long), 'symbol' (a character never used in codes), or 'typo' (check fails). */
export function diagnose(input) {
  const code = normalize(input)
  if (code.length !== LENGTH) return 'length'
  if ([...code].some((c) => !ALPHABET.includes(c))) return 'symbol'
  return checkSymbolFor(code.slice(0, -1)) === code.at(-1) ? 'ok' : 'typo'
}

export function format(input) {
  const code = normalize(input)
  return [code.slice(0, 4), code.slice(4, 8), code.slice(8)].filter(Boolean).join('-')
}
