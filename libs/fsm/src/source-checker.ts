import { parse, type Expression, type Node, type Pattern, type Statement } from 'acorn';
import {
  MeshmindError,
  PROGRAM_MAX_DEPTH,
  PROGRAM_MAX_REPEAT,
  validateCallArguments,
  type ApiCallRecord,
  type ApiFunctionSpec,
  type DeviceDescription,
  type ParseResult,
} from '@meshmind/protocol';

/**
 * The allow-list checker for device programs written in JavaScript: the rendered form of a
 * Program, or source a model wrote directly. Anything not named here is refused before it runs.
 * The sandbox is the real boundary; this check keeps obviously hostile or unbounded code (and the
 * wasted sandbox run) away from it and gives the generator a precise reason to retry with.
 */

export const SOURCE_MAX_LENGTH = 20_000;
const SOURCE_MAX_NODES = 3_000;

/** Names a program may never declare or read: they reach outside the device API. */
const RESERVED_NAMES = new Set([
  'device', 'wait', 'undefined', 'globalThis', 'global', 'window', 'self', 'this', 'eval', 'Function', 'constructor',
  'prototype', 'arguments', 'require', 'module', 'exports', 'process', 'import', 'Proxy', 'Reflect', 'Symbol', 'Object',
  'Promise', 'WebAssembly', 'std', 'os', 'async', 'await', 'let', 'yield', 'static', 'implements', 'interface', 'package',
  'private', 'protected', 'public',
]);

/** Properties that lead from a plain value to its constructor, prototype chain or functions. */
const FORBIDDEN_PROPERTIES = new Set([
  'constructor', 'prototype', '__proto__', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__',
  'caller', 'callee', 'arguments', 'call', 'apply', 'bind', 'valueOf', 'toString', 'toLocaleString', 'then',
]);

const BINARY_OPERATORS = new Set(['===', '!==', '==', '!=', '<', '<=', '>', '>=', '+', '-', '*', '/', '%']);
const LOGICAL_OPERATORS = new Set(['&&', '||', '??']);
const UNARY_OPERATORS = new Set(['!', '-', '+']);
const ASSIGNMENT_OPERATORS = new Set(['=', '+=', '-=']);
const PROPERTY_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export interface CheckedSource {
  /** What the sandbox runs: the source with `await` blanked out, wrapped in a strict function. */
  executable: string;
  functions: string[];
  sensitive: string[];
  plannedCalls: ApiCallRecord[];
}

function reject(message: string, node?: Node): never {
  throw new MeshmindError('E_PROGRAM_REJECTED', node ? `${message} (at offset ${node.start})` : message);
}

class SourceWalker {
  private readonly functionsByName: Map<string, ApiFunctionSpec>;
  private readonly stateKeys: Set<string>;
  private readonly declared = new Map<string, 'let' | 'const' | 'loop'>();
  private readonly loopVariables = new Set<string>();
  readonly calledFunctions = new Set<string>();
  readonly plannedCalls: ApiCallRecord[] = [];
  readonly awaitOffsets: number[] = [];
  private nodes = 0;

  constructor(description: DeviceDescription) {
    this.functionsByName = new Map(description.functions.map((fn) => [fn.name, fn]));
    this.stateKeys = new Set(Object.keys(description.state));
  }

  private count(node: Node): void {
    this.nodes += 1;
    if (this.nodes > SOURCE_MAX_NODES) reject(`program is too large (over ${SOURCE_MAX_NODES} syntax nodes)`, node);
  }

  statements(statements: Statement[], loopDepth: number): void {
    for (const statement of statements) this.statement(statement, loopDepth);
  }

