import type { OverrideIssue, OverrideLocator, OverridePath } from './override-issue.type';

/** Collects issues, placing each at its path's position in the source when a locator knows it. */
export class IssueCollector {
  readonly issues: OverrideIssue[] = [];

  constructor(
    private readonly file: string,
    private readonly locate: OverrideLocator = () => undefined,
  ) {}

  add(path: OverridePath, message: string): void {
    const position = this.locate(path);
    this.issues.push({ file: this.file, ...position, path: formatPath(path), message });
  }

  positionText(path: OverridePath): string {
    const position = this.locate(path);
    return position ? `line ${position.line}` : formatPath(path);
  }
}

function formatPath(path: OverridePath): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}
