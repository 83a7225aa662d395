/**
 * Where the page's main thread spends its time: a V8 CPU profile (CDP Profiler)
 * summarised by self time per function and per source module. Run against an
 * unminified build, whose bundles mark each module with a `// src/…` or
 * `// node_modules/…` line, so a sample's line number names its module.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from '@playwright/test';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileEntry {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  topFunctions: ProfileEntry[];
  topModules: ProfileEntry[];
}

export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
}

export async function stopProfile(cdp: CDPSession): Promise<CpuProfile> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await cdp.send('Profiler.disable');
  return profile;
}

/** Module marker lines of a bundle, ascending, so a line number can be looked up by binary search. */
function moduleMarkers(source: string): Array<{ line: number; module: string }> {
  const markers: Array<{ line: number; module: string }> = [];
  source.split('\n').forEach((text, line) => {
    const match = /^\/\/ ((?:src|node_modules)\/\S+)\s*$/.exec(text);
    if (match) markers.push({ line, module: match[1]!.replace(/^node_modules\/((?:@[^/]+\/)?[^/]+).*$/, '$1') });
  });
  return markers;
}

function moduleAt(markers: Array<{ line: number; module: string }>, line: number): string | null {
  let low = 0;
  let high = markers.length - 1;
  let found: string | null = null;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (markers[mid]!.line <= line) {
      found = markers[mid]!.module;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

export function summariseProfile(profile: CpuProfile, appDir: string, top = 12): ProfileSummary {
  const selfMs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // timeDeltas[i] is the gap before sample i; it is charged to the sample that was running, i - 1.
  for (let i = 1; i < samples.length; i++) selfMs.set(samples[i - 1]!, (selfMs.get(samples[i - 1]!) ?? 0) + deltas[i]! / 1000);

  const markersByUrl = new Map<string, Array<{ line: number; module: string }>>();
  const markersOf = (url: string) => {
    let markers = markersByUrl.get(url);
    if (!markers) {
      markers = [];
      try {
        const path = new URL(url).pathname;
        if (path.endsWith('.js')) markers = moduleMarkers(readFileSync(join(appDir, path), 'utf8'));
      } catch {
        // Not a file of this build (an extension, the browser's own code): no module.
      }
      markersByUrl.set(url, markers);
    }
    return markers;
  };

  const byFunction = new Map<string, number>();
  const byModule = new Map<string, number>();
  let totalMs = 0;
  for (const node of profile.nodes) {
    const ms = selfMs.get(node.id) ?? 0;
    if (ms === 0) continue;
    totalMs += ms;
    const { functionName, url, lineNumber } = node.callFrame;
    const module = url ? (moduleAt(markersOf(url), lineNumber) ?? url.replace(/^.*\//, '')) : null;
    const name = functionName || '(anonymous)';
    const key = module ? `${name} · ${module}` : name;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    const moduleKey = module ?? (name.startsWith('(') ? name : '(native / browser)');
    byModule.set(moduleKey, (byModule.get(moduleKey) ?? 0) + ms);
  }
  const rank = (entries: Map<string, number>) =>
    [...entries]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms, share: totalMs > 0 ? ms / totalMs : 0 }));
  return { totalMs, topFunctions: rank(byFunction), topModules: rank(byModule) };
}
