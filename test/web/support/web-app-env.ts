/** Set by the web project's global setup for the browser tests (same process: Jest runs them in band). */
export function webEnv() {
  const baseUrl = process.env.WEB_BASE_URL;
  const databaseUrl = process.env.WEB_DATABASE_URL;
  const printerPort = Number(process.env.WEB_PRINTER_PORT);
  if (!baseUrl || !databaseUrl || !printerPort) throw new Error('Run the browser tests with `npm run test:e2e:web` (the web project global setup starts the app).');
  return { baseUrl, databaseUrl, printerPort };
}
