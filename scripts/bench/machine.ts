import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  totalMemoryBytes: number;
  os: string;
  node: string;
  chromium: string | null;
  date: string;
  /** 1-minute load average when the run started and ended: other work on the machine skews every timing. */
  loadAverage: { start: number; end: number | null };
}

export function machineInfo(chromium: string | null = null): MachineInfo {
  const processors = cpus();
  return {
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    totalMemoryBytes: totalmem(),
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium,
    date: new Date().toISOString(),
    loadAverage: { start: loadavg()[0]!, end: null },
  };
}

export function finishMachineInfo(info: MachineInfo, chromium: string | null): MachineInfo {
  return { ...info, chromium: chromium ?? info.chromium, loadAverage: { ...info.loadAverage, end: loadavg()[0]! } };
}
