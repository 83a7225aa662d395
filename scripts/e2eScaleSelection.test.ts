import { describe, expect, it } from 'vitest';
import { selectedProjects } from '../e2e/scaleSelection';

const cli = (...args: string[]) => ['node', '/x/node_modules/@playwright/test/cli.js', 'test', ...args];

describe('selectedProjects', () => {
  it('runs both projects for a plain `playwright test`', () => {
    expect(selectedProjects(cli(), {})).toEqual({ desktop: true, scale: true });
  });

  it('follows file filters', () => {
    expect(selectedProjects(cli('e2e/explorer.spec.ts'), {})).toEqual({ desktop: true, scale: false });
    expect(selectedProjects(cli('e2e/scale.spec.ts'), {})).toEqual({ desktop: false, scale: true });
    expect(selectedProjects(cli('explorer', 'scale'), {})).toEqual({ desktop: true, scale: true });
  });

  it('follows --project, and does not read option values as file filters', () => {
    expect(selectedProjects(cli('--project', 'desktop', '--reporter', 'line'), {})).toEqual({ desktop: true, scale: false });
    expect(selectedProjects(cli('--project=scale'), {})).toEqual({ desktop: false, scale: true });
    expect(selectedProjects(cli('-g', 'scale things', '--workers', '1'), {})).toEqual({ desktop: true, scale: true });
  });

  it('lets E2E_SCALE force the scale server', () => {
    expect(selectedProjects(cli('e2e/explorer.spec.ts'), { E2E_SCALE: '1' }).scale).toBe(true);
    expect(selectedProjects(cli(), { E2E_SCALE: '0' }).scale).toBe(false);
  });
});