  statement(node: Statement, loopDepth: number): void {
    this.count(node);
    switch (node.type) {
      case 'EmptyStatement':
        return;
      case 'ExpressionStatement':
        return this.expression(node.expression);
      case 'BlockStatement':
        return this.statements(node.body, loopDepth);
      case 'IfStatement':
        this.expression(node.test);
        this.statement(node.consequent, loopDepth);
        if (node.alternate) this.statement(node.alternate, loopDepth);
        return;
      case 'ReturnStatement':
        if (node.argument) this.expression(node.argument);
        return;
      case 'VariableDeclaration': {
        if (node.kind !== 'let' && node.kind !== 'const') reject(`'${node.kind}' declarations are not allowed; use let or const`, node);
        for (const declarator of node.declarations) {
          const name = this.bindingName(declarator.id);
          if (declarator.init) this.expression(declarator.init);
          this.declared.set(name, node.kind);
        }
        return;
      }
      case 'ForStatement':
        return this.forStatement(node, loopDepth);
      default:
        reject(`'${node.type}' is not allowed in a device program (loops must be bounded 'for' loops)`, node);
    }
  }

  private bindingName(pattern: Pattern): string {
    if (pattern.type !== 'Identifier') reject('destructuring is not allowed', pattern);
    if (RESERVED_NAMES.has(pattern.name)) reject(`'${pattern.name}' cannot be used as a variable name`, pattern);
    if (this.declared.has(pattern.name)) reject(`'${pattern.name}' is declared twice`, pattern);
    return pattern.name;
  }

  /** Only `for (let i = A; i < B; i++)` with literal bounds, so every loop ends by construction. */
  private forStatement(node: Extract<Statement, { type: 'ForStatement' }>, loopDepth: number): void {
    if (loopDepth >= PROGRAM_MAX_DEPTH) reject(`loops nest deeper than ${PROGRAM_MAX_DEPTH}`, node);
    const init = node.init;
    const declarator = init?.type === 'VariableDeclaration' && init.kind === 'let' && init.declarations.length === 1 ? init.declarations[0] : undefined;
    const start = declarator?.init;
    if (!declarator || declarator.id.type !== 'Identifier' || start?.type !== 'Literal' || typeof start.value !== 'number') {
      reject("a for loop must start 'for (let i = <number>; ...'", node);
    }
    const name = this.bindingName(declarator.id);
    const test = node.test;
    if (
      test?.type !== 'BinaryExpression' ||
      (test.operator !== '<' && test.operator !== '<=') ||
      test.left.type !== 'Identifier' ||
      test.left.name !== name ||
      test.right.type !== 'Literal' ||
      typeof test.right.value !== 'number'
    ) {
      reject(`a for loop must test '${name} < <number>'`, node);
    }
    const update = node.update;
    const increments =
      (update?.type === 'UpdateExpression' && update.operator === '++' && update.argument.type === 'Identifier' && update.argument.name === name) ||
      (update?.type === 'AssignmentExpression' &&
        update.operator === '+=' &&
        update.left.type === 'Identifier' &&
        update.left.name === name &&
        update.right.type === 'Literal' &&
        update.right.value === 1);
    if (!increments) reject(`a for loop must count up with '${name}++'`, node);
    const iterations = (test.right.value as number) - start.value + (test.operator === '<=' ? 1 : 0);
    if (iterations > PROGRAM_MAX_REPEAT) reject(`a loop may run at most ${PROGRAM_MAX_REPEAT} times, not ${iterations}`, node);
    this.declared.set(name, 'loop');
    this.loopVariables.add(name);
    this.statement(node.body, loopDepth + 1);
  }

