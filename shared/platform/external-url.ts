// Which links may leave the app for the system browser: http and https only.
// Shared so that the browser implementation and the Electron main process agree.
export function isExternalWebUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
}
