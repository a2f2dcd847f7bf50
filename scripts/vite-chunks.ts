// How the renderer's code is cut into files, for the tab's build (vite.config.ts) and the desktop's
// (electron.vite.config.ts) alike: everything the first screen needs in one file, not the entry and
// sixteen small shared chunks. A reload is served file by file, by the service worker in a tab or
// the app protocol on the desktop, and the sixteen arrived one after another, the last some 40 ms
// after the entry on this machine, before any screen could start. Screens stay lazily loaded.
export const rendererCodeSplitting = { groups: [{ name: 'start', tags: ['$initial' as const] }] };
