#!/usr/bin/env node
// Writes workers/png/src/hb-draw.wasm: five tiny WebAssembly functions with the signatures of HarfBuzz's
// draw callbacks (move_to, line_to, quadratic_to, cubic_to, close_path) that forward the coordinates to
// JavaScript imports. HarfBuzz calls its callbacks through its function table, and a table holds only
// WebAssembly functions: emscripten's addFunction makes such a wrapper by compiling a module from bytes
// at run time, which Workers forbid, so the wrapper is compiled ahead (this file, ~200 bytes) and bundled
// as a module like HarfBuzz itself (workers/png/src/shape.ts puts its exports into HarfBuzz's table).
//
//   node scripts/build-hb-draw-wasm.mjs     rewrites the file (its bytes depend only on this script)
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const I32 = 0x7f;
const F32 = 0x7d;
const uleb = (n) => {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};
const vec = (items) => [...uleb(items.length), ...items.flat()];
const str = (s) => vec([...Buffer.from(s)].map((b) => [b]));
const section = (id, body) => [id, ...uleb(body.length), ...body];
const funcType = (params) => [0x60, ...vec(params.map((p) => [p])), 0];

// HarfBuzz's callbacks: (funcs, draw_data, state, ...floats, user_data) → void.
const f = (n) => Array(n).fill(F32);
const CALLBACKS = [
  { name: 'move_to', floats: 2 },
  { name: 'line_to', floats: 2 },
  { name: 'quadratic_to', floats: 4 },
  { name: 'cubic_to', floats: 6 },
  { name: 'close_path', floats: 0 },
];
// Types 0..4: the imports (floats only); types 5..9: the exports (HarfBuzz's signatures).
const types = [
  ...CALLBACKS.map((c) => funcType(f(c.floats))),
  ...CALLBACKS.map((c) => funcType([I32, I32, I32, ...f(c.floats), I32])),
];
const imports = CALLBACKS.map((c, i) => [...str('draw'), ...str(c.name), 0x00, ...uleb(i)]);
const functions = CALLBACKS.map((_, i) => uleb(5 + i));
const exports = CALLBACKS.map((c, i) => [...str(c.name), 0x00, ...uleb(CALLBACKS.length + i)]);
const bodies = CALLBACKS.map((c, i) => {
  const code = [0x00]; // no locals
  for (let k = 0; k < c.floats; k++) code.push(0x20, 3 + k); // local.get (the floats follow 3 i32s)
  code.push(0x10, i, 0x0b); // call import i; end
  return [...uleb(code.length), ...code];
});
const bytes = Uint8Array.from([
  ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
  ...section(1, vec(types)),
  ...section(2, vec(imports)),
  ...section(3, vec(functions)),
  ...section(7, vec(exports)),
  ...section(10, vec(bodies)),
]);

export const HB_DRAW_WASM = bytes;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'workers', 'png', 'src', 'hb-draw.wasm');
  new WebAssembly.Module(bytes); // validates
  writeFileSync(file, bytes);
  console.log(`${file}: ${bytes.length} bytes`);
}
