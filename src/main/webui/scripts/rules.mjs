// Writes src/generated/rules.ts: the input rules the web client checks before sending, taken from the
// API document so that each is written once, in the service.
import { readFileSync, writeFileSync } from 'node:fs';

const api = JSON.parse(readFileSync(new URL('../../../../openapi/openapi.json', import.meta.url), 'utf8'));
const quizId = api.paths['/quizzes'].post.parameters.find((p) => p.name === 'id' && p.in === 'query').schema.pattern;

writeFileSync(new URL('../src/generated/rules.ts', import.meta.url), `// Written by scripts/rules.mjs from openapi/openapi.json.

/** A quiz id (createQuiz's \`id\`), a regular expression without anchors. */
export const QUIZ_ID = ${JSON.stringify(quizId)};
`);
