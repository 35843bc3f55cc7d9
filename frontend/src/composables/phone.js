// Mirrors backend intake/PhoneNumbers.java: mainland mobile numbers, with or without +86, spaces or full-width digits.
export function normalizeMobile(input) {
  let digits = String(input ?? '')
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\-()]/g, '')
  if (digits.startsWith('+86')) digits = digits.slice(3)
  else if (digits.startsWith('0086')) digits = digits.slice(4)
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null
}
