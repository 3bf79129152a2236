import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/common/paths';

/** One ```graphql block of the README, titled by the question or heading that introduces it. */
export interface ReadmeExample {
  readonly title: string;
  readonly query: string;
}

/** The README's GraphQL examples in order: the explorer preloads them, the tests run them. */
export function readmeExamples(markdown: string = readme()): ReadmeExample[] {
  return readmeBlocks('graphql', markdown).map(({ title, text }) => ({ title, query: text }));
}

/** The README's fenced blocks of one language (```js, ```graphql), in order, with their titles. */
export function readmeBlocks(language: string, markdown: string = readme()): Array<{ title: string; text: string }> {
  return [...markdown.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((match) => ({
    title: titleBefore(markdown.slice(0, match.index).split('\n')),
    text: match[1],
  }));
}

function readme(): string {
  return fs.readFileSync(path.join(projectRoot(), 'README.md'), 'utf8');
}

/**
 * The first sentence of the paragraph just before a block ("Who accompanied Ratu Tatu
 * Chasanah?"), or the section heading when that paragraph is a list or another block.
 */
function titleBefore(lines: string[]): string {
  let end = lines.length - 1;
  while (end >= 0 && lines[end].trim() === '') end -= 1;
  let start = end;
  while (start > 0 && lines[start - 1].trim() !== '') start -= 1;
  const paragraph = lines.slice(start, end + 1).join(' ').trim();
  if (paragraph !== '' && !/^([-*]|```|#)/.test(paragraph)) return firstSentence(paragraph);
  const heading = [...lines].reverse().find((line) => line.startsWith('#'));
  return heading?.replace(/^#+\s*/, '') ?? 'Example';
}

function firstSentence(text: string): string {
  const sentence = /^(.*?[?.:])(\s|$)/.exec(text)?.[1] ?? text;
  return sentence.replace(/[*`]/g, '').replace(/[.:]$/, '');
}
