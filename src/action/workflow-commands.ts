import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { showControls } from '../lib/control-characters.ts';

// How a JavaScript action talks to the runner: workflow commands on stdout (`::error file=…::…`),
// and the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name. The rules are actions/toolkit's
// (packages/core/src/command.ts and file-command.ts); we write them ourselves rather than bundle it.

/** A command's message: `%`, CR and LF encoded, so a message is one line and cannot end the command early. */
export function escapeData(text: string): string {
  return showControls(text, 'layout').replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** A command's property value: as a message, plus `:` and `,`, which end a value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** `::name key=value,…::message`, every part escaped. */
export function workflowCommand(name: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${name}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}`;
}

/**
 * Lines of text from the input (resource names, file paths, messages) printed with the runner's
 * command processing off: a line of it that reads `::add-mask::…` or `::error::…` is shown, not obeyed.
 */
export function printUntrusted(lines: readonly string[], print: (line: string) => void): void {
  if (!lines.length) return;
  const token = randomUUID();
  print(`::stop-commands::${token}`);
  for (const line of lines) print(line);
  print(`::${token}::`);
}

/**
 * Appends step outputs to the GITHUB_OUTPUT file, each as `name<<delimiter` … `delimiter`: a value
 * may hold any text, and a random delimiter is one no value can contain by accident or design.
 */
export function appendOutputs(file: string, outputs: Record<string, string>): void {
  const text = Object.entries(outputs).map(([name, value]) => {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
  });
  appendFileSync(file, text.join(''));
}

/** Appends Markdown to the step's job summary (the GITHUB_STEP_SUMMARY file). */
export function appendSummary(file: string, markdown: string): void {
  appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
}
