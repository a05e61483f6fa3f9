// What a packaged .vsix holds. A .vsix is a zip archive: its central directory (at the end of the
// file) names every entry with its size, so no unzip tool is needed to list it.

/** Name and uncompressed size of every entry of a zip archive. */
export function zipEntries(archive) {
  const endOfDirectory = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOfDirectory < 0) throw new Error('not a zip archive (no end-of-central-directory record)');
  const count = archive.readUInt16LE(endOfDirectory + 10);
  let offset = archive.readUInt32LE(endOfDirectory + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (archive.readUInt32LE(offset) !== 0x02014b50) throw new Error(`broken central directory at entry ${i}`);
    const nameLength = archive.readUInt16LE(offset + 28);
    const extraLength = archive.readUInt16LE(offset + 30);
    const commentLength = archive.readUInt16LE(offset + 32);
    entries.push({ name: archive.toString('utf8', offset + 46, offset + 46 + nameLength), size: archive.readUInt32LE(offset + 24) });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

// Everything the extension needs at run time, and nothing else: the bundles (the Node host's entry,
// which loads the extension bundle through a code cache, and the web worker's), the panel's
// script and styles, icons, walkthrough pages, the grammar, the sidecar schema, the manifest with
// its strings, and the documents the marketplace shows. vsce adds the first two entries.
const shipped = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/package\.json$/,
  /^extension\/package\.nls(\.[\w-]+)?\.json$/,
  /^extension\/(readme\.md|changelog\.md|LICENSE\.txt)$/,
  /^extension\/images\/icon\.png$/,
  /^extension\/dist\/(desktop|extension|web\/extension)\.js$/,
  /^extension\/media\/[\w-]+\.(svg|css)$/,
  /^extension\/media\/panel\.js$/,
  /^extension\/media\/walkthrough\/[\w-]+\.(md|svg|png)$/,
  /^extension\/syntaxes\/[\w.-]+\.json$/,
  /^extension\/schemas\/[\w.-]+\.json$/,
  /^extension\/l10n\/bundle\.l10n(\.[\w-]+)?\.json$/,
];

/** Entries of a .vsix that are not among the files Dossier ships. */
export function unexpectedEntries(entries) {
  return entries.filter(({ name }) => !shipped.some((pattern) => pattern.test(name)));
}
