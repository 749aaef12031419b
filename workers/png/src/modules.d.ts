/** Module types of the non-JavaScript modules the PNG Worker bundles (workers/png/wrangler.toml `rules`). */
declare module '*.wasm' {
  const module: WebAssembly.Module;
  export default module;
}
declare module '*.ttf' {
  const data: ArrayBuffer;
  export default data;
}