  expression(node: Expression): void {
    this.count(node);
    switch (node.type) {
      case 'Literal':
        if (node.regex || node.bigint !== undefined) reject('regular expressions and bigints are not allowed', node);
        return;
      case 'Identifier':
        if (node.name === 'undefined') return;
        if (!this.declared.has(node.name)) reject(`'${node.name}' is not defined in a device program`, node);
        return;
      case 'ArrayExpression':
        for (const element of node.elements) {
          if (!element || element.type === 'SpreadElement') reject('array holes and spreads are not allowed', node);
          this.expression(element);
        }
        return;
      case 'ObjectExpression':
        for (const property of node.properties) {
          if (property.type !== 'Property' || property.kind !== 'init' || property.method || property.computed) {
            reject('object literals may only hold plain named values', property);
          }
          const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' ? String(property.key.value) : undefined;
          if (key === undefined || key === '__proto__') reject('object keys must be plain names', property);
          this.expression(property.value);
        }
        return;
      case 'BinaryExpression':
        if (!BINARY_OPERATORS.has(node.operator)) reject(`operator '${node.operator}' is not allowed`, node);
        if (node.left.type === 'PrivateIdentifier') reject('private names are not allowed', node);
        this.expression(node.left);
        return this.expression(node.right);
      case 'LogicalExpression':
        if (!LOGICAL_OPERATORS.has(node.operator)) reject(`operator '${node.operator}' is not allowed`, node);
        this.expression(node.left);
        return this.expression(node.right);
      case 'UnaryExpression':
        if (!UNARY_OPERATORS.has(node.operator)) reject(`operator '${node.operator}' is not allowed`, node);
        return this.expression(node.argument);
      case 'ConditionalExpression':
        this.expression(node.test);
        this.expression(node.consequent);
        return this.expression(node.alternate);
      case 'AssignmentExpression': {
        if (!ASSIGNMENT_OPERATORS.has(node.operator)) reject(`operator '${node.operator}' is not allowed`, node);
        if (node.left.type !== 'Identifier') reject('only plain variables can be assigned', node);
        const kind = this.declared.get(node.left.name);
        if (kind !== 'let') reject(`'${node.left.name}' is not a let variable of the program`, node);
        return this.expression(node.right);
      }
      case 'AwaitExpression':
        if (node.argument.type !== 'CallExpression') reject('await is only allowed on device calls and wait()', node);
        this.awaitOffsets.push(node.start);
        return this.expression(node.argument);
      case 'CallExpression':
        return this.call(node);
      case 'MemberExpression':
        return this.member(node);
      default:
        reject(`'${node.type}' is not allowed in a device program`, node);
    }
  }

  private call(node: Extract<Expression, { type: 'CallExpression' }>): void {
    if (node.optional) reject('optional calls are not allowed', node);
    const callee = node.callee;
    if (callee.type === 'Identifier' && callee.name === 'wait') {
      if (node.arguments.length !== 1 || node.arguments[0]?.type === 'SpreadElement') reject('wait() takes one number of seconds', node);
      return this.expression(node.arguments[0] as Expression);
    }
    if (callee.type !== 'MemberExpression' || callee.computed || callee.optional || callee.object.type !== 'Identifier' || callee.object.name !== 'device' || callee.property.type !== 'Identifier') {
      reject('only device.<function>(...) and wait(seconds) can be called', node);
    }
    const name = callee.property.name;
    if (name === 'state') {
      if (node.arguments.length > 0) reject('device.state() takes no arguments', node);
      return;
    }
    const fn = this.functionsByName.get(name);
    if (!fn) throw new MeshmindError('E_UNKNOWN_FUNCTION', `the device API has no function '${name}' (at offset ${callee.property.start})`);
    if (node.arguments.length > 1) reject(`${name}() takes one object of named arguments`, node);
    const argument = node.arguments[0];
    if (argument && argument.type !== 'ObjectExpression') reject(`${name}() takes an object literal of named arguments`, argument);
    if (argument) this.expression(argument);
    this.calledFunctions.add(name);
    const literal = argument ? literalValue(argument) : ({ known: true, value: {} } as const);
    if (literal.known) {
      // Literal arguments are checked now, so a bad value is refused before anything runs.
      const checked = validateCallArguments(fn, literal.value);
      if (!checked.ok) throw new MeshmindError(checked.error.code, `${checked.error.message} (at offset ${node.start})`);
      this.plannedCalls.push({ function: name, arguments: checked.value });
    }
  }

