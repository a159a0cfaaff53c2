/** A short Python-style traceback ending in `Name: message`, as Odoo's error payloads carry. */
export function pythonTraceback(exceptionName: string, message: string): string {
  const name = exceptionName.startsWith('builtins.') ? exceptionName.slice('builtins.'.length) : exceptionName;
  return `Traceback (most recent call last):\n  File "odoo/service/model.py", line 1, in execute_kw\n${name}: ${message}\n`;
}
