import type { FleetMode } from './fleet-agents';

/** One measured run of the shelf check, as the benchmark records it. */
export interface FleetRunRecord {
  robots: number;
  mode: FleetMode;
  repetition: number;
  shelves: number;
  correctShelves: number;
  wallMs: number;
  simulatedMs: number;
  messages: number;
  bytes: number;
  coordinatorCpuMs: number;
  coordinatorPeakRssBytes: number;
  stages: Record<string, number[]>;
}

/** LLMind 2.0's published figures (REFERENCE.md), N = 1..10. */
export const PAPER = {
  distributedSeconds: [7.5, 9.9, 12.5, 16.2, 14.9, 15.4, 16.6, 23.3, 19.7, 22.3],
  distributedSuccess: [97.5, 98.75, 97.5, 98.75, 95.5, 96.7, 95.0, 95.8, 94.2, 94.25],
  centralisedSeconds: [30.5, 76.1, 127.7, 155.7, 199.9, 215.8, 249.6, 304.7, 381.2, 433.7],
  centralisedSuccess: [97.3, 87.7, 85.7, 77.4, 77.1, 70.7, 67.8, 67.2, 61.9, 60.3],
};

export function percentile(values: number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

const median = (values: number[]) => percentile(values, 0.5);
const STAGES = ['mapping', 'generating', 'validating', 'executing', 'verifying'];

export interface FleetSummary {
  robots: number;
  mode: FleetMode;
  runs: number;
  shelfSuccessPercent: number;
  allCorrectPercent: number;
  wallMedianMs: number;
  wallP95Ms: number;
  simulatedMedianMs: number;
  stageMedianMs: Record<string, number>;
  messagesMedian: number;
  bytesMedian: number;
  cpuMedianMs: number;
  peakRssMaxBytes: number;
}

export function summarise(records: FleetRunRecord[]): FleetSummary[] {
  const groups = new Map<string, FleetRunRecord[]>();
  for (const record of records) {
    const key = `${record.robots}|${record.mode}`;
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  return [...groups.values()].map((runs) => {
    const shelves = runs.reduce((sum, run) => sum + run.shelves, 0);
    const correct = runs.reduce((sum, run) => sum + run.correctShelves, 0);
    return {
      robots: runs[0]!.robots,
      mode: runs[0]!.mode,
      runs: runs.length,
      shelfSuccessPercent: (100 * correct) / shelves,
      allCorrectPercent: (100 * runs.filter((run) => run.correctShelves === run.shelves).length) / runs.length,
      wallMedianMs: median(runs.map((run) => run.wallMs)),
      wallP95Ms: percentile(runs.map((run) => run.wallMs), 0.95),
      simulatedMedianMs: median(runs.map((run) => run.simulatedMs)),
      stageMedianMs: Object.fromEntries(STAGES.map((stage) => [stage, median(runs.flatMap((run) => run.stages[stage] ?? []))])),
      messagesMedian: median(runs.map((run) => run.messages)),
      bytesMedian: median(runs.map((run) => run.bytes)),
      cpuMedianMs: median(runs.map((run) => run.coordinatorCpuMs)),
      peakRssMaxBytes: Math.max(...runs.map((run) => run.coordinatorPeakRssBytes)),
    };
  });
}

const seconds = (ms: number) => (Number.isNaN(ms) ? '–' : (ms / 1000).toFixed(ms < 10_000 ? 2 : 1));
const milliseconds = (ms: number) => (Number.isNaN(ms) ? '–' : ms < 10 ? ms.toFixed(1) : String(Math.round(ms)));

export function markdownTable(summaries: FleetSummary[]): string {
  const header = [
    '| N | mode | runs | shelves right (%) | runs all right (%) | wall median (s) | wall p95 (s) | simulated robot time (s) | map / generate / validate / execute / verify, median (ms) | MQTT messages | MQTT kB | coordinator CPU (s) | coordinator peak RSS (MB) | LLMind 2.0 paper (s, %) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  const rows = [...summaries]
    .sort((a, b) => a.robots - b.robots || a.mode.localeCompare(b.mode))
    .map((summary) => {
      const paperIndex = summary.robots - 1;
      const paper =
        paperIndex >= 0 && paperIndex < 10
          ? summary.mode === 'distributed'
            ? `${PAPER.distributedSeconds[paperIndex]} s, ${PAPER.distributedSuccess[paperIndex]} %`
            : `${PAPER.centralisedSeconds[paperIndex]} s, ${PAPER.centralisedSuccess[paperIndex]} %`
          : 'not tested';
      const stages = STAGES.map((stage) => milliseconds(summary.stageMedianMs[stage] ?? Number.NaN)).join(' / ');
      return `| ${summary.robots} | ${summary.mode} | ${summary.runs} | ${summary.shelfSuccessPercent.toFixed(1)} | ${summary.allCorrectPercent.toFixed(0)} | ${seconds(summary.wallMedianMs)} | ${seconds(summary.wallP95Ms)} | ${seconds(summary.simulatedMedianMs)} | ${stages} | ${Math.round(summary.messagesMedian)} | ${Math.round(summary.bytesMedian / 1000)} | ${(summary.cpuMedianMs / 1000).toFixed(2)} | ${Math.round(summary.peakRssMaxBytes / 1e6)} | ${paper} |`;
    });
  return [...header, ...rows].join('\n');
}

/** End-to-end time against N on a log scale, ours and the paper's, written by hand (no chart library). */
export function svgChart(summaries: FleetSummary[]): string {
  const sizes = [...new Set([...summaries.map((summary) => summary.robots), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])].sort((a, b) => a - b);
  const width = 760;
  const height = 420;
  const left = 70;
  const right = 180;
  const top = 30;
  const bottom = 60;
  const x = (n: number) => left + (sizes.indexOf(n) / Math.max(1, sizes.length - 1)) * (width - left - right);
  const [minimum, maximum] = [0.1, 1000];
  const y = (secondsValue: number) => top + (1 - (Math.log10(Math.max(minimum, secondsValue)) - Math.log10(minimum)) / (Math.log10(maximum) - Math.log10(minimum))) * (height - top - bottom);
  const series = [
    { label: 'meshmind distributed (wall)', colour: '#1f77b4', dash: '', points: summaries.filter((s) => s.mode === 'distributed').map((s) => [s.robots, s.wallMedianMs / 1000] as const) },
    { label: 'meshmind centralised (wall)', colour: '#d62728', dash: '', points: summaries.filter((s) => s.mode === 'centralised').map((s) => [s.robots, s.wallMedianMs / 1000] as const) },
    { label: 'LLMind 2.0 (paper)', colour: '#1f77b4', dash: '6 4', points: PAPER.distributedSeconds.map((value, index) => [index + 1, value] as const) },
    { label: 'centralised (paper)', colour: '#d62728', dash: '6 4', points: PAPER.centralisedSeconds.map((value, index) => [index + 1, value] as const) },
  ];
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${left}" y="18" font-size="14">Shelf check end-to-end time vs fleet size N (median, log scale)</text>`,
  ];
  for (const tick of [0.1, 1, 10, 100, 1000]) {
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#ddd"/>`, `<text x="${left - 8}" y="${y(tick) + 4}" text-anchor="end">${tick} s</text>`);
  }
  for (const n of sizes) parts.push(`<text x="${x(n)}" y="${height - bottom + 18}" text-anchor="middle">${n}</text>`);
  parts.push(`<text x="${(left + width - right) / 2}" y="${height - 18}" text-anchor="middle">N robots = N shelves (categorical axis)</text>`);
  series.forEach((line, index) => {
    const points = [...line.points].sort((a, b) => a[0] - b[0]);
    if (points.length > 0) {
      parts.push(`<polyline fill="none" stroke="${line.colour}" stroke-width="2" stroke-dasharray="${line.dash}" points="${points.map(([n, value]) => `${x(n).toFixed(1)},${y(value).toFixed(1)}`).join(' ')}"/>`);
      for (const [n, value] of points) parts.push(`<circle cx="${x(n).toFixed(1)}" cy="${y(value).toFixed(1)}" r="3" fill="${line.colour}"/>`);
    }
    const legendY = top + 10 + index * 20;
    parts.push(`<line x1="${width - right + 12}" x2="${width - right + 40}" y1="${legendY}" y2="${legendY}" stroke="${line.colour}" stroke-width="2" stroke-dasharray="${line.dash}"/>`, `<text x="${width - right + 46}" y="${legendY + 4}">${line.label}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}
