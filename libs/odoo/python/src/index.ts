export type { SourceOrigin, SourcePosition } from './source-location.type';
export type {
  PyNode, PyNodeKind, PyNodeBase, PyStr, PyNum, PyBool, PyNone, PyList, PyTupleNode, PySet, PyDict, PyDictEntry,
  PyName, PyAttribute, PyCall, PySubscript, PySlice, PyUnary, PyBinary, PyBoolOp, PyCompare, PyIfExp,
  PyComprehension, PyGenerator, PyStarred, PyKeyword, PyLambda, PyParameter, PyParameterKind, PyFString, PyFStringPart,
  PyFormattedValue, PyUnaryOperator, PyBinaryOperator, PyBooleanOperator, PyCompareOperator,
} from './py-node.type';
export { PyTuple, isPyTuple, type PyValue } from './py-value.type';
export type { PythonToken, PythonTokenKind, PythonFStringTokenPart, PythonFStringTokenField } from './python-token.type';
export type { PythonEnvironment } from './python-environment.type';
export { PyKeywordArguments } from './py-keyword-arguments';
export { PythonSourceError } from './python-source.error';
export { PythonSyntaxError } from './python-syntax.error';
export { PythonEvaluationError } from './python-evaluation.error';
export { tokenizePython } from './python.tokenizer';
export { parsePythonExpression } from './parse-python-expression.util';
export { parsePythonModuleLiteral } from './parse-python-module-literal.util';
export { parseManifestSource } from './parse-manifest-source.util';
export { literalValue } from './literal-value.util';
export { evaluatePython } from './evaluate-python.util';
export { formatPython } from './format-python.util';
export { PYTHON_BUILTINS } from './python-builtins';
export { isPythonTruthy } from './python-truth.util';
export { pythonEquals } from './python-equality.util';
export { pythonRepr, pythonStr } from './python-str.util';
