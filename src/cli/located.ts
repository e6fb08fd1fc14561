/** `file:line: message`, or `file: message` for problems of the whole file. */
export const located = (file: string, line: number, message: string): string => (line > 0 ? `${file}:${line}: ${message}` : `${file}: ${message}`);
