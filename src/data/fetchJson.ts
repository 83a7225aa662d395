/** Fetches a JSON file of the built collection, with messages a user can act on. */
export async function fetchJson(url: string, what: string, fetchImpl: typeof fetch = fetch): Promise<unknown> {
  const response = await fetchImpl(url);
  if (!response.ok) throw new Error(`${what} could not be loaded (${response.status} ${response.statusText}) from ${url}.`);
  // Static hosts often answer a missing file with the app's own page.
  if ((response.headers.get('content-type') ?? '').includes('text/html')) {
    throw new Error(`${what} was not found at ${url} (the server returned a web page). Run \`npm run data\` before building.`);
  }
  try {
    return await response.json();
  } catch {
    throw new Error(`${what} at ${url} is not valid JSON.`);
  }
}
