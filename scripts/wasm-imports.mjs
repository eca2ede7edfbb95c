// Renames the imports of a wasm module, for scripts/post-build.mjs.
//
// wasm-bindgen names every import the JS glue provides after the function
// and a 16-digit hash ("__wbg_setAttribute_b1c6bd7b8bc2f3a5"). The names
// appear twice, in the wasm's import section and as keys in the glue, and
// hashes do not compress: 189 of them cost 4.7 KB brotli. Renaming them to
// short ones in both files changes nothing else (binaryen's own
// --minify-imports only renames imports from "env").

/** Reads an unsigned LEB128 number at `at`; returns [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  return [value >>> 0, at];
}

function encodeLeb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

function readName(bytes, at) {
  const [length, start] = leb(bytes, at);
  return [Buffer.from(bytes.subarray(start, start + length)).toString('utf8'), start + length];
}

const encodeName = (text) => {
  const utf8 = Buffer.from(text, 'utf8');
  return [...encodeLeb(utf8.length), ...utf8];
};

/** Skips a table's or memory's limits. */
function skipLimits(bytes, at) {
  const flags = bytes[at++];
  [, at] = leb(bytes, at);
  if (flags & 1) [, at] = leb(bytes, at);
  return at;
}

/** `wasm` with every import from `module` renamed to `short(n)`, and the
 *  map from old names to new ones. */
export function renameImports(wasm, module, short) {
  const parts = [wasm.subarray(0, 8)];
  const renamed = new Map();
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at++];
    let size;
    [size, at] = leb(wasm, at);
    const end = at + size;
    if (id !== 2) {
      parts.push(Buffer.from([id, ...encodeLeb(size)]), wasm.subarray(at, end));
      at = end;
      continue;
    }
    let count;
    [count, at] = leb(wasm, at);
    const section = [...encodeLeb(count)];
    for (let i = 0; i < count; i++) {
      let from;
      let field;
      [from, at] = readName(wasm, at);
      [field, at] = readName(wasm, at);
      const description = at;
      const kind = wasm[at++];
      if (kind === 0) [, at] = leb(wasm, at); // function: type index
      else if (kind === 1) at = skipLimits(wasm, at + 1); // table: reference type, limits
      else if (kind === 2) at = skipLimits(wasm, at); // memory: limits
      else if (kind === 3) at += 2; // global: value type, mutability
      else if (kind === 4) [, at] = leb(wasm, at + 1); // tag: attribute, type index
      else throw new Error(`unknown import kind ${kind}`);
      let name = field;
      if (from === module) {
        name = short(renamed.size);
        renamed.set(field, name);
      }
      section.push(...encodeName(from), ...encodeName(name), ...wasm.subarray(description, at));
    }
    if (at !== end) throw new Error('the import section does not end where its size says');
    parts.push(Buffer.from([2, ...encodeLeb(section.length), ...section]));
  }
  return [Buffer.concat(parts), renamed];
}

/** `glue` with each old import name replaced by its new one. Each must
 *  appear exactly once, as a key of the imports object; anything else
 *  means the glue is not what this expects, and the build stops. */
export function renameInGlue(glue, renamed) {
  for (const [old, name] of renamed) {
    const pattern = new RegExp(`\\b${old}\\b`, 'g');
    const found = glue.match(pattern)?.length ?? 0;
    if (found !== 1) throw new Error(`post-build: import ${old} appears ${found} times in the glue, not once`);
    glue = glue.replace(pattern, name);
  }
  return glue;
}
