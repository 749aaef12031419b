#!/usr/bin/env node
// `npm test`: vitest (arguments passed on, e.g. `npm test -- --project astro`), with two kinds of noise
// dropped from its output. The fuzzer (test/fuzz.test.ts) sends header values holding non-ASCII
// characters on purpose, and workerd warns about each one ("A header value for "X" contains non-ASCII
// characters ...", about 85 lines a run). The warning is workerd's own output, relayed from the runtime's
// thread, so neither vitest's `silent` nor a test can hold it back; everything else passes untouched.
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vitest = realpathSync(join(root, 'node_modules', '.bin', 'vitest'));
const NOISE = /^A header value for "[^"]+" contains non-ASCII characters: /;
// Likewise test/png.test.ts calls the PNG Worker with arguments outside its contract, and workerd logs each
// refusal (a RangeError thrown by the RPC method) as that Worker's uncaught exception, on two lines.
const PNG_REFUSAL = /^uncaught exception; .*RangeError: (width must be an integer|svg must be a string)/;
const PNG_REFUSAL_FRAME = /^\s+at PngWorker\.render \(/;

const child = spawn(process.execPath, [vitest, 'run', ...process.argv.slice(2)], {
  cwd: root,
  stdio: ['inherit', 'pipe', 'pipe'],
  // Piped, vitest would drop its colours; keep them when this output goes to a terminal.
  env: process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1', ...process.env } : process.env,
});
for (const [from, to] of [
  [child.stdout, process.stdout],
  [child.stderr, process.stderr],
]) {
  let refusal = false;
  createInterface({ input: from, crlfDelay: Number.POSITIVE_INFINITY }).on('line', (line) => {
    const frame = refusal && PNG_REFUSAL_FRAME.test(line);
    refusal = PNG_REFUSAL.test(line);
    if (!NOISE.test(line) && !refusal && !frame) to.write(`${line}\n`);
  });
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
