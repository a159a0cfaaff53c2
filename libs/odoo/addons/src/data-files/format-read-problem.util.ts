import type { ReadProblem } from './read-problem.type';

/** `file:line:column: message`, leaving out what is unknown. */
export function formatReadProblem(problem: ReadProblem): string {
  const where = [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(':');
  return `${where}: ${problem.message}`;
}
