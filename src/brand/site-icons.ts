/**
 * The site's icons, drawn from the one mark public/icon.svg (scripts/make-icons.ts makes the others). The public
 * site gets /favicon.ico by its fixed address and these through its metadata; the admin through Payload's meta.
 */
export const siteIcons = [
  { rel: 'icon', type: 'image/svg+xml', url: '/icon.svg' },
  { rel: 'icon', type: 'image/x-icon', sizes: '48x48', url: '/favicon.ico' },
  { rel: 'apple-touch-icon', type: 'image/png', sizes: '180x180', url: '/apple-touch-icon.png' },
]