  private member(node: Extract<Expression, { type: 'MemberExpression' }>): void {
    if (node.optional) reject('optional chaining is not allowed', node);
    if (node.object.type === 'Super') reject('super is not allowed', node);
    const object = node.object;
    const isStateRead = object.type === 'CallExpression' && object.callee.type === 'MemberExpression' && object.callee.object.type === 'Identifier' && object.callee.object.name === 'device' && !object.callee.computed && object.callee.property.type === 'Identifier' && object.callee.property.name === 'state';
    const property = node.property;
    const key = !node.computed && property.type === 'Identifier' ? property.name : node.computed && property.type === 'Literal' ? property.value : undefined;
    if (isStateRead) {
      this.expression(object);
      if (typeof key !== 'string' || !this.stateKeys.has(key)) reject(`the device state has no key '${String(key)}'`, node);
      return;
    }
    if (object.type === 'Identifier' && object.name === 'device') reject('device functions can only be called, never read', node);
    this.expression(object);
    if (typeof key === 'number' && Number.isInteger(key) && key >= 0) return;
    if (typeof key !== 'string' || !PROPERTY_NAME.test(key) || FORBIDDEN_PROPERTIES.has(key)) reject(`property '${String(key)}' is not allowed`, node);
  }
}

function literalValue(node: Expression): { known: true; value: unknown } | { known: false } {
  if (node.type === 'Literal') return { known: true, value: node.value };
  if (node.type === 'UnaryExpression' && node.operator === '-' && node.argument.type === 'Literal' && typeof node.argument.value === 'number') {
    return { known: true, value: -node.argument.value };
  }
  if (node.type === 'ArrayExpression') {
    const values: unknown[] = [];
    for (const element of node.elements) {
      if (!element || element.type === 'SpreadElement') return { known: false };
      const inner = literalValue(element);
      if (!inner.known) return inner;
      values.push(inner.value);
    }
    return { known: true, value: values };
  }
  if (node.type === 'ObjectExpression') {
    const value: Record<string, unknown> = {};
    for (const property of node.properties) {
      if (property.type !== 'Property') return { known: false };
      const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' ? String(property.key.value) : undefined;
      if (key === undefined) return { known: false };
      const inner = literalValue(property.value as Expression);
      if (!inner.known) return inner;
      value[key] = inner.value;
    }
    return { known: true, value };
  }
  return { known: false };
}

/**
 * Parses device-program JavaScript and walks it against the allow-list. The source is a script
 * body: statements, `return` allowed at the top, `await` allowed on device calls and wait().
 */
export function checkSource(source: string, description: DeviceDescription): ParseResult<CheckedSource> {
  if (typeof source !== 'string' || source.trim().length === 0) {
    return { ok: false, error: new MeshmindError('E_PROGRAM_REJECTED', 'the program is empty') };
  }
  if (source.length > SOURCE_MAX_LENGTH) {
    return { ok: false, error: new MeshmindError('E_PROGRAM_REJECTED', `the program is longer than ${SOURCE_MAX_LENGTH} characters`) };
  }
  let ast;
  try {
    ast = parse(source, { ecmaVersion: 2022, sourceType: 'script', allowReturnOutsideFunction: true, allowAwaitOutsideFunction: true });
  } catch (error) {
    return { ok: false, error: new MeshmindError('E_PROGRAM_REJECTED', `the program does not parse: ${(error as Error).message}`, { cause: error }) };
  }
  const walker = new SourceWalker(description);
  try {
    for (const statement of ast.body) {
      if (statement.type.startsWith('Import') || statement.type.startsWith('Export')) reject('modules are not allowed', statement);
      walker.statement(statement as Statement, 0);
    }
  } catch (error) {
    const coded = error instanceof MeshmindError ? error : new MeshmindError('E_PROGRAM_REJECTED', String(error), { cause: error });
    return { ok: false, error: coded };
  }
  // The sandbox's device functions are synchronous to the guest, so `await` is blanked out in
  // place (same length, so offsets in later error messages still match the model's source).
  let body = source;
  for (const offset of walker.awaitOffsets) body = `${body.slice(0, offset)}     ${body.slice(offset + 5)}`;
  const functions = [...walker.calledFunctions].sort();
  const sensitive = functions.filter((name) => description.functions.some((fn) => fn.name === name && fn.sensitive === true));
  return {
    ok: true,
    value: { executable: `(function () {\n"use strict";\n${body}\n})()`, functions, sensitive, plannedCalls: walker.plannedCalls },
  };
}
