// color-name 2.x ships plain ESM without types: a map of CSS colour names to sRGB triples.
declare module 'color-name' {
  const colorNames: Record<string, [number, number, number]>;
  export default colorNames;
}
