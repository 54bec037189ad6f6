// The package's index.d.ts re-exports a module that ships without types; declare the one call used.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
