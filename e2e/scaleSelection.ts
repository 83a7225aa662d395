/**
 * Which projects a Playwright command line can run, so playwright.config.ts starts
 * only the web servers it needs: the scale project's server generates and parses
 * thousands of articles, which a run of, say, one explorer spec should not wait for.
 * E2E_SCALE=1 / 0 forces the scale project's server on or off.
 */
const OPTIONS_WITH_VALUE = new Set([
  '-c', '--config', '-g', '--grep', '-G', '--grep-invert', '-j', '--workers', '--reporter', '--output', '--timeout',
  '--global-timeout', '--retries', '--repeat-each', '--shard', '--max-failures', '--trace', '--tsconfig', '--browser', '--ui-host', '--ui-port',
]);

export interface SelectedProjects {
  desktop: boolean;
  scale: boolean;
}

const isScaleFilter = (filter: string) => /scale/i.test(filter);

export function selectedProjects(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): SelectedProjects {
  const testAt = argv.indexOf('test');
  const args = testAt < 0 ? [] : argv.slice(testAt + 1);
  const projects: string[] = [];
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--project') projects.push(args[++i] ?? '');
    else if (arg.startsWith('--project=')) projects.push(arg.slice('--project='.length));
    else if (OPTIONS_WITH_VALUE.has(arg)) i++;
    else if (!arg.startsWith('-')) files.push(arg);
  }
  let selected: SelectedProjects = { desktop: true, scale: true };
  if (projects.length > 0) {
    const wildcard = projects.some((project) => project.includes('*'));
    selected = { desktop: wildcard || projects.some((p) => !isScaleFilter(p)), scale: wildcard || projects.some(isScaleFilter) };
  }
  if (files.length > 0) {
    selected = { desktop: selected.desktop && files.some((f) => !isScaleFilter(f)), scale: selected.scale && files.some(isScaleFilter) };
  }
  if (env.E2E_SCALE === '1') selected.scale = true;
  if (env.E2E_SCALE === '0') selected.scale = false;
  return selected;
}
