// Evidence photos are shrunk on the phone before upload: a 4 MB camera shot becomes ~200 KB on slow mobile data.
const MAX_SIDE = 1600

export async function shrink(file) {
  if (!file.type.startsWith('image/')) return file
  try {
    const bitmap = await createImageBitmap(file)
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height))
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(bitmap.width * scale)
    canvas.height = Math.round(bitmap.height * scale)
    canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height)
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.8))
    // JPEG and PNG are kept when the shrunk copy is not smaller; anything else (WebP, HEIC) is sent as the JPEG copy,
    // as the server takes JPEG and PNG only.
    const keep = /^image\/(jpeg|png)$/.test(file.type) && !(blob && blob.size < file.size)
    return blob && !keep ? new File([blob], file.name.replace(/\.\w+$/, '') + '.jpg', { type: 'image/jpeg' }) : file
  } catch {
    return file
  }
}

/** Uploads one photo for a filed complaint; resolves to true when stored. */
export async function upload(trackingCode, file) {
  const form = new FormData()
  form.append('photo', file, file.name)
  try {
    const res = await fetch(`/api/v1/complaints/${encodeURIComponent(trackingCode)}/evidence`, { method: 'POST', body: form })
    return res.ok
  } catch {
    return false
  }
}
