import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { InputError, UsageError } from '../../engine/errors.ts';
import { KUBERNETES_KINDS } from '../../state/kubernetes.ts';
import { displayPath } from '../files/expand-inputs.ts';
import { readInputText } from '../files/read-json.ts';
import { MAX_YAML_BYTES, readManifestTexts, type ManifestsRead, type ManifestText } from './files.ts';
import type { ManifestsOption } from './manifest-sources.ts';

/** How long one `helm template` may run. */
export const HELM_TIMEOUT_MS = 60_000;

export const HELM_NOT_ON_PATH = 'helm is not on PATH: render the chart with `helm template` and pass the output with --manifests';

/**
 * A chart folder rendered with `helm template <chart>` (the chart's own values.yaml, nothing
 * else: no `--values`, `--set` or release settings), read as manifests are. helm runs without a
 * shell, for at most HELM_TIMEOUT_MS, and its output is bounded as a YAML input is.
 *
 * Each rendered object is placed, as far as helm's `# Source: <chart>/templates/x.yaml`
 * comments allow, at the template it came from: the file in the chart folder, at the line of
 * the template's `kind:` for the object's kind (line 1 when the template spells it otherwise).
 * A template is not the object it renders, so the line is where to look, not the field.
 * Objects of a subchart packed as `.tgz`, or without a Source comment, point at `Chart.yaml`.
 */
export async function renderChart(chartDir: string): Promise<ManifestsRead> {
  const target = displayPath(chartDir);
  const chartFile = join(target, 'Chart.yaml');
  if (!existsSync(chartFile)) throw new InputError(target, undefined, 'is not a Helm chart folder (no Chart.yaml)');
  const rendered = await helmTemplate(resolve(chartDir), target);
  const templates = byTemplate(rendered).map(({ source, text }): ManifestText => ({ file: templateFile(target, source) ?? chartFile, inFolder: true, text: () => text }));
  if (templates.length === 0) throw new InputError(target, undefined, 'helm template rendered no objects');
  const read = readManifestTexts(`helm:${target}`, target, basename(resolve(chartDir)), templates);
  placeAtTemplates(read);
  return read;
}

/** Each `--helm` chart rendered, one after the other (helm is memory-hungry), with the option that named it. */
export async function renderCharts(options: ManifestsOption[]): Promise<{ option: ManifestsOption; read: ManifestsRead }[]> {
  const out: { option: ManifestsOption; read: ManifestsRead }[] = [];
  for (const option of options) out.push({ option, read: await renderChart(option.path) });
  return out;
}

function helmTemplate(chartDir: string, shown: string): Promise<string> {
  return new Promise((done, fail) => {
    // The path is absolute, so helm never reads it as a flag.
    execFile('helm', ['template', chartDir], { encoding: 'utf8', maxBuffer: MAX_YAML_BYTES, timeout: HELM_TIMEOUT_MS, windowsHide: true }, (error, stdout, stderr) => {
      if (!error) return done(stdout);
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return fail(new UsageError(HELM_NOT_ON_PATH));
      if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return fail(new InputError(shown, undefined, `helm template rendered more than ${MAX_YAML_BYTES} bytes`));
      if (error.killed) return fail(new InputError(shown, undefined, `helm template did not finish within ${HELM_TIMEOUT_MS / 1000} s`));
      const why = stderr.split('\n').find((line) => line.trim() !== '') ?? `exit code ${String(code)}`;
      fail(new InputError(shown, undefined, `helm template failed: ${why.trim()}`));
    });
  });
}

/** The rendered stream cut into each template's documents, in order, by helm's `# Source:` comments. */
function byTemplate(rendered: string): { source: string | undefined; text: string }[] {
  const out: { source: string | undefined; text: string }[] = [];
  for (const document of rendered.split(/^---[ \t]*$/m)) {
    if (document.trim() === '') continue;
    const source = /^# Source: (.+)$/m.exec(document)?.[1]?.trim();
    const last = out.at(-1);
    if (last && last.source === source) last.text += `---\n${document}`;
    else out.push({ source, text: document });
  }
  return out;
}

/** `<chart>/templates/x.yaml` → `<chart folder>/templates/x.yaml`, when that file is there. */
function templateFile(chartDir: string, source: string | undefined): string | undefined {
  const parts = source?.split('/').slice(1) ?? [];
  if (parts.length === 0 || parts.some((p) => p === '' || p === '.' || p === '..')) return undefined;
  const file = join(chartDir, ...parts);
  return existsSync(file) ? file : undefined;
}

const KIND_LINE = /^kind:\s*["']?([A-Za-z0-9]+)["']?\s*(?:#.*)?$/;

/** Each object's line: its kind's `kind:` line in the template file, else 1 (the rendered line means nothing there). */
function placeAtTemplates(read: ManifestsRead): void {
  const texts = new Map<string, string[]>();
  for (const kind of KUBERNETES_KINDS) {
    for (const { object, origin } of read.cluster.objects[kind] ?? []) {
      const file = origin.file!;
      let lines = texts.get(file);
      if (!lines) texts.set(file, (lines = readInputText(file, MAX_YAML_BYTES).split('\n')));
      const { kind: spelled } = object as { kind?: string };
      origin.line = lines.findIndex((line) => KIND_LINE.exec(line.trimEnd())?.[1] === spelled) + 1 || 1;
      delete origin.pointer;
    }
  }
}
