// The Tibetan web font, for phones without one: fetched only once Tibetan is chosen (Chinese users never pay for
// it), regular and bold (headings would otherwise be smeared into a synthetic bold). The two Tibetan-range files are
// preloaded at once: the stylesheet alone would fetch them only when a Tibetan glyph is first drawn.
import regular from '@fontsource/noto-serif-tibetan/files/noto-serif-tibetan-tibetan-400-normal.woff2?url'
import bold from '@fontsource/noto-serif-tibetan/files/noto-serif-tibetan-tibetan-700-normal.woff2?url'

let loading

function preload(href) {
  if (document.head.querySelector(`link[rel="preload"][href="${href}"]`)) return
  const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'font', type: 'font/woff2', href })
  link.crossOrigin = 'anonymous'
  document.head.append(link)
}

export function loadTibetanFont() {
  if (loading) return loading
  preload(regular)
  preload(bold)
  loading = Promise.all([
    import('@fontsource/noto-serif-tibetan/400.css'),
    import('@fontsource/noto-serif-tibetan/700.css'),
  ]).catch(() => {})
  return loading
}
