/** Calls the XinSheng API; resolves to { ok, status, body } and never throws on HTTP errors. */
export async function api(path, { method = 'GET', body, headers = {} } = {}) {
  try {
    const response = await fetch(`/api/v1${path}`, {
      method,
      headers: { Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
      body: body ? JSON.stringify(body) : undefined,
    })
    const text = await response.text()
    let json = null
    try { json = text ? JSON.parse(text) : null } catch { json = null }
    return { ok: response.ok, status: response.status, body: json, headers: response.headers }
  } catch {
    return { ok: false, status: 0, body: null }
  }
}
