import ts from 'typescript';

/** One use of a code-injection sink found in a source file. */
export interface Finding {
  file: string;
  line: number;
  rule: string;
  text: string;
}

/** Properties whose assignment parses a string as HTML. */
const HTML_PROPERTIES = new Set(['innerHTML', 'outerHTML', 'srcdoc']);
/** Methods that parse a string argument as HTML or code. */
const HTML_METHODS = new Set(['insertAdjacentHTML', 'createContextualFragment', 'parseFromString']);
const WRITE_METHODS = new Set(['write', 'writeln']);
const TIMER_FUNCTIONS = new Set(['setTimeout', 'setInterval']);

/** A string fixed at build time: a literal or a template without substitutions. */
function isConstantString(node: ts.Expression): boolean {
  const e = skipParens(node);
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return true;
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return isConstantString(e.left) && isConstantString(e.right);
  }
  return false;
}

function skipParens(node: ts.Expression): ts.Expression {
  let e = node;
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e)) {
    e = e.expression;
  }
  return e;
}

function calleeName(expr: ts.Expression): string | null {
  const e = skipParens(expr);
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  if (ts.isElementAccessExpression(e) && ts.isStringLiteral(e.argumentExpression)) {
    return e.argumentExpression.text;
  }
  return null;
}

/** The object a method is called on, as source text (`document` in `document.write(x)`). */
function receiverText(expr: ts.Expression, source: ts.SourceFile): string {
  const e = skipParens(expr);
  return ts.isPropertyAccessExpression(e) ? e.expression.getText(source) : '';
}

/**
 * Finds code-injection sinks in one TypeScript/TSX source: `eval`, `new Function`/`Function()`,
 * string timers, `document.write`, HTML-parsing methods, and assignments of non-constant strings
 * to `innerHTML`/`outerHTML`/`srcdoc`, plus Preact's `dangerouslySetInnerHTML`. Works on the
 * syntax tree, so comments and strings that merely mention a sink are not findings.
 * @returns the findings in source order; [] for clean code.
 */
export function findUnsafeCode(file: string, code: string): Finding[] {
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, kind);
  const findings: Finding[] = [];
  const report = (node: ts.Node, rule: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    findings.push({ file, line: line + 1, rule, text: node.getText(source).slice(0, 120) });
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const name = calleeName(node.expression);
      const first = node.arguments[0];
      if (name === 'eval') report(node, 'eval');
      else if (name === 'Function') report(node, 'new Function');
      else if (name && TIMER_FUNCTIONS.has(name) && first && !isFunctionLike(first)) {
        if (isConstantString(first) || ts.isTemplateExpression(skipParens(first))) {
          report(node, 'string timer');
        }
      } else if (name && HTML_METHODS.has(name)) {
        const html = name === 'insertAdjacentHTML' ? node.arguments[1] : first;
        if (!html || !isConstantString(html)) report(node, name);
      } else if (
        name &&
        WRITE_METHODS.has(name) &&
        receiverText(node.expression, source).endsWith('document')
      ) {
        report(node, 'document.write');
      }
    } else if (ts.isNewExpression(node) && calleeName(node.expression) === 'Function') {
      report(node, 'new Function');
    } else if (
      ts.isBinaryExpression(node) &&
      (node.operatorToken.kind === ts.SyntaxKind.EqualsToken ||
        node.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken)
    ) {
      const target = skipParens(node.left);
      const prop = ts.isPropertyAccessExpression(target)
        ? target.name.text
        : ts.isElementAccessExpression(target) && ts.isStringLiteral(target.argumentExpression)
          ? target.argumentExpression.text
          : null;
      if (prop && HTML_PROPERTIES.has(prop) && !isConstantString(node.right)) report(node, prop);
    } else if (ts.isJsxAttribute(node) && node.name.getText(source) === 'dangerouslySetInnerHTML') {
      report(node, 'dangerouslySetInnerHTML');
    } else if (
      ts.isPropertyAssignment(node) &&
      node.name.getText(source).replace(/['"]/g, '') === 'dangerouslySetInnerHTML'
    ) {
      report(node, 'dangerouslySetInnerHTML');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

function isFunctionLike(node: ts.Expression): boolean {
  const e = skipParens(node);
  return (
    ts.isArrowFunction(e) ||
    ts.isFunctionExpression(e) ||
    ts.isIdentifier(e) ||
    ts.isPropertyAccessExpression(e)
  );
}
