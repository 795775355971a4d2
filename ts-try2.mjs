import { createRequire } from 'node:module';
const { Parser, Language } = await import('web-tree-sitter');
const require = createRequire(import.meta.url);
await Parser.init();
const lang = await Language.load(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'));
const p = new Parser(); p.setLanguage(lang);
const src = process.argv[2];
const tree = p.parse(src);
function dump(n, d=0) { console.log(' '.repeat(d*2) + (n.isNamed?n.type:JSON.stringify(n.type)) + (n.isError?' ERROR':'')+(n.isMissing?' MISSING':'') + ' ' + n.startIndex+'-'+n.endIndex + ' ' + n.startPosition.row + ':' + n.startPosition.column + (n.childCount===0? ' '+JSON.stringify(n.text):'')); for (let i=0;i<n.childCount;i++) { dump(n.child(i), d+1);} }
dump(tree.rootNode);
console.log('hasError', tree.rootNode.hasError);
