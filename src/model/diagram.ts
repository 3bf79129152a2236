import type { Registry } from './registry';

/** Where the generated diagram sits in docs/model.md. */
export const DIAGRAM_START = '<!-- model diagram: generated from src/model by `npm run schema`; do not edit -->';
export const DIAGRAM_END = '<!-- end of model diagram -->';

/**
 * The model as a Mermaid diagram: one arrow per relationship (type, from, to), the backbone
 * first; curated relationships are drawn solid, backbone ones dotted.
 */
export function modelDiagram(registry: Registry): string {
  const lines = ['```mermaid', 'graph LR'];
  for (const r of registry.relationships) {
    lines.push(r.curated ? `  ${r.from} -- ${r.type} --> ${r.to}` : `  ${r.from} -. ${r.type} .-> ${r.to}`);
  }
  lines.push('```');
  return lines.join('\n');
}

/** Puts the diagram between its markers in a Markdown text; throws when the markers are missing. */
export function withDiagram(markdown: string, diagram: string): string {
  const start = markdown.indexOf(DIAGRAM_START);
  const end = markdown.indexOf(DIAGRAM_END);
  if (start < 0 || end < start) throw new Error(`docs/model.md has lost the markers of the generated diagram: ${DIAGRAM_START} ... ${DIAGRAM_END}`);
  return `${markdown.slice(0, start + DIAGRAM_START.length)}\n${diagram}\n${markdown.slice(end)}`;
}
