// The bench harness bundles in library mode, which leaves `process.env.NODE_ENV`
// in React's entry as is: without this, the page fails with "process is not
// defined". Imported first, so React picks its production build, as users run it.
(globalThis as unknown as { process: { env: Record<string, string> } }).process = { env: { NODE_ENV: 'production' } };
export {};
