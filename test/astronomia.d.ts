/** The parts of the astronomia package (devDependency, no types) the accuracy tests read: its full series. */
declare module 'astronomia/data' {
  const data: Record<string, unknown>;
  export default data;
}
declare module 'astronomia/data/elpMppDeFull' {
  const elp: Record<string, unknown>;
  export default elp;
}
