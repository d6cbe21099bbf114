// Every server action goes through defineAction (guard, then contract, then domain, then TFormState): a
// file that says "use server" may export only `const X = defineAction({...})`, and no function may declare
// itself a server action inline. Read with the TypeScript parser, so comments and strings do not count.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const FOLDERS = ["app", "components", "lib"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

function saysUseServer(statements: readonly ts.Statement[]): boolean {
  for (const statement of statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === "use server") return true;
  }
  return false;
}

const exported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

function isDefineActionCall(node: ts.Expression | undefined): boolean {
  return (
    !!node && ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "defineAction"
  );
}

/** What in one file is a server action not built by defineAction, as "name: why". */
function strayActions(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const body = ts.isFunctionLike(node) && "body" in node ? node.body : undefined;
    if (body && ts.isBlock(body) && saysUseServer(body.statements))
      found.push(`line ${line(node)}: inline "use server"`);
    ts.forEachChild(node, visit);
  };
  const line = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  visit(source);
  if (!saysUseServer(source.statements)) return found;
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) {
      found.push(`line ${line(statement)}: re-export or default export`);
    } else if (ts.isVariableStatement(statement) && exported(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!isDefineActionCall(declaration.initializer)) found.push(`${declaration.name.getText()}: not defineAction`);
      }
    } else if (exported(statement) && !ts.isTypeAliasDeclaration(statement) && !ts.isInterfaceDeclaration(statement)) {
      found.push(`line ${line(statement)}: exported without defineAction`);
    }
  }
  return found;
}

describe("server actions", () => {
  it("recognises an action written by hand", () => {
    const byHand = `"use server";\nexport async function save(_s: unknown, f: FormData) { return f; }\n`;
    const wrapped = `"use server";\nexport const save = defineAction({ name: "save" });\nexport const other = wrap(save);\n`;
    const inline = `export default function Page() { async function go() { "use server"; } return go; }\n`;
    expect(strayActions("a.ts", byHand)).toEqual(["line 2: exported without defineAction"]);
    expect(strayActions("b.ts", wrapped)).toEqual(["other: not defineAction"]);
    expect(strayActions("c.tsx", inline)).toEqual(['line 1: inline "use server"']);
  });

  it("all use defineAction", () => {
    const files = FOLDERS.flatMap((folder) => sourceFiles(path.join(ROOT, folder)));
    const actionFiles = files.filter((file) => readFileSync(file, "utf8").includes("use server"));
    expect(actionFiles.length).toBeGreaterThan(5);
    const stray = actionFiles.flatMap((file) =>
      strayActions(file, readFileSync(file, "utf8")).map((why) => `${path.relative(ROOT, file)} ${why}`),
    );
    expect(stray).toEqual([]);
  });
});
