// Parses every .ps1 file under a folder with the tree-sitter PowerShell grammar.
//
//   node check.mjs SAMPLES_DIR
//
// Fails when
//  - no .ps1 file is found (the check must not pass vacuously),
//  - any script has a syntax error (an ERROR or MISSING node),
//  - for each pair listed in SAMPLES_DIR/manifest.json ({benign, hostile, value}):
//      the hostile script's syntax tree differs in shape from the benign one (a value that
//      broke out of its string literal adds or removes nodes), or
//      the hostile value is not found, whole, as the content of one single-quoted literal.
// Prints one line per check and "N passed, N failed" at the end.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import Parser from "tree-sitter";
import PowerShell from "tree-sitter-powershell/bindings/node/index.js";

const root = process.argv[2];
if (!root) {
  console.error("usage: node check.mjs SAMPLES_DIR");
  process.exit(2);
}

const parser = new Parser();
parser.setLanguage(PowerShell);

// tree-sitter's default buffer is 32 KiB; our scripts are larger.
function parse(text) {
  return parser.parse(text, undefined, { bufferSize: 4 * 1024 * 1024 });
}

function readScript(path) {
  let text = readFileSync(path, "utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else if (name.toLowerCase().endsWith(".ps1")) out.push(path);
  }
  return out;
}

function firstProblem(node) {
  if (node.type === "ERROR" || node.isMissing) return node;
  for (const child of node.children) {
    const found = firstProblem(child);
    if (found) return found;
  }
  return null;
}

// The node types in pre-order: the tree's shape without any literal's content.
function shape(node, out = []) {
  out.push(node.type);
  for (const child of node.children) shape(child, out);
  return out;
}

// PowerShell's single quotes: ' and the typographic U+2018..U+201B, any of which closes a
// verbatim string and is escaped by doubling.
const QUOTES = "'\u2018\u2019\u201a\u201b";

function verbatimContents(node, out = []) {
  if (node.type === "verbatim_string_characters") {
    const text = node.text;
    if (text.length >= 2 && QUOTES.includes(text[0]) && QUOTES.includes(text[text.length - 1])) {
      let inner = "";
      const body = text.slice(1, -1);
      for (let i = 0; i < body.length; i++) {
        inner += body[i];
        if (QUOTES.includes(body[i]) && QUOTES.includes(body[i + 1])) i++;
      }
      out.push(inner);
    }
  }
  for (const child of node.children) verbatimContents(child, out);
  return out;
}

let passed = 0;
let failed = 0;
function report(ok, what, detail = "") {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? "ok  " : "FAIL"} ${what}${detail ? ": " + detail : ""}`);
}

const scripts = walk(root);
report(scripts.length > 0, "found PowerShell scripts", `${scripts.length} in ${root}`);

for (const path of scripts) {
  const tree = parse(readScript(path));
  const problem = firstProblem(tree.rootNode);
  report(
    problem === null,
    `parses without errors: ${relative(root, path)}`,
    problem ? `${problem.isMissing ? "missing " + problem.type : "ERROR"} at line ${problem.startPosition.row + 1}, column ${problem.startPosition.column + 1}` : "",
  );
}

let manifest = { pairs: [] };
try {
  manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));
} catch (e) {
  report(false, "read manifest.json", e.message);
}
report(manifest.pairs.length > 0, "manifest lists hostile/benign pairs", `${manifest.pairs.length}`);

for (const pair of manifest.pairs) {
  const benign = parse(readScript(join(root, pair.benign))).rootNode;
  const hostile = parse(readScript(join(root, pair.hostile))).rootNode;
  const a = shape(benign);
  const b = shape(hostile);
  let firstDiff = -1;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      firstDiff = i;
      break;
    }
  }
  report(
    firstDiff === -1,
    `same syntax tree as the benign script: ${pair.hostile}`,
    firstDiff === -1 ? "" : `node ${firstDiff}: ${a[firstDiff]} vs ${b[firstDiff]}`,
  );
  const literals = verbatimContents(hostile);
  report(
    literals.includes(pair.value),
    `value is one string literal: ${pair.hostile}`,
    literals.includes(pair.value) ? "" : JSON.stringify(pair.value),
  );
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
