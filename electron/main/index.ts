import { app, BrowserWindow, dialog, Menu, protocol, screen, session, shell, type MenuItemConstructorOptions, type WebContents } from 'electron';
import { join } from 'node:path';
import { registerIpcHandlers } from './ipc';
import { appPaths } from './paths';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, appResponse } from './app-protocol';
import { appRootUrl, contentSecurityPolicy, decidePermission, decideWindowOpen, isAppUrl, withContentSecurityPolicy } from './security';
import { fitToWorkAreas, loadWindowState, saveWindowState } from './window-state';

const paths = appPaths(import.meta.url);
// A packaged app must never be pointed at another page by an environment variable.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const rootUrl = appRootUrl({ devServerUrl });
const csp = contentSecurityPolicy({ dev: devServerUrl !== undefined, devServerOrigin: devServerUrl });

// Must happen before the app is ready: only then can a scheme become standard and secure.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

let mainWindow: BrowserWindow | null = null;

function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, rootUrl)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) void shell.openExternal(url);
    return { action: decision.action };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function hardenSession(): void {
  const ses = session.defaultSession;
  // The built page gets its policy from the scheme handler; this covers the dev server's responses.
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, csp) });
  });
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(decidePermission(permission) && isAppUrl(details.requestingUrl, rootUrl));
  });
  ses.setPermissionCheckHandler((contents, permission) => {
    return contents !== null && decidePermission(permission) && isAppUrl(contents.getURL(), rootUrl);
  });
}

// Roles only: their labels come from Electron in the operating system's language.
function buildMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

type CloseQuestion = { title?: string; message?: string; keep?: string; discard?: string };

/**
 * The page refuses to unload while a field holds text that could not be
 * saved (its beforeunload); a browser would ask, Electron only cancels the
 * close. So ask here, in the operating system's dialog, with the words the
 * page gives in its interface language (a hidden [data-close-question]);
 * keeping the text is the default.
 */
function askBeforeDroppingDrafts(window: BrowserWindow): void {
  let discard = false;
  window.webContents.on('will-prevent-unload', (event) => {
    if (discard) {
      event.preventDefault();
      return;
    }
    void window.webContents
      .executeJavaScript(`(() => { const q = document.querySelector('[data-close-question]'); return q ? { ...q.dataset } : null; })()`)
      .then(async (q: CloseQuestion | null) => {
        if (!q?.keep || !q.discard) return;
        const { response } = await dialog.showMessageBox(window, { type: 'warning', message: q.title ?? '', detail: q.message, buttons: [q.keep, q.discard], defaultId: 0, cancelId: 0, noLink: true });
        if (response === 1) {
          discard = true;
          window.close();
        }
      })
      .catch(() => undefined);
  });
}

function createWindow(): BrowserWindow {
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const { maximized, ...bounds } = fitToWorkAreas(
    loadWindowState(stateFile),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    backgroundColor: '#0f3d4c',
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  if (maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    saveWindowState(stateFile, { ...window.getNormalBounds(), maximized: window.isMaximized() });
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  askBeforeDroppingDrafts(window);

  if (devServerUrl !== undefined) void window.loadURL(devServerUrl);
  else void window.loadURL(APP_INDEX_URL);
  return window;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, (request) => appResponse(request, paths.rendererDir, csp));
    hardenSession();
    registerIpcHandlers({ getWindow: () => mainWindow, appRootUrl: rootUrl });
    buildMenu();
    mainWindow = createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
    });
  });
}
