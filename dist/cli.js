#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/eslint-visitor-keys/dist/eslint-visitor-keys.cjs
var require_eslint_visitor_keys = __commonJS({
  "node_modules/eslint-visitor-keys/dist/eslint-visitor-keys.cjs"(exports2) {
    "use strict";
    var KEYS = {
      ArrayExpression: ["elements"],
      ArrayPattern: ["elements"],
      ArrowFunctionExpression: ["params", "body"],
      AssignmentExpression: ["left", "right"],
      AssignmentPattern: ["left", "right"],
      AwaitExpression: ["argument"],
      BinaryExpression: ["left", "right"],
      BlockStatement: ["body"],
      BreakStatement: ["label"],
      CallExpression: ["callee", "arguments"],
      CatchClause: ["param", "body"],
      ChainExpression: ["expression"],
      ClassBody: ["body"],
      ClassDeclaration: ["id", "superClass", "body"],
      ClassExpression: ["id", "superClass", "body"],
      ConditionalExpression: ["test", "consequent", "alternate"],
      ContinueStatement: ["label"],
      DebuggerStatement: [],
      DoWhileStatement: ["body", "test"],
      EmptyStatement: [],
      ExperimentalRestProperty: ["argument"],
      ExperimentalSpreadProperty: ["argument"],
      ExportAllDeclaration: ["exported", "source", "attributes"],
      ExportDefaultDeclaration: ["declaration"],
      ExportNamedDeclaration: [
        "declaration",
        "specifiers",
        "source",
        "attributes"
      ],
      ExportSpecifier: ["local", "exported"],
      ExpressionStatement: ["expression"],
      ForInStatement: ["left", "right", "body"],
      ForOfStatement: ["left", "right", "body"],
      ForStatement: ["init", "test", "update", "body"],
      FunctionDeclaration: ["id", "params", "body"],
      FunctionExpression: ["id", "params", "body"],
      Identifier: [],
      IfStatement: ["test", "consequent", "alternate"],
      ImportAttribute: ["key", "value"],
      ImportDeclaration: ["specifiers", "source", "attributes"],
      ImportDefaultSpecifier: ["local"],
      ImportExpression: ["source", "options"],
      ImportNamespaceSpecifier: ["local"],
      ImportSpecifier: ["imported", "local"],
      JSXAttribute: ["name", "value"],
      JSXClosingElement: ["name"],
      JSXClosingFragment: [],
      JSXElement: ["openingElement", "children", "closingElement"],
      JSXEmptyExpression: [],
      JSXExpressionContainer: ["expression"],
      JSXFragment: ["openingFragment", "children", "closingFragment"],
      JSXIdentifier: [],
      JSXMemberExpression: ["object", "property"],
      JSXNamespacedName: ["namespace", "name"],
      JSXOpeningElement: ["name", "attributes"],
      JSXOpeningFragment: [],
      JSXSpreadAttribute: ["argument"],
      JSXSpreadChild: ["expression"],
      JSXText: [],
      LabeledStatement: ["label", "body"],
      Literal: [],
      LogicalExpression: ["left", "right"],
      MemberExpression: ["object", "property"],
      MetaProperty: ["meta", "property"],
      MethodDefinition: ["key", "value"],
      NewExpression: ["callee", "arguments"],
      ObjectExpression: ["properties"],
      ObjectPattern: ["properties"],
      PrivateIdentifier: [],
      Program: ["body"],
      Property: ["key", "value"],
      PropertyDefinition: ["key", "value"],
      RestElement: ["argument"],
      ReturnStatement: ["argument"],
      SequenceExpression: ["expressions"],
      SpreadElement: ["argument"],
      StaticBlock: ["body"],
      Super: [],
      SwitchCase: ["test", "consequent"],
      SwitchStatement: ["discriminant", "cases"],
      TaggedTemplateExpression: ["tag", "quasi"],
      TemplateElement: [],
      TemplateLiteral: ["quasis", "expressions"],
      ThisExpression: [],
      ThrowStatement: ["argument"],
      TryStatement: ["block", "handler", "finalizer"],
      UnaryExpression: ["argument"],
      UpdateExpression: ["argument"],
      VariableDeclaration: ["declarations"],
      VariableDeclarator: ["id", "init"],
      WhileStatement: ["test", "body"],
      WithStatement: ["object", "body"],
      YieldExpression: ["argument"]
    };
    var NODE_TYPES = Object.keys(KEYS);
    for (const type of NODE_TYPES) {
      Object.freeze(KEYS[type]);
    }
    Object.freeze(KEYS);
    var KEY_BLACKLIST = /* @__PURE__ */ new Set([
      "parent",
      "leadingComments",
      "trailingComments"
    ]);
    function filterKey(key) {
      return !KEY_BLACKLIST.has(key) && key[0] !== "_";
    }
    function getKeys(node) {
      return Object.keys(node).filter(filterKey);
    }
    function unionWith(additionalKeys) {
      const retv = (
        /** @type {{ [type: string]: ReadonlyArray<string> }} */
        Object.assign({}, KEYS)
      );
      for (const type of Object.keys(additionalKeys)) {
        if (Object.hasOwn(retv, type)) {
          const keys = new Set(additionalKeys[type]);
          for (const key of retv[type]) {
            keys.add(key);
          }
          retv[type] = Object.freeze(Array.from(keys));
        } else {
          retv[type] = Object.freeze(Array.from(additionalKeys[type]));
        }
      }
      return Object.freeze(retv);
    }
    exports2.KEYS = KEYS;
    exports2.getKeys = getKeys;
    exports2.unionWith = unionWith;
  }
});

// node_modules/@typescript-eslint/visitor-keys/dist/get-keys.js
var require_get_keys = __commonJS({
  "node_modules/@typescript-eslint/visitor-keys/dist/get-keys.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getKeys = void 0;
    var eslint_visitor_keys_1 = require_eslint_visitor_keys();
    exports2.getKeys = eslint_visitor_keys_1.getKeys;
  }
});

// node_modules/@typescript-eslint/visitor-keys/dist/visitor-keys.js
var require_visitor_keys = __commonJS({
  "node_modules/@typescript-eslint/visitor-keys/dist/visitor-keys.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.visitorKeys = void 0;
    var eslintVisitorKeys = __importStar(require_eslint_visitor_keys());
    var SharedVisitorKeys = (() => {
      const FunctionType = ["typeParameters", "params", "returnType"];
      const AnonymousFunction = [...FunctionType, "body"];
      const AbstractPropertyDefinition = [
        "decorators",
        "key",
        "typeAnnotation"
      ];
      return {
        AbstractPropertyDefinition: ["decorators", "key", "typeAnnotation"],
        AnonymousFunction,
        AsExpression: ["expression", "typeAnnotation"],
        ClassDeclaration: [
          "decorators",
          "id",
          "typeParameters",
          "superClass",
          "superTypeArguments",
          "implements",
          "body"
        ],
        Function: ["id", ...AnonymousFunction],
        FunctionType,
        PropertyDefinition: [...AbstractPropertyDefinition, "value"]
      };
    })();
    var additionalKeys = {
      AccessorProperty: SharedVisitorKeys.PropertyDefinition,
      ArrayPattern: ["decorators", "elements", "typeAnnotation"],
      ArrowFunctionExpression: SharedVisitorKeys.AnonymousFunction,
      AssignmentPattern: ["decorators", "left", "right", "typeAnnotation"],
      CallExpression: ["callee", "typeArguments", "arguments"],
      ClassDeclaration: SharedVisitorKeys.ClassDeclaration,
      ClassExpression: SharedVisitorKeys.ClassDeclaration,
      Decorator: ["expression"],
      ExportAllDeclaration: ["exported", "source", "attributes"],
      ExportNamedDeclaration: ["declaration", "specifiers", "source", "attributes"],
      FunctionDeclaration: SharedVisitorKeys.Function,
      FunctionExpression: SharedVisitorKeys.Function,
      Identifier: ["decorators", "typeAnnotation"],
      ImportAttribute: ["key", "value"],
      ImportDeclaration: ["specifiers", "source", "attributes"],
      ImportExpression: ["source", "options"],
      JSXClosingFragment: [],
      JSXOpeningElement: ["name", "typeArguments", "attributes"],
      JSXOpeningFragment: [],
      JSXSpreadChild: ["expression"],
      MethodDefinition: ["decorators", "key", "value"],
      NewExpression: ["callee", "typeArguments", "arguments"],
      ObjectPattern: ["decorators", "properties", "typeAnnotation"],
      PropertyDefinition: SharedVisitorKeys.PropertyDefinition,
      RestElement: ["decorators", "argument", "typeAnnotation"],
      StaticBlock: ["body"],
      TaggedTemplateExpression: ["tag", "typeArguments", "quasi"],
      TSAbstractAccessorProperty: SharedVisitorKeys.AbstractPropertyDefinition,
      TSAbstractKeyword: [],
      TSAbstractMethodDefinition: ["key", "value"],
      TSAbstractPropertyDefinition: SharedVisitorKeys.AbstractPropertyDefinition,
      TSAnyKeyword: [],
      TSArrayType: ["elementType"],
      TSAsExpression: SharedVisitorKeys.AsExpression,
      TSAsyncKeyword: [],
      TSBigIntKeyword: [],
      TSBooleanKeyword: [],
      TSCallSignatureDeclaration: SharedVisitorKeys.FunctionType,
      TSClassImplements: ["expression", "typeArguments"],
      TSConditionalType: ["checkType", "extendsType", "trueType", "falseType"],
      TSConstructorType: SharedVisitorKeys.FunctionType,
      TSConstructSignatureDeclaration: SharedVisitorKeys.FunctionType,
      TSDeclareFunction: SharedVisitorKeys.Function,
      TSDeclareKeyword: [],
      TSEmptyBodyFunctionExpression: ["id", ...SharedVisitorKeys.FunctionType],
      TSEnumBody: ["members"],
      TSEnumDeclaration: ["id", "body"],
      TSEnumMember: ["id", "initializer"],
      TSExportAssignment: ["expression"],
      TSExportKeyword: [],
      TSExternalModuleReference: ["expression"],
      TSFunctionType: SharedVisitorKeys.FunctionType,
      TSImportEqualsDeclaration: ["id", "moduleReference"],
      TSImportType: ["source", "options", "qualifier", "typeArguments"],
      TSIndexedAccessType: ["objectType", "indexType"],
      TSIndexSignature: ["parameters", "typeAnnotation"],
      TSInferType: ["typeParameter"],
      TSInstantiationExpression: ["expression", "typeArguments"],
      TSInterfaceBody: ["body"],
      TSInterfaceDeclaration: ["id", "typeParameters", "extends", "body"],
      TSInterfaceHeritage: ["expression", "typeArguments"],
      TSIntersectionType: ["types"],
      TSIntrinsicKeyword: [],
      TSLiteralType: ["literal"],
      TSMappedType: ["key", "constraint", "nameType", "typeAnnotation"],
      TSMethodSignature: ["key", "typeParameters", "params", "returnType"],
      TSModuleBlock: ["body"],
      TSModuleDeclaration: ["id", "body"],
      TSNamedTupleMember: ["label", "elementType"],
      TSNamespaceExportDeclaration: ["id"],
      TSNeverKeyword: [],
      TSNonNullExpression: ["expression"],
      TSNullKeyword: [],
      TSNumberKeyword: [],
      TSObjectKeyword: [],
      TSOptionalType: ["typeAnnotation"],
      TSParameterProperty: ["decorators", "parameter"],
      TSPrivateKeyword: [],
      TSPropertySignature: ["key", "typeAnnotation"],
      TSProtectedKeyword: [],
      TSPublicKeyword: [],
      TSQualifiedName: ["left", "right"],
      TSReadonlyKeyword: [],
      TSRestType: ["typeAnnotation"],
      TSSatisfiesExpression: SharedVisitorKeys.AsExpression,
      TSStaticKeyword: [],
      TSStringKeyword: [],
      TSSymbolKeyword: [],
      TSTemplateLiteralType: ["quasis", "types"],
      TSThisType: [],
      TSTupleType: ["elementTypes"],
      TSTypeAliasDeclaration: ["id", "typeParameters", "typeAnnotation"],
      TSTypeAnnotation: ["typeAnnotation"],
      TSTypeAssertion: ["typeAnnotation", "expression"],
      TSTypeLiteral: ["members"],
      TSTypeOperator: ["typeAnnotation"],
      TSTypeParameter: ["name", "constraint", "default"],
      TSTypeParameterDeclaration: ["params"],
      TSTypeParameterInstantiation: ["params"],
      TSTypePredicate: ["parameterName", "typeAnnotation"],
      TSTypeQuery: ["exprName", "typeArguments"],
      TSTypeReference: ["typeName", "typeArguments"],
      TSUndefinedKeyword: [],
      TSUnionType: ["types"],
      TSUnknownKeyword: [],
      TSVoidKeyword: []
    };
    exports2.visitorKeys = eslintVisitorKeys.unionWith(additionalKeys);
  }
});

// node_modules/@typescript-eslint/visitor-keys/dist/index.js
var require_dist = __commonJS({
  "node_modules/@typescript-eslint/visitor-keys/dist/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.visitorKeys = exports2.getKeys = void 0;
    var get_keys_1 = require_get_keys();
    Object.defineProperty(exports2, "getKeys", { enumerable: true, get: function() {
      return get_keys_1.getKeys;
    } });
    var visitor_keys_1 = require_visitor_keys();
    Object.defineProperty(exports2, "visitorKeys", { enumerable: true, get: function() {
      return visitor_keys_1.visitorKeys;
    } });
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap2;
    exports2.isNode = isNode;
    exports2.isPair = isPair;
    exports2.isScalar = isScalar2;
    exports2.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path7) {
      const ctrl = callVisitor(key, node, visitor, path7);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path7, ctrl);
        return visit_(key, ctrl, visitor, path7);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path7 = Object.freeze(path7.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path7);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path7 = Object.freeze(path7.concat(node));
          const ck = visit_("key", node.key, visitor, path7);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path7);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path7) {
      const ctrl = await callVisitor(key, node, visitor, path7);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path7, ctrl);
        return visitAsync_(key, ctrl, visitor, path7);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path7 = Object.freeze(path7.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path7);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path7 = Object.freeze(path7.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path7);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path7);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path7) {
      if (typeof visitor === "function")
        return visitor(key, node, path7);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path7);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path7);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path7);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path7);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path7);
      return void 0;
    }
    function replaceNode(key, path7, node) {
      const parent = path7[path7.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports2.visit = visit;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path7, value) {
      let v = value;
      for (let i = path7.length - 1; i >= 0; --i) {
        const k = path7[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path7) => path7 == null || typeof path7 === "object" && !!path7[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path7, value) {
        if (isEmptyPath(path7))
          this.add(value);
        else {
          const [key, ...rest] = path7;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path7) {
        const [key, ...rest] = path7;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path7, keepScalar) {
        const [key, ...rest] = path7;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path7) {
        const [key, ...rest] = path7;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path7, value) {
        const [key, ...rest] = path7;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    var node_process = require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports2.debug = debug;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap;
    exports2.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports2.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports2.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    var node_buffer = require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports2.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path7, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path7, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path7) {
        if (Collection.isEmptyPath(path7)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path7) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path7, keepScalar) {
        if (Collection.isEmptyPath(path7))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path7, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path7) {
        if (Collection.isEmptyPath(path7))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path7) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path7, value) {
        if (Collection.isEmptyPath(path7)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path7), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path7, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports2.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path7) => {
      let item = cst;
      for (const [field, index] of path7) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path7) => {
      const parent = visit.itemAtPath(cst, path7.slice(0, -1));
      const field = path7[path7.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path7, item, visitor) {
      let ctrl = visitor(item, path7);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path7.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path7);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path7) : ctrl;
    }
    exports2.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar2;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports2.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports2.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs6 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs6, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs6);
              } else {
                Object.assign(it, { key: fs6, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs6 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs6, sep: [] });
              else if (it.sep)
                this.stack.push(fs6);
              else
                Object.assign(it, { key: fs6, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports2.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports2.parse = parse;
    exports2.parseAllDocuments = parseAllDocuments;
    exports2.parseDocument = parseDocument2;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar.Scalar;
    exports2.YAMLMap = YAMLMap.YAMLMap;
    exports2.YAMLSeq = YAMLSeq.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit.visit;
    exports2.visitAsync = visit.visitAsync;
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports2, module2) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY2 = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY2;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY2;
      let prev = EMPTY2;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY2;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY2;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "";
    var TRAILING_DOUBLESTAR = "";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY2;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY2 ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY2;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY2;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path7) => {
      const end = path7.length - 1;
      const index = path7.lastIndexOf(
        SLASH,
        path7[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path7 : path7.slice(index + 1);
    };
    var parentOf = (path7) => {
      if (path7.charCodeAt(0) === SLASH_CODE || path7.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path7.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY2;
      }
      const end = path7.length - 1;
      const cut = path7.lastIndexOf(
        SLASH,
        path7.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY2 : path7.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path7) {
        const rules2 = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules2.length - 1; index >= 0; index--) {
          const rule = rules2[index];
          if (rule.checkRegex.test(path7)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path7, mode) {
        const rules2 = this._rules;
        const { length } = rules2;
        const shortcut = this._basenameCount * 2 >= length;
        const basename5 = shortcut ? basenameOf(path7) : path7;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules2[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename5 : path7
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path7, originalPath, doThrow) => {
      if (!isString(path7)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path7) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path7)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path7) => {
      const first = path7.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path7.length === 1) {
        return true;
      }
      const second = path7.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path7.length === 2 || path7.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path7) {
        checkPath(
          path7,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path7 ? this._t(path7, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path7 = convertPath(target);
        if (!path7 || path7.charCodeAt(path7.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path7);
        }
        const dir = this._t(path7, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path7);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path7, cache) {
        if (path7 in cache) {
          return cache[path7];
        }
        const parentPath = parentOf(path7);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path7] = parent && parent.ignored ? parent : this._rules.test(path7, MODE_IGNORE);
      }
      ignores(path7) {
        return this._test(path7, this._ignoreCache, convertPath(path7)).ignored;
      }
      createFilter() {
        return (path7) => !this.ignores(path7);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path7) {
        return this._test(path7, this._testCache, convertPath(path7));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path7) => checkPath(convertPath(path7), path7, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path7) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path7) || isNotRelative(path7);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module2.exports = factory;
    factory.default = factory;
    module2.exports.isPathValid = isPathValid;
    define(module2.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/cli/main.ts
var fs5 = __toESM(require("node:fs"));
var path6 = __toESM(require("node:path"));
var import_node_util = require("node:util");

// src/rule.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
function defineRule(rule) {
  return rule;
}
function categoryOf(id) {
  return id.slice(0, id.indexOf("/"));
}

// src/analyzers/code/resolve.ts
var import_visitor_keys = __toESM(require_dist());
var GLOBAL_OBJECTS = /* @__PURE__ */ new Set(["globalThis", "window", "global", "self"]);
function unwrap(node) {
  let n = node;
  while (n) {
    switch (n.type) {
      case "TSAsExpression":
      case "TSNonNullExpression":
      case "TSSatisfiesExpression":
      case "TSTypeAssertion":
      case "TSInstantiationExpression":
      case "ChainExpression":
        n = n.expression;
        continue;
      case "SequenceExpression":
        n = n.expressions[n.expressions.length - 1];
        continue;
      default:
        return n;
    }
  }
  return void 0;
}
function propertyName(node) {
  const key = node.type === "MemberExpression" ? node.property : node.key;
  if (!node.computed) {
    if (key.type === "Identifier") return key.name;
    if (key.type === "PrivateIdentifier") return "#" + key.name;
    if (key.type === "Literal") return String(key.value);
    return void 0;
  }
  const v = constValue(key, void 0);
  return typeof v === "string" || typeof v === "number" ? String(v) : void 0;
}
function normaliseModule(spec) {
  return spec.startsWith("node:") ? spec.slice(5) : spec;
}
function constValue(node, resolver, depth = 0) {
  const n = unwrap(node);
  if (!n || depth > 20) return void 0;
  switch (n.type) {
    case "Literal":
      return "regex" in n && n.regex ? void 0 : n.value;
    case "TemplateLiteral": {
      let s = n.quasis[0]?.value.cooked ?? "";
      for (let i = 0; i < n.expressions.length; i++) {
        const v = constValue(n.expressions[i], resolver, depth + 1);
        if (v === void 0 || typeof v === "object" && v !== null) return void 0;
        s += String(v) + (n.quasis[i + 1]?.value.cooked ?? "");
      }
      return s;
    }
    case "BinaryExpression": {
      if (n.operator !== "+") return void 0;
      const a = constValue(n.left, resolver, depth + 1);
      const b = constValue(n.right, resolver, depth + 1);
      if (a === void 0 || b === void 0) return void 0;
      if (typeof a === "string" || typeof b === "string") return String(a) + String(b);
      if (typeof a === "number" && typeof b === "number") return a + b;
      return void 0;
    }
    case "UnaryExpression":
      if (n.operator === "-" || n.operator === "!") {
        const v = constValue(n.argument, resolver, depth + 1);
        if (v === void 0) return void 0;
        return n.operator === "-" ? -v : !v;
      }
      if (n.operator === "void") return void 0;
      return void 0;
    case "Identifier": {
      if (!resolver) return void 0;
      if (n.name === "undefined" && resolver.isGlobal(n)) return void 0;
      const b = resolver.binding(n);
      if (b && b.kind === "const" && b.writes === 0 && b.init && !b.path) return constValue(b.init, resolver, depth + 1);
      return void 0;
    }
    default:
      return void 0;
  }
}
var Resolver = class {
  constructor(ast) {
    this.ast = ast;
    this.root = { node: ast, parent: void 0, isFunction: true, bindings: /* @__PURE__ */ new Map() };
    this.scopeOfNode.set(ast, this.root);
    this.build(ast, void 0, this.root);
  }
  ast;
  scopeOfNode = /* @__PURE__ */ new Map();
  refScope = /* @__PURE__ */ new Map();
  declIds = /* @__PURE__ */ new Set();
  parents = /* @__PURE__ */ new Map();
  root;
  parent(node) {
    return this.parents.get(node) ?? node.parent;
  }
  /** The binding an identifier reference resolves to, or undefined for a global (or unknown) name. */
  binding(id) {
    let scope = this.refScope.get(id) ?? this.enclosingScope(id);
    while (scope) {
      const b = scope.bindings.get(id.name);
      if (b) return b;
      scope = scope.parent;
    }
    return void 0;
  }
  /** True when the identifier is not declared anywhere in the file (so it is the global of that name). */
  isGlobal(id) {
    return this.binding(id) === void 0;
  }
  /**
   * What an expression refers to, as a canonical dotted name: globals by name (`eval`, `Function`,
   * `process.env`), module exports by module (`child_process.exec`, `vm.Script`, `fs`), with aliases,
   * destructuring, `require`, imports, `globalThis`/`window` members, `(0, eval)`, optional chains and
   * `util.promisify` seen through. Undefined for locals and anything not statically known.
   */
  canonical(node, depth = 0) {
    const n = unwrap(node);
    if (!n || depth > 12) return void 0;
    switch (n.type) {
      case "Identifier": {
        const b = this.binding(n);
        if (!b) return GLOBAL_OBJECTS.has(n.name) ? "<global>" : n.name;
        return this.bindingCanonical(b, depth);
      }
      case "ThisExpression":
        return void 0;
      case "MemberExpression": {
        const obj = this.canonical(n.object, depth + 1);
        const prop = propertyName(n);
        if (!obj || prop === void 0) return void 0;
        if (obj === "<global>") return GLOBAL_OBJECTS.has(prop) ? "<global>" : prop;
        return `${obj}.${prop}`;
      }
      case "CallExpression": {
        const callee = this.canonical(n.callee, depth + 1);
        if (callee === "require" && n.arguments.length >= 1) {
          const spec = constValue(n.arguments[0], this);
          return typeof spec === "string" ? normaliseModule(spec) : void 0;
        }
        if ((callee === "util.promisify" || callee === "promisify") && n.arguments[0]) {
          const inner = this.canonical(n.arguments[0], depth + 1);
          return inner;
        }
        return void 0;
      }
      case "AwaitExpression":
        if (n.argument.type === "ImportExpression") {
          const spec = constValue(n.argument.source, this);
          return typeof spec === "string" ? normaliseModule(spec) : void 0;
        }
        return void 0;
      case "LogicalExpression":
        return void 0;
      default:
        return void 0;
    }
  }
  bindingCanonical(b, depth) {
    if (b.kind === "import" && b.importSource) {
      const mod = normaliseModule(b.importSource);
      if (b.importName === "*" || b.importName === "default") return mod;
      return `${mod}.${b.importName}`;
    }
    if ((b.kind === "const" || b.kind === "let" || b.kind === "var") && b.init && b.writes === 0) {
      const base = this.canonical(b.init, depth + 1);
      if (!base || base === "<global>") {
        if (base === "<global>" && b.path && b.path.length) return b.path.join(".");
        return base;
      }
      return b.path && b.path.length ? `${base}.${b.path.join(".")}` : base;
    }
    return void 0;
  }
  enclosingScope(node) {
    let n = node;
    while (n) {
      const s = this.scopeOfNode.get(n);
      if (s) return s;
      n = this.parent(n);
    }
    return this.root;
  }
  functionScope(scope) {
    let s = scope;
    while (!s.isFunction && s.parent) s = s.parent;
    return s;
  }
  declare(scope, id, kind, extra = {}) {
    this.declIds.add(id);
    if (!scope.bindings.has(id.name) || kind !== "var") {
      scope.bindings.set(id.name, { name: id.name, kind, id, writes: 0, ...extra });
    }
  }
  declarePattern(scope, pattern, kind, init, path7 = []) {
    switch (pattern.type) {
      case "Identifier":
        this.declare(scope, pattern, kind, init ? path7.length ? { init, path: path7 } : { init } : {});
        break;
      case "ObjectPattern":
        for (const p of pattern.properties) {
          if (p.type === "RestElement") this.declarePattern(scope, p.argument, kind, void 0);
          else {
            const key = propertyName(p);
            this.declarePattern(scope, p.value, kind, key !== void 0 ? init : void 0, key !== void 0 ? [...path7, key] : []);
          }
        }
        break;
      case "ArrayPattern":
        for (const el of pattern.elements) if (el) this.declarePattern(scope, el, kind, void 0);
        break;
      case "AssignmentPattern":
        this.declarePattern(scope, pattern.left, kind, init, path7);
        break;
      case "RestElement":
        this.declarePattern(scope, pattern.argument, kind, void 0);
        break;
      case "TSParameterProperty":
        this.declarePattern(scope, pattern.parameter, kind, void 0);
        break;
      default:
        break;
    }
  }
  /** Hoist declarations of a statement list into the right scopes before walking it. */
  hoist(body, scope) {
    for (const stmt of body) {
      let s = stmt;
      if ((s.type === "ExportNamedDeclaration" || s.type === "ExportDefaultDeclaration") && s.declaration) s = s.declaration;
      if (s.type === "FunctionDeclaration" && s.id) this.declare(scope, s.id, "function", { fn: s });
      else if (s.type === "ClassDeclaration" && s.id) this.declare(scope, s.id, "class");
      else if (s.type === "VariableDeclaration") {
        const target = s.kind === "var" ? this.functionScope(scope) : scope;
        const kind = s.kind === "var" ? "var" : s.kind === "const" ? "const" : "let";
        for (const d of s.declarations) this.declarePattern(target, d.id, kind, d.init ?? void 0);
      } else if (s.type === "ImportDeclaration") {
        if (s.importKind === "type") continue;
        for (const spec of s.specifiers) {
          const importName = spec.type === "ImportNamespaceSpecifier" ? "*" : spec.type === "ImportDefaultSpecifier" ? "default" : spec.imported.type === "Identifier" ? spec.imported.name : String(spec.imported.value);
          this.declare(scope, spec.local, "import", { importSource: String(s.source.value), importName });
        }
      } else if (s.type === "TSImportEqualsDeclaration") {
        const ref = s.moduleReference;
        if (ref.type === "TSExternalModuleReference" && ref.expression.type === "Literal") {
          this.declare(scope, s.id, "import", { importSource: String(ref.expression.value), importName: "*" });
        } else this.declare(scope, s.id, "other");
      } else if (s.type === "TSEnumDeclaration" || s.type === "TSModuleDeclaration") {
        if (s.id.type === "Identifier") this.declare(scope, s.id, "other");
      } else if (s.type === "ForStatement" || s.type === "ForInStatement" || s.type === "ForOfStatement" || s.type === "LabeledStatement" || s.type === "IfStatement" || s.type === "WhileStatement" || s.type === "DoWhileStatement" || s.type === "TryStatement" || s.type === "SwitchStatement") {
        this.hoistVars(s, this.functionScope(scope));
      }
    }
  }
  /** `var` declarations nested in blocks belong to the function scope. */
  hoistVars(node, fnScope) {
    const visit = (n) => {
      if (n.type === "VariableDeclaration" && n.kind === "var") {
        for (const d of n.declarations) this.declarePattern(fnScope, d.id, "var", d.init ?? void 0);
      }
      if (n.type === "FunctionDeclaration" || n.type === "FunctionExpression" || n.type === "ArrowFunctionExpression" || n.type === "ClassDeclaration" || n.type === "ClassExpression") return;
      const keys = import_visitor_keys.visitorKeys[n.type] ?? [];
      for (const k of keys) {
        const child = n[k];
        if (Array.isArray(child)) for (const c of child) c && typeof c.type === "string" && visit(c);
        else if (child && typeof child.type === "string") visit(child);
      }
    };
    visit(node);
  }
  newScope(node, parent, isFunction2) {
    const s = { node, parent, isFunction: isFunction2, bindings: /* @__PURE__ */ new Map() };
    this.scopeOfNode.set(node, s);
    return s;
  }
  build(node, parentNode, scope) {
    if (parentNode) this.parents.set(node, parentNode);
    let inner = scope;
    switch (node.type) {
      case "Program":
        this.hoist(node.body, scope);
        break;
      case "FunctionDeclaration":
      case "FunctionExpression":
      case "ArrowFunctionExpression":
      case "TSDeclareFunction":
      case "TSEmptyBodyFunctionExpression": {
        inner = this.newScope(node, scope, true);
        if (node.type === "FunctionExpression" && node.id) this.declare(inner, node.id, "function", { fn: node });
        for (const p of node.params) this.declarePattern(inner, p, "param", void 0);
        for (const p of node.params) this.markParamFn(inner, node);
        if (node.body && node.body.type === "BlockStatement") this.hoist(node.body.body, inner);
        break;
      }
      case "BlockStatement":
        if (parentNode && (parentNode.type === "FunctionDeclaration" || parentNode.type === "FunctionExpression" || parentNode.type === "ArrowFunctionExpression")) break;
        inner = this.newScope(node, scope, false);
        this.hoist(node.body, inner);
        break;
      case "StaticBlock":
        inner = this.newScope(node, scope, true);
        this.hoist(node.body, inner);
        break;
      case "SwitchStatement":
        inner = this.newScope(node, scope, false);
        for (const c of node.cases) this.hoist(c.consequent, inner);
        break;
      case "ForStatement":
      case "ForInStatement":
      case "ForOfStatement": {
        inner = this.newScope(node, scope, false);
        const decl = node.type === "ForStatement" ? node.init : node.left;
        if (decl && decl.type === "VariableDeclaration" && decl.kind !== "var") {
          for (const d of decl.declarations) this.declarePattern(inner, d.id, decl.kind === "const" ? "const" : "let", void 0);
        }
        break;
      }
      case "CatchClause":
        inner = this.newScope(node, scope, false);
        if (node.param) this.declarePattern(inner, node.param, "catch", void 0);
        break;
      case "ClassExpression":
        if (node.id) {
          inner = this.newScope(node, scope, false);
          this.declare(inner, node.id, "class");
        }
        break;
      case "Identifier":
        this.refScope.set(node, scope);
        break;
      case "AssignmentExpression":
        this.countWrite(node.left, scope);
        break;
      case "UpdateExpression":
        this.countWrite(node.argument, scope);
        break;
      default:
        break;
    }
    const keys = import_visitor_keys.visitorKeys[node.type] ?? [];
    for (const k of keys) {
      const child = node[k];
      if (Array.isArray(child)) {
        for (const c of child) if (c && typeof c.type === "string") this.build(c, node, inner);
      } else if (child && typeof child.type === "string") this.build(child, node, inner);
    }
  }
  markParamFn(scope, fn) {
    for (const b of scope.bindings.values()) if (b.kind === "param" && !b.fn) b.fn = fn;
  }
  countWrite(target, scope) {
    const t = unwrap(target);
    if (t?.type === "Identifier") {
      let s = scope;
      while (s) {
        const b = s.bindings.get(t.name);
        if (b) {
          b.writes++;
          return;
        }
        s = s.parent;
      }
    } else if (t?.type === "ObjectPattern" || t?.type === "ArrayPattern") {
      const ids = [];
      collectPatternIds(t, ids);
      for (const id of ids) this.countWrite(id, scope);
    }
  }
};
function collectPatternIds(p, out) {
  switch (p.type) {
    case "Identifier":
      out.push(p);
      break;
    case "ObjectPattern":
      for (const prop of p.properties) collectPatternIds(prop.type === "RestElement" ? prop.argument : prop.value, out);
      break;
    case "ArrayPattern":
      for (const el of p.elements) if (el) collectPatternIds(el, out);
      break;
    case "AssignmentPattern":
      collectPatternIds(p.left, out);
      break;
    case "RestElement":
      collectPatternIds(p.argument, out);
      break;
    default:
      break;
  }
}
function isStringLike(node, resolver, depth = 0) {
  const n = unwrap(node);
  if (!n || depth > 10) return false;
  switch (n.type) {
    case "Literal":
      return typeof n.value === "string";
    case "TemplateLiteral":
      return true;
    case "BinaryExpression":
      return n.operator === "+" && (isStringLike(n.left, resolver, depth + 1) || isStringLike(n.right, resolver, depth + 1));
    case "Identifier": {
      const b = resolver.binding(n);
      if (!b || b.path || !b.init) return false;
      if (b.kind !== "const" && b.writes !== 0) return false;
      return isStringLike(b.init, resolver, depth + 1);
    }
    case "CallExpression": {
      const c = resolver.canonical(n.callee);
      if (c === "String") return true;
      const callee = unwrap(n.callee);
      if (callee?.type === "MemberExpression") {
        const m = propertyName(callee);
        if (m === "concat" || m === "join" || m === "toString" || m === "replace" || m === "trim") return isStringLike(callee.object, resolver, depth + 1) || m === "toString";
      }
      return false;
    }
    default:
      return false;
  }
}

// src/analyzers/code/describe.ts
function describe(ctx, node) {
  const n = unwrap(node) ?? node;
  const raw = ctx.text(n).replace(/\s+/g, " ").trim();
  const short = raw.length > 60 ? `${raw.slice(0, 57)}...` : raw;
  return `\`${short.replace(/`/g, "'")}\``;
}

// rules/code/eval-injection.ts
var eval_injection_default = defineRule({
  id: "code/eval-injection",
  title: "Code built at runtime passed to eval",
  severity: "high",
  cwe: ["CWE-95"],
  confidence: "high",
  status: "stable",
  help: [
    "`eval` compiles and runs its argument with the full authority of the process. When the string is",
    "built at runtime, anyone who controls part of it runs code: in an agent tool that means whatever",
    "the model was talked into. Direct calls, indirect ones (`(0, eval)(x)`, `globalThis.eval`,",
    "`window['eval']`, `eval?.()`, `const e = eval`) and `eval.call` are all found; a local variable or",
    "parameter named `eval` is not the global and is not reported. A constant string is not reported.",
    "",
    "Severity is high: the hazard is arbitrary code execution, and it rises to critical when an",
    "untrusted source (a request, a tool call) is shown to reach the argument.",
    "",
    "**Fix:** parse data instead of running it (`JSON.parse`, a small expression parser, a lookup table",
    "of allowed operations). If code must be run, isolate it in a separate process with no privileges."
  ].join("\n"),
  kind: "code",
  visit: (ctx) => ({
    CallExpression(node) {
      const callee = ctx.resolver.canonical(node.callee);
      let arg;
      if (callee === "eval") arg = node.arguments[0];
      else if (callee === "eval.call" || callee === "eval.apply") {
        arg = node.arguments[1];
        if (callee === "eval.apply") {
          const a = unwrap(arg);
          arg = a?.type === "ArrayExpression" ? a.elements[0] ?? void 0 : a;
        }
      } else return;
      if (!arg || arg.type === "SpreadElement") return;
      if (constValue(arg, ctx.resolver) !== void 0) return;
      const flow = ctx.taint(arg);
      ctx.report(node, `\`eval\` runs a string built from ${describe(ctx, arg)}.`, flow ? { flow, severity: "critical" } : {});
    }
  }),
  examples: {
    bad: [
      { code: "const expr = req.query.expr;\nconst result = eval(expr);", line: 2 },
      { code: 'function run(userInput) {\n  return eval("(" + userInput + ")");\n}', line: 2 },
      { code: "export const calc = (src: string) => (0, eval)(src);" },
      { code: "const value = globalThis.eval(input);" },
      { code: "window['eval'](payload);" },
      { code: "eval?.(code);" },
      { code: "const e = eval;\ne(body);", line: 2 },
      { code: "eval.call(null, script);" },
      { code: "const run = (s) => eval(`${s}`);" }
    ],
    good: [
      { code: 'const two = eval("1 + 1");', note: "constant string" },
      { code: "const PREFIX = 'x';\nconst v = eval(PREFIX + '1');", note: "constant concatenation" },
      { code: "function f(eval) {\n  return eval(input);\n}", note: "parameter named eval shadows the global" },
      { code: "const eval2 = (s) => s;\nlet r = eval2(input);" },
      { code: 'import { evaluate } from "mathjs";\nevaluate(expr);' },
      { code: "const o = { eval: (x) => x };\no.eval(input);", note: "a method named eval" }
    ]
  }
});

// rules/code/function-constructor.ts
function check(ctx, node) {
  if (ctx.resolver.canonical(node.callee) !== "Function") return;
  const dynamic = node.arguments.find((a) => a.type === "SpreadElement" || constValue(a, ctx.resolver) === void 0);
  if (!dynamic) return;
  const flow = ctx.taint(dynamic);
  ctx.report(node, `\`Function\` compiles a body built from ${describe(ctx, dynamic)}.`, flow ? { flow, severity: "critical" } : {});
}
var function_constructor_default = defineRule({
  id: "code/function-constructor",
  title: "Function constructor given code built at runtime",
  severity: "high",
  cwe: ["CWE-95"],
  confidence: "high",
  status: "stable",
  help: [
    "`new Function(...)` (and `Function(...)` without `new`) compiles its string arguments into a function:",
    "it is `eval` by another name, running in the global scope. A body or parameter list built at runtime",
    "lets whoever controls the string run code. Constant arguments are not reported.",
    "",
    "Severity is high for the same reason as `code/eval-injection`.",
    "",
    "**Fix:** write the function in source, or choose among fixed functions with a lookup table;",
    "for templates use a template engine that does not compile user input to code."
  ].join("\n"),
  kind: "code",
  visit: (ctx) => ({
    NewExpression: (node) => check(ctx, node),
    CallExpression: (node) => check(ctx, node)
  }),
  examples: {
    bad: [
      { code: 'const fn = new Function("a", "b", body);' },
      { code: 'const getter = Function("obj", "return obj." + field);' },
      { code: "export function compile(src: string) {\n  return new Function(src);\n}", line: 2 },
      { code: "const F = Function;\nconst g = new F(code);", line: 2 },
      { code: "const h = new globalThis.Function(`return ${expr}`);" }
    ],
    good: [
      { code: 'const add = new Function("a", "b", "return a + b");', note: "constant body" },
      { code: "function build(Function) {\n  return new Function(body);\n}", note: "shadowed" },
      { code: "const fn = (a, b) => a + b;" }
    ]
  }
});

// rules/code/string-timer.ts
var TIMERS = /* @__PURE__ */ new Set(["setTimeout", "setInterval", "setImmediate", "execScript"]);
var string_timer_default = defineRule({
  id: "code/string-timer",
  title: "Timer callback given as a string",
  severity: "medium",
  cwe: ["CWE-95"],
  confidence: "high",
  status: "stable",
  help: [
    "Browsers compile a string given to `setTimeout`, `setInterval` or `setImmediate` exactly like `eval`.",
    "A string built at runtime is reported at medium severity; a constant string still runs through the",
    "compiler (and breaks under a Content-Security-Policy without `unsafe-eval`), so it is reported at low.",
    "Local functions that shadow the timer names are not reported.",
    "",
    "**Fix:** pass a function: `setTimeout(() => poll(id), 50)`."
  ].join("\n"),
  kind: "code",
  visit: (ctx) => ({
    CallExpression(node) {
      const name = ctx.resolver.canonical(node.callee);
      if (!name || !TIMERS.has(name)) return;
      const arg = node.arguments[0];
      if (!arg || arg.type === "SpreadElement" || !isStringLike(arg, ctx.resolver)) return;
      const constant = constValue(arg, ctx.resolver) !== void 0;
      if (constant) ctx.report(arg, `\`${name}\` compiles its first argument, a constant string, as code.`, { severity: "low" });
      else {
        const flow = ctx.taint(arg);
        ctx.report(arg, `\`${name}\` compiles a string built from ${describe(ctx, arg)} as code.`, flow ? { flow, severity: "high" } : {});
      }
    }
  }),
  examples: {
    bad: [
      { code: 'setTimeout("poll(" + id + ")", 50);' },
      { code: "setInterval(`refresh(${widget})`, 1000);" },
      { code: 'setTimeout("tick()", 10);', note: "constant string: low" },
      { code: 'const handler = "update(" + n + ")";\nsetTimeout(handler, 5);', line: 2 },
      { code: 'window.setTimeout("go()", 1);' },
      { code: 'setImmediate("flush()");' }
    ],
    good: [
      { code: "setTimeout(() => poll(id), 50);" },
      { code: "setInterval(refresh, 1000);" },
      { code: 'function setTimeout(s, n) { return [s, n]; }\nsetTimeout("x", 1);', note: "local function" },
      { code: "const fn = () => 1;\nsetTimeout(fn, 1);" }
    ]
  }
});

// src/core/lines.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }
  text;
  starts = [0];
  get lineCount() {
    return this.starts.length;
  }
  /** 1-based line and column of an offset. */
  position(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
  /** Offset of the start of a 1-based line. */
  lineStart(line) {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
  }
  /** Text of a 1-based line without its terminator. */
  lineText(line) {
    const start = this.lineStart(line);
    const next = line < this.starts.length ? this.starts[line] : this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, "");
  }
};

// src/suppress/inline.ts
var MARKER = "flowguard-ignore";
var COMMENT_BEFORE = /(?:\/\/|\/\*|^\s*\*|#|<!--|--|;)[^'"`]*$/;
function parseDirectives(text) {
  const out = [];
  if (!text.includes(MARKER)) return out;
  const index = new LineIndex(text);
  for (let line = 1; line <= index.lineCount; line++) {
    const lineText = index.lineText(line);
    const at = lineText.indexOf(MARKER);
    if (at < 0) continue;
    const before = lineText.slice(0, at);
    if (!COMMENT_BEFORE.test(before)) continue;
    let rest = lineText.slice(at + MARKER.length);
    if (rest && !/^\s/.test(rest)) continue;
    rest = rest.replace(/\s*(?:\*\/|-->)\s*$/, "");
    const sep2 = rest.search(/\s--(?:\s|$)/);
    const idsPart = sep2 >= 0 ? rest.slice(0, sep2) : rest;
    const reason = sep2 >= 0 ? rest.slice(sep2).replace(/^\s*--\s*/, "").trim() : "";
    const ids = idsPart.split(/[\s,]+/).map((s) => s.trim()).filter((s) => /^[a-z]+\/(?:[a-z0-9-]+|\*)$/.test(s));
    const trailing = !/^\s*(?:\/\/|\/\*|\*|#|<!--|--|;)\s*$/.test(before);
    out.push({ line, column: at + 1, ids, reason, trailing });
  }
  return out;
}
function matches(id, ruleId) {
  return id === ruleId || id.endsWith("/*") && ruleId.startsWith(id.slice(0, -1));
}
function applyInlineSuppressions(findings, texts) {
  const cache = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.line === void 0 || f.suppressed || f.ruleId === "code/suppression-without-reason") continue;
    const text = texts.get(f.file);
    if (text === void 0) continue;
    let dirs = cache.get(f.file);
    if (!dirs) {
      dirs = parseDirectives(text);
      cache.set(f.file, dirs);
    }
    const d = dirs.find((x) => (x.trailing ? x.line === f.line : x.line === f.line || x.line === f.line - 1) && x.ids.some((id) => matches(id, f.ruleId)));
    if (d) {
      f.suppressed = true;
      f.suppression = { kind: "inSource", justification: d.reason };
    }
  }
}

// rules/code/suppression-without-reason.ts
var suppression_without_reason_default = defineRule({
  id: "code/suppression-without-reason",
  title: "Suppression comment without a reason",
  severity: "info",
  cwe: ["CWE-710"],
  confidence: "high",
  status: "stable",
  help: [
    "A `flowguard-ignore` comment hides a finding from every report that fails a build. Without a reason",
    "nobody can later tell a reviewed false positive from a silenced real issue. The suppression still",
    "applies; this note asks for the why. It runs for every scan type.",
    "",
    "**Fix:** add the reason after ` -- `: `// flowguard-ignore code/eval-injection -- input is a constant table`."
  ].join("\n"),
  kind: "text",
  keywords: ["flowguard-ignore"],
  check(ctx) {
    const dirs = parseDirectives(ctx.file.text);
    if (!dirs.length) return;
    const index = new LineIndex(ctx.file.text);
    for (const d of dirs) {
      if (d.reason) continue;
      const start = index.lineStart(d.line) + d.column - 1;
      const what = d.ids.length ? d.ids.join(", ") : "no rule id";
      ctx.report({ range: [start, start + "flowguard-ignore".length] }, `\`flowguard-ignore\` (${what}) gives no reason after \`--\`.`);
    }
  },
  examples: {
    bad: [
      { code: "eval(x); // flowguard-ignore code/eval-injection" },
      { path: ".env", code: "# flowguard-ignore secret/generic-secret\nTOKEN=abc", line: 1 }
    ],
    good: [
      { code: "eval(x); // flowguard-ignore code/eval-injection -- x is a constant table" },
      { code: 'const note = "flowguard-ignore is a comment directive";', note: "inside a string, not a comment" }
    ]
  }
});

// src/analyzers/taint/engine.ts
var import_visitor_keys2 = __toESM(require_dist());

// src/analyzers/taint/sources.ts
var REQUEST_PROPS = /* @__PURE__ */ new Set([
  "query",
  "params",
  "body",
  "headers",
  "header",
  "cookies",
  "signedCookies",
  "path",
  "url",
  "originalUrl",
  "payload",
  "searchParams",
  "nextUrl",
  "hostname",
  "host",
  "querystring",
  "rawBody",
  "fields",
  "href",
  "search",
  "pathname"
]);
var REQUEST_METHODS = /* @__PURE__ */ new Set(["get", "header", "param", "query", "queries", "json", "text", "formData", "parseBody", "valid", "arrayBuffer", "blob"]);
var PROPS_KEYS = /* @__PURE__ */ new Set(["params", "searchParams", "query", "url", "input"]);
var UPLOAD_NAMES = /* @__PURE__ */ new Set(["originalname", "originalFilename", "name"]);
var LAMBDA_PROPS = /* @__PURE__ */ new Set(["body", "queryStringParameters", "pathParameters", "multiValueQueryStringParameters", "headers", "rawPath", "rawQueryString"]);
var ENTRY_PROPS = /* @__PURE__ */ new Set(["path", "fileName", "filename", "entryName", "name", "linkname", "linkpath"]);
var ROUTE_METHODS = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "del", "all", "use", "options", "head", "route", "handle", "any", "on"]);
var NEXT_HANDLERS = /* @__PURE__ */ new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]);
var TOOL_SCHEMA_KEYS = /* @__PURE__ */ new Set(["parameters", "inputSchema", "input_schema", "schema", "argsSchema", "inputParameters"]);
var TOOL_FN_KEYS = /* @__PURE__ */ new Set(["execute", "handler", "run", "func", "invoke", "call", "callback"]);
var LIFECYCLE_EVENTS = /* @__PURE__ */ new Set(["error", "close", "open", "connect", "disconnect", "end", "finish", "drain", "listening", "ready", "exit", "timeout", "connection", "upgrade"]);
var NO = { state: "no" };
var TAINTED = { state: "tainted" };
function walkSpec(kind, path7) {
  if (path7.length === 0) return kind === "whole" ? TAINTED : { state: "partial", spec: kind };
  const [head, ...rest] = path7;
  switch (kind) {
    case "whole":
      return TAINTED;
    case "request":
      if (head === "request" || head === "req" || head === "raw") return walkSpec("request", rest);
      if (head === "file" || head === "files") return walkSpec("upload", rest);
      return REQUEST_PROPS.has(head) ? TAINTED : NO;
    case "upload":
      if (UPLOAD_NAMES.has(head)) return TAINTED;
      if (head === "path" || head === "destination" || head === "filepath" || head === "tempFilePath" || head === "size" || head === "mimetype") return NO;
      return walkSpec("upload", rest);
    case "hono":
      return head === "req" ? walkSpec("request", rest) : NO;
    case "mcpRequest":
      if (head !== "params") return NO;
      if (rest.length === 0) return { state: "partial", spec: "mcpRequest" };
      return rest[0] === "arguments" ? TAINTED : NO;
    case "nextProps":
      if (head === "request") return walkSpec("request", rest);
      return PROPS_KEYS.has(head) ? TAINTED : NO;
    case "lambda":
      return LAMBDA_PROPS.has(head) ? TAINTED : NO;
    case "entry":
      return ENTRY_PROPS.has(head) ? TAINTED : NO;
    default:
      return NO;
  }
}
function calleeName(callee) {
  const c = unwrap(callee);
  if (!c) return void 0;
  if (c.type === "Identifier") return c.name;
  if (c.type === "MemberExpression") return propertyName(c);
  return void 0;
}
function receiverName(callee) {
  const c = unwrap(callee);
  if (c?.type !== "MemberExpression") return void 0;
  const o = unwrap(c.object);
  if (o?.type === "Identifier") return o.name;
  if (o?.type === "MemberExpression") return propertyName(o);
  return void 0;
}
function isFunction(n) {
  return !!n && (n.type === "FunctionExpression" || n.type === "ArrowFunctionExpression" || n.type === "FunctionDeclaration");
}
function paramName(fn, i) {
  const p = fn.params[i];
  const id = p?.type === "AssignmentPattern" ? p.left : p;
  return id?.type === "Identifier" ? id.name : void 0;
}
function objectKeys(o) {
  const keys = /* @__PURE__ */ new Set();
  for (const p of o.properties) if (p.type === "Property") {
    const k = propertyName(p);
    if (k !== void 0) keys.add(k);
  }
  return keys;
}
var isLiteralRoute = (n, resolver) => {
  const u = unwrap(n);
  if (!u) return false;
  if (u.type === "Literal" && ("regex" in u || typeof u.value === "string")) return true;
  if (u.type === "TemplateLiteral" || u.type === "ArrayExpression") return true;
  return typeof constValue(u, resolver) === "string";
};
var REQUEST_NAMES = /^(_?req|request|_?request|incomingMessage|httpRequest|ctx|context)$/;
function handlerSpecs(fn, resolver) {
  const out = /* @__PURE__ */ new Map();
  const params = fn.params;
  const set = (i, kind, what, trust = "untrusted") => {
    if (i < params.length && !out.has(i)) out.set(i, { kind, what, trust });
  };
  params.forEach((p, i) => {
    const target = p.type === "TSParameterProperty" ? p.parameter : p;
    for (const d of target.decorators ?? []) {
      const e = unwrap(d.expression);
      const name = e?.type === "CallExpression" ? calleeName(e.callee) : e ? calleeName(e) : void 0;
      if (name && /^(Param|Query|Body|Headers|UploadedFile|UploadedFiles|Args|Arg|Payload|MessageBody)$/.test(name)) set(i, "whole", "request input");
      else if (name && /^(Req|Request)$/.test(name)) set(i, "request", "HTTP request");
    }
  });
  const parent = resolver.parent(fn);
  if (parent?.type === "CallExpression" && parent.arguments.includes(fn)) {
    const name = calleeName(parent.callee);
    const args = parent.arguments;
    const isLast = args[args.length - 1] === fn;
    const canon = resolver.canonical(parent.callee);
    const toolCall = /tool$/i.test(name ?? "") || name === "prompt" || name === "registerPrompt" || name === "from" && /Tool$/.test(receiverName(parent.callee) ?? "");
    if (toolCall && (isLast || args[0] === fn)) set(0, "whole", "tool input");
    else if ((name === "resource" || name === "registerResource") && isLast) set(1, "whole", "MCP resource template variables");
    else if (name === "setRequestHandler") {
      const schema = args[0] ? resolver.canonical(args[0]) ?? "" : "";
      if (/CallToolRequestSchema$/.test(schema)) set(0, "mcpRequest", "MCP tool call");
    } else if (canon && /^(http|https|http2)\.(createServer|createSecureServer)$/.test(canon)) set(0, "request", "HTTP request");
    else if (name === "on" || name === "once" || name === "addListener" || name === "addEventListener" || name === "prependListener") {
      const ev = constValue(args[0], resolver);
      const recv = receiverName(parent.callee) ?? "";
      if (ev === "request") set(0, "request", "HTTP request");
      else if (/^ipc(Main|Renderer)?$/.test(recv) && typeof ev === "string") {
        for (let i = 1; i < params.length; i++) set(i, "whole", "IPC message");
      } else if (ev === "file" || ev === "field") {
        for (let i = 0; i < params.length; i++) set(i, "whole", "uploaded file");
      } else if (ev === "line" || (ev === "message" || ev === "text") && !/parentPort|worker|process|port|child|cluster/i.test(recv) || ev === "data" && /stdin|req|request|socket|ws|conn|client/i.test(recv)) {
        const what = /stdin|rl|readline|input/i.test(recv) || ev === "line" ? "stdin input" : /req/i.test(recv) ? "HTTP request body" : "socket message";
        set(0, "whole", what);
      } else if (ev === "entry") set(0, "entry", "archive entry");
      else if (ev === "connection" && params.length >= 2) set(1, "request", "HTTP upgrade request");
      else if (typeof ev === "string" && !LIFECYCLE_EVENTS.has(ev) && /socket|^io$|client|^ws$|conn/i.test(recv)) {
        for (let i = 0; i < params.length; i++) set(i, "whole", "socket message");
      }
    } else if (name === "question" && isLast) set(0, "whole", "stdin input");
    else if (name === "handle" && /^ipcMain$/.test(receiverName(parent.callee) ?? "")) {
      for (let i = 1; i < params.length; i++) set(i, "whole", "IPC message");
    } else if (name === "forEach" && /zip/i.test(receiverName(parent.callee) ?? "")) {
      for (let i = 0; i < params.length; i++) set(i, "whole", "archive entry");
    } else if ((name === "query" || name === "mutation") && isLast && parent.callee.type === "MemberExpression" && (params[0]?.type === "ObjectPattern" || /input|opts/.test(paramName(fn, 0) ?? ""))) {
      set(0, "nextProps", "tRPC input");
    } else if (name === "action" && /command|argument|option|program|cli/i.test(sourceTextOfCallee(parent.callee))) {
      for (let i = 0; i < params.length; i++) set(i, "whole", "command-line argument", "low");
    } else if (name && ROUTE_METHODS.has(name) && parent.callee.type === "MemberExpression") {
      const first = args[0];
      const routeLike = first === fn ? name === "use" : isLiteralRoute(first, resolver);
      const p0 = paramName(fn, 0) ?? "";
      if (routeLike && !/^(err|error|e)$/.test(p0)) {
        if (params.length === 4 && name === "use") set(1, "request", "HTTP request");
        else set(0, "request", "HTTP request");
      } else if (routeLike && params.length === 4) set(1, "request", "HTTP request");
    }
  } else if (parent?.type === "Property" && parent.value === fn) {
    const key = propertyName(parent);
    const obj = resolver.parent(parent);
    if (key && obj?.type === "ObjectExpression") {
      const keys = objectKeys(obj);
      const holder = resolver.parent(obj);
      const holderKey = holder?.type === "Property" ? propertyName(holder) : void 0;
      if ((key === "handler" || key === "preHandler") && (keys.has("method") || keys.has("url") || keys.has("path"))) set(0, "request", "HTTP request");
      else if (holderKey && /^(Query|Mutation|Subscription)$/.test(holderKey)) set(1, "whole", "GraphQL arguments");
      else if (key === "fetch" && params.length >= 1) set(0, "request", "HTTP request");
      else if (TOOL_FN_KEYS.has(key)) {
        const call = resolver.parent(obj);
        const inToolCall = call && (call.type === "CallExpression" || call.type === "NewExpression") && /tool/i.test(calleeName(call.callee) ?? "");
        const hasSchema = [...keys].some((k) => TOOL_SCHEMA_KEYS.has(k));
        if (inToolCall || hasSchema && (keys.has("description") || keys.has("name"))) set(0, "whole", "agent tool input");
      }
    }
  } else if (parent?.type === "AssignmentExpression" && parent.right === fn && parent.left.type === "MemberExpression") {
    const key = propertyName(parent.left);
    if (key === "onmessage") set(0, "whole", "socket message");
  } else if (parent?.type === "MethodDefinition" && parent.value === fn) {
    const key = propertyName(parent);
    const cls = resolver.parent(resolver.parent(parent) ?? parent);
    const sup = cls && (cls.type === "ClassDeclaration" || cls.type === "ClassExpression") ? cls.superClass : null;
    const supName = sup ? sup.type === "Identifier" ? sup.name : sup.type === "MemberExpression" ? propertyName(sup) ?? "" : "" : "";
    if ((key === "_call" || key === "execute" || key === "run") && /Tool$/.test(supName)) set(0, "whole", "agent tool input");
  }
  const exportName = exportedName(fn, resolver);
  if (exportName !== void 0) {
    if (NEXT_HANDLERS.has(exportName)) {
      set(0, "request", "HTTP request");
      set(1, "nextProps", "route params");
    }
    const p0 = params[0];
    if (p0?.type === "ObjectPattern" && p0.properties.some((p) => p.type === "Property" && ["params", "searchParams", "request", "url", "query"].includes(propertyName(p) ?? ""))) set(0, "nextProps", "page props");
    if (isServerActionFile(resolver.ast)) for (let i = 0; i < params.length; i++) set(i, "whole", "server action argument");
  }
  for (let i = 0; i < params.length; i++) {
    const n = paramName(fn, i);
    if (!n) continue;
    if (REQUEST_NAMES.test(n)) set(i, "request", "HTTP request");
    else if (n === "c" && i === 0) set(i, "hono", "HTTP request");
    else if (n === "event" && i === 0 && params.length <= 3) set(i, "lambda", "Lambda event");
  }
  return out;
}
function sourceTextOfCallee(callee) {
  let n = unwrap(callee);
  const parts = [];
  for (let i = 0; n && i < 8; i++) {
    if (n.type === "MemberExpression") {
      const p = propertyName(n);
      if (p) parts.push(p);
      n = unwrap(n.object);
    } else if (n.type === "CallExpression") n = unwrap(n.callee);
    else if (n.type === "NewExpression") n = unwrap(n.callee);
    else if (n.type === "Identifier") {
      parts.push(n.name);
      break;
    } else break;
  }
  return parts.join(".");
}
function exportedName(fn, resolver) {
  const p = resolver.parent(fn);
  if (fn.type === "FunctionDeclaration") {
    if (p?.type === "ExportNamedDeclaration") return fn.id?.name ?? "default";
    if (p?.type === "ExportDefaultDeclaration") return "default";
    return void 0;
  }
  if (p?.type === "ExportDefaultDeclaration") return "default";
  if (p?.type === "VariableDeclarator" && p.init === fn && p.id.type === "Identifier") {
    const decl = resolver.parent(p);
    if (decl && resolver.parent(decl)?.type === "ExportNamedDeclaration") return p.id.name;
  }
  return void 0;
}
var serverActionFiles = /* @__PURE__ */ new WeakMap();
function isServerActionFile(ast) {
  let v = serverActionFiles.get(ast);
  if (v === void 0) {
    v = ast.body.some((s) => s.type === "ExpressionStatement" && s.directive === "use server");
    serverActionFiles.set(ast, v);
  }
  return v;
}
var isFunctionNode = isFunction;

// src/analyzers/taint/guards.ts
var EMPTY = /* @__PURE__ */ new Map();
var VALIDATOR_NAMES = /^is(Alphanumeric|Alpha|Numeric|Int|Integer|UUID|Uuid|Hexadecimal|Hex|Slug|MongoId|Base64|Port|Number|SafeInteger|Valid|ValidObjectId)$/;
var SAFE_PREDICATE_NAMES = /^(is|check|has)?_?(safe|valid|allowed|whitelisted|permitted)/i;
var CONTAINMENT_NAMES = /inside|within|contain|subdir|subpath|underroot|inroot|insideroot/i;
var SHELL_META = /[;&|$`'"<>(){}!*\n\\]/;
var Guards = class {
  constructor(resolver, engine) {
    this.resolver = resolver;
    this.engine = engine;
  }
  resolver;
  engine;
  factMemo = /* @__PURE__ */ new Map();
  derivedMemo = /* @__PURE__ */ new Map();
  ids = /* @__PURE__ */ new Map();
  guardLists = /* @__PURE__ */ new WeakMap();
  /** True when a guard that dominates this use of `b` makes it safe for a sink of `kind`. */
  protects(use, b, kind) {
    const facts = /* @__PURE__ */ new Set();
    const consider = (cond, pol) => {
      for (const [g, fs6] of this.factsOf(cond, pol)) if (this.related(g, b)) for (const f of fs6) facts.add(f);
    };
    let child = use;
    let p = this.resolver.parent(child);
    for (let depth = 0; p && depth < 200; depth++) {
      switch (p.type) {
        case "IfStatement":
        case "ConditionalExpression":
          if (child === p.consequent) consider(p.test, true);
          else if (child === p.alternate) consider(p.test, false);
          break;
        case "LogicalExpression":
          if (child === p.right) {
            if (p.operator === "&&") consider(p.left, true);
            else if (p.operator === "||") consider(p.left, false);
          }
          break;
        case "BlockStatement":
        case "Program":
        case "StaticBlock":
          this.earlyExits(p.body, child, consider);
          break;
        case "SwitchCase": {
          this.earlyExits(p.consequent, child, consider);
          const sw = this.resolver.parent(p);
          if (p.test && sw?.type === "SwitchStatement" && constValue(p.test, this.resolver) !== void 0) {
            for (const g of this.bindingsOf(sw.discriminant)) if (this.related(g, b)) facts.add("allow");
          }
          break;
        }
        default:
          break;
      }
      if (decide(facts, kind)) return true;
      child = p;
      p = this.resolver.parent(p);
    }
    return decide(facts, kind);
  }
  /** Statements before `child` in a list that leave unless a condition holds: `if (bad) return;`, `assert(ok)`. */
  earlyExits(list, child, consider) {
    let guards = this.guardLists.get(list);
    if (!guards) {
      guards = list.filter((s) => s.type === "IfStatement" || s.type === "ExpressionStatement" && s.expression.type === "CallExpression");
      this.guardLists.set(list, guards);
    }
    const stop = child.range[0];
    for (const s of guards) {
      if (s.range[0] >= stop) return;
      if (s.type === "IfStatement") {
        const c = exits(s.consequent);
        const a = s.alternate ? exits(s.alternate) : false;
        if (c && !a) consider(s.test, false);
        else if (a && !c) consider(s.test, true);
      } else if (s.type === "ExpressionStatement" && s.expression.type === "CallExpression") {
        const callee = unwrap(s.expression.callee);
        const name = callee?.type === "Identifier" ? callee.name : callee?.type === "MemberExpression" ? this.resolver.canonical(callee) ?? "" : "";
        if (/^(assert|assert\.ok|assert\.strict|invariant|ensure|console\.assert_)$/.test(name) && s.expression.arguments[0]) consider(s.expression.arguments[0], true);
        else if (callee?.type === "Identifier" && this.engine.sameFileFunction(callee)) consider(s.expression, true);
      }
    }
  }
  factsOf(cond, pol) {
    let m = this.factMemo.get(cond);
    if (!m) {
      m = [void 0, void 0];
      this.factMemo.set(cond, m);
    }
    const i = pol ? 0 : 1;
    if (!m[i]) {
      m[i] = EMPTY;
      m[i] = this.computeFacts(cond, pol, 0);
    }
    return m[i];
  }
  computeFacts(cond, pol, depth) {
    const c = unwrap(cond);
    if (!c || depth > 12) return EMPTY;
    const out = /* @__PURE__ */ new Map();
    const add = (nodes, f) => {
      if (!nodes) return;
      for (const n of Array.isArray(nodes) ? nodes : [nodes]) {
        for (const b of this.bindingsOf(n)) {
          const s = out.get(b);
          if (s) s.add(f);
          else out.set(b, /* @__PURE__ */ new Set([f]));
        }
      }
    };
    switch (c.type) {
      case "UnaryExpression":
        if (c.operator === "!") return this.computeFacts(c.argument, !pol, depth + 1);
        return EMPTY;
      case "LogicalExpression": {
        const l = this.computeFacts(c.left, pol, depth + 1);
        const r = this.computeFacts(c.right, pol, depth + 1);
        if (c.operator === "&&" && pol || c.operator === "||" && !pol) return merge(l, r);
        if (c.operator === "??") return EMPTY;
        return intersect(l, r);
      }
      case "BinaryExpression": {
        const op = c.operator;
        const left = c.left;
        const right = c.right;
        if (op === "in") {
          if (pol) add(left, "allow");
          return out;
        }
        const lv = constValue(left, this.resolver);
        const rv = constValue(right, this.resolver);
        const [x, v] = lv !== void 0 && rv === void 0 ? [right, lv] : rv !== void 0 && lv === void 0 ? [left, rv] : [void 0, void 0];
        if (!x) return out;
        const xu = unwrap(x);
        if (op === "===" || op === "==" || op === "!==" || op === "!=") {
          const eq = op === "===" || op === "==" ? pol : !pol;
          if (xu.type === "UnaryExpression" && xu.operator === "typeof") {
            if (eq && v === "number") add(xu.argument, "allow");
            return out;
          }
          const io2 = indexOfCall(xu);
          if (io2) {
            if (v === 0) return this.stringCheck(io2.recv, "startsWith", io2.arg, eq);
            if (v === -1) return this.stringCheck(io2.recv, "includes", io2.arg, !eq);
            return out;
          }
          if (eq && (typeof v === "string" || typeof v === "number" || typeof v === "boolean")) add(x, "allow");
          return out;
        }
        const io = indexOfCall(xu);
        if (io && typeof v === "number" && x === left) {
          const found = op === ">=" && v === 0 || op === ">" && v === -1;
          const missing = op === "<" && v === 0 || op === "<=" && v === -1;
          if (found || missing) return this.stringCheck(io.recv, "includes", io.arg, found ? pol : !pol);
        }
        return out;
      }
      case "CallExpression":
        return this.callFacts(c, pol, depth);
      case "Identifier": {
        const b = this.resolver.binding(c);
        const init = b && b.writes === 0 && !b.path && (b.kind === "const" || b.kind === "let") ? unwrap(b.init) : void 0;
        return init && !isFunctionNode(init) ? this.computeFacts(init, pol, depth + 1) : EMPTY;
      }
      case "AwaitExpression":
        return this.computeFacts(c.argument, pol, depth + 1);
      default:
        return EMPTY;
    }
  }
  /** Facts from `recv.startsWith(arg)` / `recv.includes(arg)` being `pol`. */
  stringCheck(recv, method, arg, pol) {
    const out = /* @__PURE__ */ new Map();
    const add = (n, f) => {
      for (const b of this.bindingsOf(n)) {
        const s = out.get(b);
        if (s) s.add(f);
        else out.set(b, /* @__PURE__ */ new Set([f]));
      }
    };
    const v = arg ? constValue(arg, this.resolver) : void 0;
    const dotdot = typeof v === "string" && /^\.\.([\\/])?$/.test(v);
    if (method === "startsWith") {
      if (dotdot) {
        if (!pol && this.isRelative(recv)) add(recv, "pathSafe");
        else if (!pol && this.isNormalised(recv)) add(recv, "noDotDot");
      } else if (v === "/" || v === "\\") {
        if (!pol) add(recv, "notAbs");
      } else if (pol && arg && this.isNormalised(recv)) add(recv, "pathSafe");
      else if (pol && arg && this.isHelperParam(recv)) add(recv, "prefixed");
    } else {
      if (dotdot) {
        if (!pol) add(recv, this.isNormalised(recv) ? "pathSafe" : "noDotDot");
      } else if (v === "/" && !pol) {
        add(recv, "pathSafe");
      } else if (pol && arg && this.isAllowlist(recv)) add(arg, "allow");
    }
    return out;
  }
  callFacts(c, pol, depth) {
    const out = /* @__PURE__ */ new Map();
    const add = (n, f) => {
      if (!n) return;
      for (const b of this.bindingsOf(n)) {
        const s = out.get(b);
        if (s) s.add(f);
        else out.set(b, /* @__PURE__ */ new Set([f]));
      }
    };
    const callee = unwrap(c.callee);
    const args = c.arguments;
    const canon = callee ? this.resolver.canonical(callee) : void 0;
    if (canon && /^path(\.posix|\.win32)?\.isAbsolute$/.test(canon)) {
      if (!pol) add(args[0], "notAbs");
      return out;
    }
    if (canon === "Object.hasOwn" || canon === "Reflect.has") {
      if (pol) add(args[1], "allow");
      return out;
    }
    if (canon && /^Number\.is(Integer|SafeInteger|Finite)$/.test(canon)) {
      if (pol) add(args[0], "allow");
      return out;
    }
    if (canon === "uuid.validate" || canon === "uuid.default.validate") {
      if (pol) add(args[0], "allow");
      return out;
    }
    if (canon === "isNaN") {
      if (!pol) add(args[0], "allow");
      return out;
    }
    if (callee?.type === "MemberExpression") {
      const m = propertyName(callee) ?? "";
      const recv = callee.object;
      if (m === "startsWith" || m === "includes") return this.stringCheck(recv, m, args[0], pol);
      if ((m === "some" || m === "every") && pol) {
        const cb = unwrap(args[0]);
        const body = cb && isFunctionNode(cb) ? cb.body.type === "BlockStatement" ? returned(cb.body) : cb.body : void 0;
        return body ? this.computeFacts(body, true, depth + 1) : out;
      }
      if (m === "has" || m === "hasOwnProperty") {
        if (pol) add(args[0], "allow");
        return out;
      }
      if (m === "call" && /hasOwnProperty$/.test(this.resolver.canonical(callee.object) ?? rootText(callee.object))) {
        if (pol) add(args[1], "allow");
        return out;
      }
      if (m === "test") {
        const re = this.regexOf(recv);
        if (re) this.regexFacts(re, pol, args[0], add);
        return out;
      }
      if (m === "match") {
        const re = this.regexOf(args[0]);
        if (re) this.regexFacts(re, pol, recv, add);
        return out;
      }
      if (VALIDATOR_NAMES.test(m)) {
        if (pol) add(args[0], "allow");
        return out;
      }
      return out;
    }
    if (callee?.type === "Identifier") {
      const fn = this.engine.sameFileFunction(callee);
      if (fn) return this.predicateFacts(fn, c, pol, depth);
      if (pol && (VALIDATOR_NAMES.test(callee.name) || SAFE_PREDICATE_NAMES.test(callee.name))) add(args[0], "allow");
      if (pol && CONTAINMENT_NAMES.test(callee.name)) for (const a of args) add(a, "pathSafe");
    }
    return out;
  }
  /** One level of summary for a same-file predicate: `function isSafe(p) { if (p.includes('..')) return false; return … }`. */
  predicateFacts(fn, call, pol, depth) {
    if (depth > 4 || !fn.body) return EMPTY;
    const inner = [];
    if (fn.body.type !== "BlockStatement") inner.push(this.computeFacts(fn.body, pol, depth + 5));
    else if (pol) {
      for (const s of fn.body.body) {
        if (s.type === "IfStatement" && !s.alternate) {
          const ret = returned(s.consequent);
          if (ret && constValue(ret, this.resolver) === false || throws(s.consequent)) inner.push(this.computeFacts(s.test, false, depth + 5));
        } else if (s.type === "ReturnStatement" && s.argument) {
          if (constValue(s.argument, this.resolver) !== true) inner.push(this.computeFacts(s.argument, true, depth + 5));
          break;
        }
      }
    } else {
      const only = fn.body.body.length === 1 ? fn.body.body[0] : void 0;
      if (only?.type === "ReturnStatement" && only.argument) inner.push(this.computeFacts(only.argument, false, depth + 5));
    }
    const out = /* @__PURE__ */ new Map();
    for (const facts of inner) {
      for (const [g, fs6] of facts) {
        const candidates = typeof g === "string" ? [] : g.kind === "param" ? [g] : [...this.derived(g)];
        for (const c of candidates) {
          const info = typeof c !== "string" && c.kind === "param" ? this.engine.paramInfo(c) : void 0;
          if (!info || info.fn !== fn || info.path.length) continue;
          const arg = call.arguments[info.index];
          if (!arg || arg.type === "SpreadElement") continue;
          const normalised = this.isNormalised(arg);
          for (const b of this.bindingsOf(arg)) {
            const set = out.get(b) ?? /* @__PURE__ */ new Set();
            for (const f of fs6) {
              if (f !== "prefixed") set.add(f);
              else if (normalised) set.add("pathSafe");
            }
            out.set(b, set);
          }
        }
      }
    }
    return out;
  }
  regexFacts(re, pol, target, add) {
    const p = re.pattern;
    if (pol) {
      if (!p.startsWith("^") || !p.endsWith("$")) return;
      const classes = [...p.matchAll(/\[((?:\\.|[^\]\\])*)\]/g)].map((m) => m[1]);
      const outside = p.replace(/\[((?:\\.|[^\]\\])*)\]/g, "");
      const wildcard = /(^|[^\\])\./.test(outside) || /\\[SWD]/.test(p) || classes.some((k) => k.startsWith("^"));
      if (wildcard) return;
      const slash = p.includes("/") || p.includes("\\\\");
      if (!slash) add(target, "pathSafe");
      const metaIn = classes.some((k) => SHELL_META.test(k.replace(/\\[-.\]\\/wds]/g, ""))) || /\\[;&|$`'"<>(){}!*]/.test(outside);
      if (!metaIn) add(target, "cmdSafe");
      return;
    }
    const sep2 = /^\[((?:\\.|[^\]\\])*)\]$/.exec(p);
    if (sep2 && !sep2[1].startsWith("^") && sep2[1].includes("/")) {
      add(target, "pathSafe");
      return;
    }
    const single = /^\[\^((?:\\.|[^\]\\])*)\]$/.exec(p);
    if (single) {
      const body = single[1];
      if (!body.includes("/") && !body.includes("\\\\") && !/\\[SWD]/.test(body)) add(target, "pathSafe");
      if (!SHELL_META.test(body.replace(/\\[-.\]\\/wds]/g, ""))) add(target, "cmdSafe");
      return;
    }
    if (p.includes("\\.\\.")) add(target, "noDotDot");
    if (/^\^(\\\/|\/|\[\\\/|\[\/|\[\\\\\\\/)/.test(p) || p.includes("|^/") || p.includes("|^\\/")) add(target, "notAbs");
  }
  regexOf(node) {
    let n = unwrap(node);
    if (n?.type === "Identifier") {
      const b = this.resolver.binding(n);
      n = b && b.writes === 0 && !b.path ? unwrap(b.init) : void 0;
    }
    if (n?.type === "Literal" && "regex" in n && n.regex) return n.regex;
    if (n?.type === "NewExpression" && this.resolver.canonical(n.callee) === "RegExp") {
      const src = constValue(n.arguments[0], this.resolver);
      const flags = n.arguments[1] ? constValue(n.arguments[1], this.resolver) : "";
      if (typeof src === "string") return { pattern: src, flags: typeof flags === "string" ? flags : "" };
    }
    return void 0;
  }
  /** A constant list or set used as an allowlist (`ALLOWED.includes(x)`), not a string (`s.includes(x)`). */
  isAllowlist(recv) {
    const r = unwrap(recv);
    if (!r) return false;
    if (r.type === "ArrayExpression") return true;
    if (r.type === "CallExpression") {
      const c = this.resolver.canonical(r.callee);
      return c === "Object.keys" || c === "Object.values";
    }
    if (r.type === "Identifier" || r.type === "MemberExpression") {
      const init = r.type === "Identifier" ? this.initOf(r) : void 0;
      if (init?.type === "ArrayExpression") return true;
      if (init && (init.type === "Literal" || init.type === "TemplateLiteral")) return false;
      if (init?.type === "CallExpression" && /^Object\.(keys|values)$/.test(this.resolver.canonical(init.callee) ?? "")) return true;
      return /allow|whitelist|permitted|valid|known|supported|safe|names|list|options|choices|types/i.test(rootText(r));
    }
    return false;
  }
  initOf(id) {
    const b = this.resolver.binding(id);
    if (!b || b.writes !== 0 || b.path) return void 0;
    return unwrap(b.init);
  }
  /** Built by `path.resolve` / `path.join` / `path.normalize` / `realpath`, so `..` segments are gone. */
  isNormalised(node, depth = 0) {
    const n = unwrap(node);
    if (!n || depth > 4) return false;
    if (n.type === "AwaitExpression") return this.isNormalised(n.argument, depth + 1);
    if (n.type === "Identifier") {
      const init = this.initOf(n);
      return init ? this.isNormalised(init, depth + 1) : false;
    }
    if (n.type === "CallExpression") {
      const c = this.resolver.canonical(n.callee) ?? "";
      if (/^path(\.posix|\.win32)?\.(resolve|normalize|join)$/.test(c)) return true;
      if (/realpath(Sync)?(\.native)?$/.test(c)) return true;
      const callee = unwrap(n.callee);
      if (callee?.type === "MemberExpression" && /^(resolve|normalize|join|realpath|realpathSync)$/.test(propertyName(callee) ?? "") && /^(path|fs|fsp|posix)$/.test(rootText(callee.object))) return true;
    }
    return false;
  }
  /** A parameter of a plain helper (`function ensureInside(p)`): callers normalise before they check. */
  isHelperParam(node) {
    const n = unwrap(node);
    if (n?.type !== "Identifier") return false;
    const b = this.resolver.binding(n);
    if (!b || b.kind !== "param" || b.writes !== 0) return false;
    const info = this.engine.paramInfo(b);
    return !!info && this.engine.specsOf(info.fn).size === 0;
  }
  isRelative(node, depth = 0) {
    const n = unwrap(node);
    if (!n || depth > 4) return false;
    if (n.type === "Identifier") {
      const init = this.initOf(n);
      return init ? this.isRelative(init, depth + 1) : false;
    }
    if (n.type === "CallExpression") {
      const c = this.resolver.canonical(n.callee) ?? "";
      if (/^path(\.posix|\.win32)?\.relative$/.test(c)) return true;
      const callee = unwrap(n.callee);
      return callee?.type === "MemberExpression" && propertyName(callee) === "relative" && rootText(callee.object) === "path";
    }
    return false;
  }
  /** A stable key for a member chain rooted at a binding (`req.query.f`), if it is one. */
  memberKey(node) {
    const props = [];
    let n = unwrap(node);
    for (let i = 0; n && i < 8; i++) {
      if (n.type === "MemberExpression") {
        const p = propertyName(n);
        if (p === void 0) return void 0;
        props.unshift(p);
        n = unwrap(n.object);
      } else if (n.type === "Identifier") {
        const b = this.resolver.binding(n);
        if (!b || !props.length) return void 0;
        let id = this.ids.get(b);
        if (id === void 0) {
          id = this.ids.size;
          this.ids.set(b, id);
        }
        return `${id}:${props.join(".")}`;
      } else return void 0;
    }
    return void 0;
  }
  /** Bindings and member chains an expression reads (not callees, not inside nested functions). */
  bindingsOf(node) {
    const out = [];
    const visit = (x, d) => {
      const n = unwrap(x);
      if (!n || d > 6) return;
      switch (n.type) {
        case "Identifier": {
          const b = this.resolver.binding(n);
          if (b) out.push(b);
          return;
        }
        case "MemberExpression": {
          const k = this.memberKey(n);
          if (k) {
            out.push(k);
            return;
          }
          visit(n.object, d + 1);
          if (n.computed) visit(n.property, d + 1);
          return;
        }
        case "CallExpression":
          if (n.callee.type === "MemberExpression") visit(n.callee.object, d + 1);
          for (const a of n.arguments) visit(a, d + 1);
          return;
        case "AwaitExpression":
          visit(n.argument, d + 1);
          return;
        case "BinaryExpression":
        case "LogicalExpression":
          visit(n.left, d + 1);
          visit(n.right, d + 1);
          return;
        case "TemplateLiteral":
          for (const e of n.expressions) visit(e, d + 1);
          return;
        default:
          return;
      }
    };
    visit(node, 0);
    return out;
  }
  /** `g` guards `b` when one is built from the other (`full = path.resolve(root, name)`, `rel = path.relative(root, full)`). */
  related(g, b) {
    if (g === b) return true;
    return typeof g !== "string" && this.derived(g).has(b) || typeof b !== "string" && this.derived(b).has(g);
  }
  derived(b) {
    let s = this.derivedMemo.get(b);
    if (s) return s;
    s = /* @__PURE__ */ new Set();
    this.derivedMemo.set(b, s);
    const queue = [[b, 0]];
    while (queue.length) {
      const [x, d] = queue.shift();
      if (typeof x === "string" || d >= 3 || x.writes !== 0) continue;
      const info = this.engine.declInfo(x);
      if (!info?.init || isFunctionNode(unwrap(info.init))) continue;
      for (const y of this.bindingsOf(info.init)) {
        if (!s.has(y) && y !== b) {
          s.add(y);
          queue.push([y, d + 1]);
        }
      }
    }
    return s;
  }
};
function decide(facts, kind) {
  if (facts.has("allow")) return true;
  if (kind === "generic") return facts.has("cmdSafe");
  return facts.has("pathSafe") || facts.has("noDotDot") && facts.has("notAbs");
}
function merge(a, b) {
  if (!a.size) return b;
  if (!b.size) return a;
  const out = /* @__PURE__ */ new Map();
  for (const [k, v] of a) out.set(k, new Set(v));
  for (const [k, v] of b) {
    const s = out.get(k) ?? /* @__PURE__ */ new Set();
    for (const f of v) s.add(f);
    out.set(k, s);
  }
  return out;
}
function intersect(a, b) {
  const out = /* @__PURE__ */ new Map();
  for (const [k, v] of a) {
    const w = b.get(k);
    if (!w) continue;
    const s = new Set([...v].filter((f) => w.has(f)));
    if (s.size) out.set(k, s);
  }
  return out;
}
function exits(s) {
  switch (s.type) {
    case "ReturnStatement":
    case "ThrowStatement":
    case "ContinueStatement":
    case "BreakStatement":
      return true;
    case "BlockStatement": {
      const last = s.body[s.body.length - 1];
      return !!last && exits(last);
    }
    case "IfStatement":
      return !!s.alternate && exits(s.consequent) && exits(s.alternate);
    case "ExpressionStatement": {
      const e = unwrap(s.expression);
      if (e?.type !== "CallExpression") return false;
      const c = unwrap(e.callee);
      return c?.type === "MemberExpression" && propertyName(c) === "exit" && rootText(c.object) === "process";
    }
    default:
      return false;
  }
}
function throws(s) {
  if (s.type === "ThrowStatement") return true;
  return s.type === "BlockStatement" && s.body.length > 0 && s.body[s.body.length - 1].type === "ThrowStatement";
}
function returned(s) {
  if (s.type === "ReturnStatement") return s.argument ?? void 0;
  if (s.type === "BlockStatement" && s.body.length === 1 && s.body[0].type === "ReturnStatement") return s.body[0].argument ?? void 0;
  return void 0;
}
function indexOfCall(n) {
  if (n.type !== "CallExpression") return void 0;
  const c = unwrap(n.callee);
  if (c?.type !== "MemberExpression" || propertyName(c) !== "indexOf") return void 0;
  return { recv: c.object, arg: n.arguments[0] };
}
function rootText(node) {
  let n = unwrap(node);
  const parts = [];
  for (let i = 0; n && i < 6; i++) {
    if (n.type === "Identifier") {
      parts.unshift(n.name);
      break;
    }
    if (n.type === "MemberExpression") {
      parts.unshift(propertyName(n) ?? "*");
      n = unwrap(n.object);
    } else break;
  }
  return parts.join(".");
}

// src/analyzers/taint/engine.ts
var MAX_STEPS = 8;
var MAX_DEPTH = 300;
var ITER_METHODS = /* @__PURE__ */ new Set(["forEach", "map", "filter", "flatMap", "find", "findLast", "some", "every", "then", "sort"]);
var BOOLEAN_METHODS = /* @__PURE__ */ new Set(["includes", "startsWith", "endsWith", "test", "indexOf", "lastIndexOf", "has", "some", "every", "localeCompare", "charCodeAt", "codePointAt", "search", "findIndex", "size", "exec_"]);
var MUTATORS = /* @__PURE__ */ new Set(["push", "unshift", "splice", "set", "append", "add", "assign"]);
var PROPAGATORS = /* @__PURE__ */ new Set([
  "decodeURIComponent",
  "decodeURI",
  "unescape",
  "String",
  "Buffer.from",
  "JSON.parse",
  "JSON.stringify",
  "util.format",
  "format",
  "Object.values",
  "Object.entries",
  "Object.keys",
  "Object.assign",
  "Object.fromEntries",
  "Array.from",
  "Array.of",
  "structuredClone",
  "url.parse",
  "url.fileURLToPath",
  "url.format",
  "url.resolve",
  "fileURLToPath",
  "querystring.parse",
  "querystring.unescape",
  "qs.parse",
  "fs.realpathSync",
  "fs.realpathSync.native",
  "fs.promises.realpath",
  "fs/promises.realpath",
  "fs-extra.realpath",
  "upath.join",
  "upath.resolve",
  "upath.normalize",
  "untildify",
  "slash"
]);
var NUMERIC = /* @__PURE__ */ new Set(["Number", "parseInt", "parseFloat", "Number.parseInt", "Number.parseFloat", "Boolean", "isNaN", "Number.isInteger", "Number.isFinite", "isFinite", "Math.floor", "Math.ceil", "Math.round", "Math.abs", "Math.min", "Math.max", "Math.trunc", "BigInt", "Date.parse"]);
var SHELL_ESCAPES = /^(shell-?escape|shell-quote(\.quote)?|shellescape|any-shell-escape|shell-escape-tag|escape-shell-arg)$/;
var SHELL_ESCAPE_NAMES = /^(shell)?(escape|quote)(shell)?(arg|args|argument|path|cmd|command)?$/i;
var TaintEngine = class {
  constructor(ast, resolver, text) {
    this.ast = ast;
    this.resolver = resolver;
    this.text = text;
    this.guards = new Guards(resolver, this);
  }
  ast;
  resolver;
  text;
  base = { path: newCtx(), generic: newCtx() };
  summaries = /* @__PURE__ */ new Map();
  summaryMemo = /* @__PURE__ */ new Map();
  defsByBinding;
  callsByFn;
  specs = /* @__PURE__ */ new Map();
  guards;
  /** Source → … → node, or undefined when no untrusted source reaches `node`. */
  query(node, kind) {
    let t = this.eval(node, kind, this.base[kind]);
    if (t && t.origin === "param") t = this.fromCallers(t, kind);
    if (!t) return void 0;
    const steps = [...t.steps];
    const last = steps[steps.length - 1];
    const end = { range: [node.range[0], node.range[1]], label: this.label(node) };
    if (!last || last.label !== end.label && (last.range[0] !== end.range[0] || last.range[1] !== end.range[1])) steps.push(end);
    return trim(steps);
  }
  /** True when the flow's source is of low trust (process.env, process.argv, CLI options). */
  lowTrust(node, kind) {
    let t = this.eval(node, kind, this.base[kind]);
    if (t && t.origin === "param") t = this.fromCallers(t, kind);
    return t?.origin === "low";
  }
  label(node) {
    let n = unwrap(node) ?? node;
    if (n.type === "AwaitExpression") n = unwrap(n.argument) ?? n;
    const raw = this.text.slice(n.range[0], n.range[1]).replace(/\s+/g, " ").trim();
    return raw.length > 40 ? `${raw.slice(0, 37)}...` : raw;
  }
  step(node, message, label) {
    const s = { range: [node.range[0], node.range[1]], label: label ?? this.label(node) };
    if (message) s.message = message;
    return s;
  }
  // ---------------------------------------------------------------- evaluation
  eval(node, kind, ctx) {
    if (!node) return void 0;
    const n = unwrap(node) ?? node;
    const memo = ctx.memo.get(n);
    if (memo !== void 0) return memo ?? void 0;
    if (ctx.busy.has(n)) return void 0;
    if (ctx.busy.size > MAX_DEPTH) return void 0;
    ctx.busy.add(n);
    let t;
    try {
      t = this.evalNode(n, kind, ctx);
    } finally {
      ctx.busy.delete(n);
    }
    ctx.memo.set(n, t ?? null);
    return t;
  }
  evalNode(n, kind, ctx) {
    switch (n.type) {
      case "Identifier":
        return this.evalIdentifier(n, kind, ctx);
      case "MemberExpression":
        return this.evalMember(n, kind, ctx);
      case "CallExpression":
        return this.evalCall(n, kind, ctx);
      case "NewExpression": {
        const c = this.resolver.canonical(n.callee);
        if (c === "URL" || c === "URLSearchParams" || c === "url.URL" || c === "String" || c === "Array" || c === "Set" || c === "Map") return this.union(n.arguments, kind, ctx);
        return void 0;
      }
      case "TemplateLiteral":
        return this.union(n.expressions, kind, ctx);
      case "BinaryExpression":
        return n.operator === "+" ? this.union([n.left, n.right], kind, ctx) : void 0;
      case "LogicalExpression":
        return this.union([n.left, n.right], kind, ctx);
      case "ConditionalExpression":
        return this.union([n.consequent, n.alternate], kind, ctx);
      case "AwaitExpression":
        return this.eval(n.argument, kind, ctx);
      case "ArrayExpression":
        return this.union(n.elements.filter((e) => !!e), kind, ctx);
      case "SpreadElement":
        return this.eval(n.argument, kind, ctx);
      case "ObjectExpression": {
        const parts = [];
        for (const p of n.properties) parts.push(p.type === "SpreadElement" ? p.argument : p.value);
        return this.union(parts, kind, ctx);
      }
      case "AssignmentExpression":
        return this.eval(n.right, kind, ctx);
      case "TaggedTemplateExpression":
        return void 0;
      default:
        return void 0;
    }
  }
  rootNormalised(node, absoluteOk, depth = 0) {
    let n = unwrap(node);
    if (n?.type === "Identifier") n = this.constInit(n);
    if (!n || depth > 3) return false;
    if (n.type === "BinaryExpression" && n.operator === "+") {
      return constValue(n.left, this.resolver) === "." && this.rootNormalised(n.right, true, depth + 1);
    }
    if (n.type !== "CallExpression" || !absoluteOk) return false;
    const c = this.resolver.canonical(n.callee) ?? "";
    if (!/^path(\.posix)?\.normalize$/.test(c)) return false;
    const a = unwrap(n.arguments[0]);
    if (a?.type === "BinaryExpression" && a.operator === "+") return constValue(a.left, this.resolver) === "/";
    if (a?.type === "TemplateLiteral") return (a.quasis[0]?.value.cooked ?? "").startsWith("/");
    return false;
  }
  /** `path.join(base, …rest)`: a base directory from configuration (env, argv) is where files live, not an attack. */
  joined(args, kind, ctx) {
    const rest = this.union(args.slice(1), kind, ctx);
    if (rest?.origin === "source") return rest;
    const base = this.eval(args[0], kind, ctx);
    if (base?.origin === "source") return base;
    return rest ?? (base?.origin === "param" ? base : void 0);
  }
  union(nodes, kind, ctx) {
    let best;
    for (const x of nodes) {
      const t = this.eval(x, kind, ctx);
      if (t && (!best || rank(t) > rank(best))) best = t;
      if (best?.origin === "source") break;
    }
    return best;
  }
  evalIdentifier(id, kind, ctx) {
    const b = this.resolver.binding(id);
    if (!b) return void 0;
    if (b.kind === "function" || b.kind === "class" || b.kind === "import" || b.kind === "catch" || b.kind === "other") return void 0;
    if (this.guards.protects(id, b, kind)) return void 0;
    const defs = this.reachingDefs(b, id);
    let best;
    for (const d of defs) {
      const t = this.evalDef(b, d, kind, ctx);
      if (t && (!best || rank(t) > rank(best))) best = t;
      if (best?.origin === "source") break;
    }
    if (!best) return void 0;
    if (best.origin === "param" && b.kind === "param" && best.steps.length === 1) return best;
    return { ...best, steps: [...best.steps, this.step(b.id, `\`${b.name}\` holds it`, b.name)] };
  }
  evalDef(b, d, kind, ctx) {
    switch (d.kind) {
      case "param":
        return this.evalParam(b, d.fn, d.index, d.path ?? [], kind, ctx);
      case "init":
      case "forOf": {
        if (!d.value) return void 0;
        if (d.path && d.path.length) {
          const src = this.accessSource(d.value, d.path);
          if (src !== void 0) return src ?? void 0;
        }
        return this.eval(d.value, kind, ctx);
      }
      case "assign": {
        const a = d.node;
        const rhs = this.eval(a.right, kind, ctx);
        if (a.operator === "=" || rhs?.origin === "source") return rhs;
        const old = this.union(this.reachingDefs(b, a).map((x) => x.value), kind, ctx);
        return old && (!rhs || rank(old) > rank(rhs)) ? old : rhs;
      }
      case "mutate":
        return this.eval(d.value, kind, ctx);
      default:
        return void 0;
    }
  }
  evalParam(b, fn, index, path7, kind, ctx) {
    if (ctx.fn) {
      if (fn === ctx.fn) return index === ctx.index ? { steps: [this.step(b.id, `parameter \`${b.name}\``, b.name)], origin: "source" } : void 0;
    }
    const spec = this.specsOf(fn).get(index);
    if (spec) {
      const st = walkSpec(spec.kind, path7);
      if (st.state === "tainted") return this.sourceTaint(b.id, spec, b.name);
      return void 0;
    }
    const parent = this.resolver.parent(fn);
    if (parent?.type === "CallExpression" && parent.arguments[0] === fn && index === 0) {
      const callee = unwrap(parent.callee);
      if (callee?.type === "MemberExpression" && ITER_METHODS.has(propertyName(callee) ?? "")) {
        const t = this.eval(callee.object, kind, ctx);
        if (t) return { ...t, steps: [...t.steps, this.step(b.id, `\`${b.name}\` iterates it`, b.name)] };
      }
    }
    if (ctx.fn) return void 0;
    return { steps: [this.step(b.id, `parameter \`${b.name}\``, b.name)], origin: "param", fn, index };
  }
  sourceTaint(node, spec, label) {
    return { steps: [this.step(node, `${spec.what}${spec.trust === "low" ? " (low trust)" : ""}: \`${label ?? this.label(node)}\``, label)], origin: spec.trust === "low" ? "low" : "source" };
  }
  specsOf(fn) {
    let s = this.specs.get(fn);
    if (!s) {
      s = handlerSpecs(fn, this.resolver);
      this.specs.set(fn, s);
    }
    return s;
  }
  /**
   * The source an access path names (`req.query.file`, `ctx.request.body`, `args.path`), `null` when the
   * path leads nowhere untrusted, `undefined` when it is not an access path of a known entry point.
   */
  accessSource(node, extra) {
    const ap = this.accessPath(node, 0);
    if (!ap) return void 0;
    const path7 = [...ap.path, ...extra];
    if (ap.spec) {
      const st = walkSpec(ap.spec.kind, path7);
      if (st.state === "tainted") return this.sourceTaint(node, ap.spec, path7.length ? `${this.label(node)}${extra.length ? "." + extra.join(".") : ""}` : void 0);
      return st.state === "partial" ? null : void 0;
    }
    return void 0;
  }
  /** Root entry-point parameter and property path of a member chain, through const aliases. */
  accessPath(node, depth) {
    const n = unwrap(node);
    if (!n || depth > 8) return void 0;
    if (n.type === "Identifier") {
      const b = this.resolver.binding(n);
      if (!b) return void 0;
      if (b.kind === "param") {
        const info = this.paramInfo(b);
        if (!info) return void 0;
        const spec = this.specsOf(info.fn).get(info.index);
        return spec ? { spec, path: info.path } : void 0;
      }
      if ((b.kind === "const" || b.kind === "let" || b.kind === "var") && b.writes === 0) {
        const d = this.declInfo(b);
        if (!d?.init) return void 0;
        const inner = this.accessPath(d.init, depth + 1);
        return inner ? { ...inner, path: [...inner.path, ...d.path] } : void 0;
      }
      return void 0;
    }
    if (n.type === "MemberExpression") {
      const inner = this.accessPath(n.object, depth + 1);
      if (!inner) return void 0;
      return { ...inner, path: [...inner.path, propertyName(n) ?? "*"] };
    }
    if (n.type === "AwaitExpression") return this.accessPath(n.argument, depth + 1);
    return void 0;
  }
  evalMember(n, kind, ctx) {
    const key = this.guards.memberKey(n);
    if (key && this.guards.protects(n, key, kind)) return void 0;
    const src = this.accessSource(n, []);
    if (src !== void 0) return src ?? void 0;
    const prop = propertyName(n);
    if (prop === "length") return void 0;
    const canon = this.resolver.canonical(n);
    if (canon) {
      if (canon === "process.argv" || canon.startsWith("process.argv.")) return this.sourceTaint(n, { kind: "whole", what: "command-line argument", trust: "low" });
      if (canon === "process.env" || canon.startsWith("process.env.")) return this.sourceTaint(n, { kind: "whole", what: "environment variable", trust: "low" });
      if (canon === "process.stdin") return this.sourceTaint(n, { kind: "whole", what: "stdin input", trust: "untrusted" });
      if (/^(yargs|yargs\/yargs)\.argv/.test(canon)) return this.sourceTaint(n, { kind: "whole", what: "command-line argument", trust: "low" });
    }
    if (prop === "searchParams") {
      const o = unwrap(n.object);
      const init = o?.type === "Identifier" ? this.constInit(o) : o;
      if (init?.type === "NewExpression" && /^(url\.)?URL$/.test(this.resolver.canonical(init.callee) ?? "")) return this.sourceTaint(n, { kind: "whole", what: "URL query", trust: "untrusted" });
    }
    if (prop === "args" && /^(program|command|cmd|cli)$/.test(rootName(n.object))) return this.sourceTaint(n, { kind: "whole", what: "command-line argument", trust: "low" });
    if (prop === "files" && /zip/i.test(rootName(n.object))) return this.sourceTaint(n, { kind: "whole", what: "archive entries", trust: "untrusted" });
    if (prop === "entryName") return this.sourceTaint(n, { kind: "entry", what: "archive entry name", trust: "untrusted" });
    if (n.computed && !this.eval(n.object, kind, ctx)) return void 0;
    return this.eval(n.object, kind, ctx);
  }
  constInit(id) {
    const b = this.resolver.binding(id);
    if (!b || b.writes !== 0) return void 0;
    const d = this.declInfo(b);
    return d && !d.path.length ? unwrap(d.init) : void 0;
  }
  evalCall(n, kind, ctx) {
    const callee = unwrap(n.callee);
    if (!callee) return void 0;
    const canon = this.resolver.canonical(callee);
    if (canon) {
      if (NUMERIC.has(canon) || canon.startsWith("Math.")) return void 0;
      if (canon === "encodeURIComponent") return kind === "path" ? void 0 : this.union(n.arguments, kind, ctx);
      if (/^path(\.posix|\.win32)?\.(basename|extname)$/.test(canon)) return kind === "path" ? void 0 : this.union(n.arguments, kind, ctx);
      if (/^path(\.posix|\.win32)?\.(isAbsolute|sep|delimiter)$/.test(canon)) return void 0;
      if (SHELL_ESCAPES.test(canon) || canon.endsWith(".escapeShellArg")) return kind === "generic" ? void 0 : this.union(n.arguments, kind, ctx);
      if (canon === "sanitize-filename" || canon === "sanitize-filename.default") return kind === "path" ? void 0 : this.union(n.arguments, kind, ctx);
      if (/^(h3\.)?(getQuery|getValidatedQuery|getRouterParam|getRouterParams|getValidatedRouterParams|readBody|readValidatedBody|readMultipartFormData|readFormData|getCookie|parseCookies|getHeader|getHeaders|getRequestURL|getRequestHeader)$/.test(canon)) return this.sourceTaint(n, { kind: "whole", what: "HTTP request", trust: "untrusted" });
      if (/^next\/headers\.(cookies|headers)$/.test(canon)) return this.sourceTaint(n, { kind: "whole", what: "HTTP request", trust: "untrusted" });
      if (/^readline(\/promises)?\.createInterface$/.test(canon) || canon === "prompts" || canon === "@inquirer/prompts.input") return this.sourceTaint(n, { kind: "whole", what: "stdin input", trust: "untrusted" });
      if (canon === "yargs" || canon === "yargs/yargs" || canon === "yargs.default") return this.sourceTaint(n, { kind: "whole", what: "command-line argument", trust: "low" });
      if (canon === "decompress" || canon === "decompress.default") return this.sourceTaint(n, { kind: "whole", what: "archive entries", trust: "untrusted" });
      if (/^(minimist|yargs-parser|mri|arg|util\.parseArgs|parseArgs|commander\.program\.opts)$/.test(canon)) return this.sourceTaint(n, { kind: "whole", what: "command-line argument", trust: "low" });
      if (/^path(\.posix|\.win32)?\.(join|resolve)$/.test(canon) && n.arguments.length > 1) {
        const args = kind === "path" ? n.arguments.filter((a, i) => i === 0 || !this.rootNormalised(a, canon.endsWith("join"))) : n.arguments;
        return args.length > 1 ? this.joined(args, kind, ctx) : this.eval(args[0], kind, ctx);
      }
      if (/^path(\.posix|\.win32)?\./.test(canon) || PROPAGATORS.has(canon)) return this.union(n.arguments, kind, ctx);
      if (canon === "require") return void 0;
    }
    if (callee.type === "Identifier" && SHELL_ESCAPE_NAMES.test(callee.name) && kind === "generic" && !this.sameFileFunction(callee)) return void 0;
    if (callee.type === "MemberExpression") {
      const m = propertyName(callee) ?? "";
      if (REQUEST_METHODS.has(m)) {
        const ap = this.accessPath(callee.object, 0);
        if (ap?.spec) {
          const st = walkSpec(ap.spec.kind, ap.path);
          if (st.state === "partial" && isRequestish(st.spec)) return this.sourceTaint(n, ap.spec);
        }
      }
      if (m === "question" || m === "prompt") {
        const recv2 = rootName(callee.object);
        if (/^(rl|readline|prompt|inquirer|input|stdin|reader|cli|terminal)/i.test(recv2)) return this.sourceTaint(n, { kind: "whole", what: "stdin input", trust: "untrusted" });
      }
      if ((m === "getEntries" || m === "entries") && /zip|archive|tar/i.test(rootName(callee.object))) return this.sourceTaint(n, { kind: "whole", what: "archive entries", trust: "untrusted" });
      if (m === "opts" && /program|command|cli/i.test(rootName(callee.object))) return this.sourceTaint(n, { kind: "whole", what: "command-line argument", trust: "low" });
      if (BOOLEAN_METHODS.has(m) || m === "digest") return void 0;
      if ((m === "replace" || m === "replaceAll") && replaceSanitizes(n.arguments[0], kind)) return void 0;
      if (m === "replace" && kind === "path" && stripsLeadingDotDot(n.arguments[0]) && this.guards.isNormalised(callee.object)) return void 0;
      if ((m === "pop" || m === "at" || m === "shift") && kind === "path" && splitsOnSlash(callee.object)) return void 0;
      const same = this.sameFileFunction(callee);
      if (same) return this.summaryCall(same, n, kind, ctx);
      const recv = this.eval(callee.object, kind, ctx);
      if (recv) return recv;
      if (m === "concat") return this.union(n.arguments, kind, ctx);
      if (m === "join" || m === "resolve" || m === "normalize" || m === "format") {
        if (/^(path|posix|win32|upath|pathe)$/.test(rootName(callee.object))) return this.union(n.arguments, kind, ctx);
      }
      return void 0;
    }
    if (callee.type === "Identifier") {
      const same = this.sameFileFunction(callee);
      if (same) return this.summaryCall(same, n, kind, ctx);
      if (/^(join|resolve|normalize|relative|dirname)$/.test(callee.name) && /^path/.test(canon ?? "")) return this.union(n.arguments, kind, ctx);
    }
    return void 0;
  }
  // ---------------------------------------------------------------- same-file functions
  sameFileFunction(callee) {
    const c = unwrap(callee);
    if (c?.type === "MemberExpression") return this.methodOf(c);
    if (c?.type !== "Identifier") return void 0;
    const b = this.resolver.binding(c);
    if (!b) return void 0;
    if (b.kind === "function" && b.fn && isFunctionNode(b.fn)) return b.fn;
    if ((b.kind === "const" || b.kind === "let" || b.kind === "var") && b.writes === 0 && !b.path) {
      const init = unwrap(b.init);
      if (isFunctionNode(init)) return init;
    }
    return void 0;
  }
  /** `this.read(x)`, `svc.read(x)` with `const svc = new Service()`, `api.read(x)` with `const api = { read(p) {…} }`. */
  methodOf(callee) {
    const name = propertyName(callee);
    if (name === void 0) return void 0;
    const recv = unwrap(callee.object);
    let holder;
    if (recv?.type === "ThisExpression") {
      for (let n = this.resolver.parent(recv); n; n = this.resolver.parent(n)) {
        if (n.type === "ClassBody") {
          holder = n;
          break;
        }
      }
    } else if (recv?.type === "Identifier") {
      const init = this.constInit(recv);
      if (init?.type === "ObjectExpression") holder = init;
      else if (init?.type === "NewExpression" && init.callee.type === "Identifier") {
        const b = this.resolver.binding(init.callee);
        const decl = b?.kind === "class" ? this.resolver.parent(b.id) : void 0;
        if (decl && (decl.type === "ClassDeclaration" || decl.type === "ClassExpression")) holder = decl.body;
      }
    }
    if (holder?.type === "ClassBody") {
      for (const m of holder.body) if (m.type === "MethodDefinition" && m.kind === "method" && propertyName(m) === name) return m.value;
    } else if (holder?.type === "ObjectExpression") {
      for (const p of holder.properties) if (p.type === "Property" && propertyName(p) === name && isFunctionNode(unwrap(p.value))) return unwrap(p.value);
    }
    return void 0;
  }
  /** One level of summary: which argument of a same-file function reaches its return value. */
  summaryCall(fn, call, kind, ctx) {
    if (ctx.fn) return void 0;
    let best;
    for (let i = 0; i < call.arguments.length && i < fn.params.length; i++) {
      const arg = call.arguments[i];
      if (arg.type === "SpreadElement") continue;
      const at = this.eval(arg, kind, ctx);
      if (!at) continue;
      const ret = this.returnTaint(fn, i, kind);
      if (!ret) continue;
      const t = { ...at, steps: [...at.steps, ...ret.steps, this.step(call, `returned by \`${this.label(call.callee)}\``)] };
      if (!best || rank(t) > rank(best)) best = t;
    }
    return best;
  }
  returnTaint(fn, index, kind) {
    const key = `${fn.range[0]}:${index}:${kind}`;
    const memo = this.summaryMemo.get(key);
    if (memo !== void 0) return memo ?? void 0;
    this.summaryMemo.set(key, null);
    let ctx = this.summaries.get(key);
    if (!ctx) {
      ctx = { ...newCtx(), fn, index };
      this.summaries.set(key, ctx);
    }
    const returns = [];
    if (fn.body && fn.body.type !== "BlockStatement") returns.push(fn.body);
    else if (fn.body) collectReturns(fn.body, returns);
    const t = this.union(returns, kind, ctx);
    this.summaryMemo.set(key, t ?? null);
    return t;
  }
  /** A value that comes from a parameter of a same-file function: does a caller pass it something untrusted? */
  fromCallers(t, kind) {
    const fn = t.fn;
    if (!fn || t.index === void 0) return void 0;
    const calls = this.callIndex().get(fn) ?? [];
    for (const call of calls) {
      const arg = call.arguments[t.index];
      if (!arg || arg.type === "SpreadElement") continue;
      const at = this.eval(arg, kind, this.base[kind]);
      if (at && at.origin !== "param") return { ...at, steps: [...at.steps, ...t.steps] };
    }
    return void 0;
  }
  // ---------------------------------------------------------------- definitions
  /** Where a binding is declared: its initialiser and the destructuring path to it. */
  declInfo(b) {
    const path7 = [];
    let child = b.id;
    let p = this.resolver.parent(child);
    for (let i = 0; p && i < 12; i++) {
      if (p.type === "Property" && p.value === child) path7.unshift(propertyName(p) ?? "*");
      else if (p.type === "ArrayPattern") path7.unshift("*");
      else if (p.type === "VariableDeclarator") {
        if (p.id !== child) return void 0;
        const decl = this.resolver.parent(p);
        const loop = decl && this.resolver.parent(decl);
        if (loop && (loop.type === "ForOfStatement" || loop.type === "ForInStatement") && loop.left === decl) return { init: loop.right, path: path7, forOf: true };
        return { init: p.init ?? void 0, path: path7, forOf: false };
      } else if (p.type !== "ObjectPattern" && p.type !== "AssignmentPattern" && p.type !== "RestElement") return void 0;
      child = p;
      p = this.resolver.parent(p);
    }
    return void 0;
  }
  paramInfo(b) {
    const fn = b.fn;
    if (!fn) return void 0;
    const params = fn.params;
    const path7 = [];
    let child = b.id;
    for (let i = 0; i < 12; i++) {
      const idx = params.indexOf(child);
      if (idx >= 0) return { fn, index: idx, path: path7 };
      const p = this.resolver.parent(child);
      if (!p) return void 0;
      if (p.type === "Property" && p.value === child) path7.unshift(propertyName(p) ?? "*");
      else if (p.type === "ArrayPattern") path7.unshift("*");
      else if (p.type === "TSParameterProperty") {
        const j = params.indexOf(p);
        return j >= 0 ? { fn, index: j, path: path7 } : void 0;
      }
      child = p;
    }
    return void 0;
  }
  reachingDefs(b, use) {
    const all = this.defIndex().get(b) ?? [];
    const first = this.firstDef(b);
    const list = first ? [first, ...all] : all;
    const before = list.filter((d) => d.pos < use.range[0]);
    if (!before.length) return list;
    const out = [];
    for (let i = before.length - 1; i >= 0; i--) {
      const d = before[i];
      out.push(d);
      if (d === first || d.kind === "assign" && d.node.operator === "=" && this.dominates(d.node, use)) break;
    }
    return out;
  }
  firstDefs = /* @__PURE__ */ new Map();
  firstDef(b) {
    const memo = this.firstDefs.get(b);
    if (memo !== void 0) return memo ?? void 0;
    let d;
    if (b.kind === "param") {
      const info = this.paramInfo(b);
      if (info) d = { kind: "param", pos: b.id.range[0], fn: info.fn, index: info.index, path: info.path };
    } else {
      const info = this.declInfo(b);
      if (info?.init) d = { kind: info.forOf ? "forOf" : "init", pos: b.id.range[0], value: info.init, path: info.path };
    }
    this.firstDefs.set(b, d ?? null);
    return d;
  }
  /** An assignment statement dominates a later use when it sits directly in a block that encloses the use. */
  dominates(assign, use) {
    const stmt = this.resolver.parent(assign);
    if (stmt?.type !== "ExpressionStatement") return false;
    const block = this.resolver.parent(stmt);
    if (!block) return false;
    for (let n = use; n; n = this.resolver.parent(n)) if (n === block) return true;
    return false;
  }
  defIndex() {
    if (!this.defsByBinding) this.buildIndex();
    return this.defsByBinding;
  }
  callIndex() {
    if (!this.callsByFn) this.buildIndex();
    return this.callsByFn;
  }
  /** One pass over the file: assignments and mutations per binding, call sites per same-file function. */
  buildIndex() {
    const defs = /* @__PURE__ */ new Map();
    const calls = /* @__PURE__ */ new Map();
    const add = (id, d) => {
      const b = this.resolver.binding(id);
      if (!b) return;
      const list = defs.get(b);
      if (list) list.push(d);
      else defs.set(b, [d]);
    };
    const stack = [this.ast];
    while (stack.length) {
      const n = stack.pop();
      if (n.type === "AssignmentExpression") {
        const left = unwrap(n.left);
        if (left?.type === "Identifier") add(left, { kind: "assign", pos: n.range[0], value: n.right, node: n });
        else if (left?.type === "ObjectPattern" || left?.type === "ArrayPattern") {
          const ids = [];
          collectPatternIds(left, ids);
          for (const id of ids) add(id, { kind: "mutate", pos: n.range[0], value: n.right });
        } else if (left?.type === "MemberExpression") {
          const root = memberRoot(left);
          if (root) add(root, { kind: "mutate", pos: n.range[0], value: n.right });
        }
      } else if (n.type === "CallExpression") {
        const callee = unwrap(n.callee);
        const method = callee?.type === "MemberExpression" ? this.methodOf(callee) : void 0;
        if (method) {
          const list = calls.get(method);
          if (list) list.push(n);
          else calls.set(method, [n]);
        }
        if (callee?.type === "Identifier") {
          const fn = this.sameFileFunction(callee);
          if (fn) {
            const list = calls.get(fn);
            if (list) list.push(n);
            else calls.set(fn, [n]);
          }
        } else if (callee?.type === "MemberExpression" && MUTATORS.has(propertyName(callee) ?? "")) {
          const root = memberRoot(callee.object);
          if (root) for (const a of n.arguments) add(root, { kind: "mutate", pos: n.range[0], value: a });
        }
      }
      const keys = import_visitor_keys2.visitorKeys[n.type];
      if (!keys) continue;
      for (let k = keys.length - 1; k >= 0; k--) {
        const child = n[keys[k]];
        if (Array.isArray(child)) {
          for (let i = child.length - 1; i >= 0; i--) {
            const c = child[i];
            if (c && typeof c.type === "string") stack.push(c);
          }
        } else if (child && typeof child.type === "string") stack.push(child);
      }
    }
    for (const list of defs.values()) list.sort((a, b) => a.pos - b.pos);
    this.defsByBinding = defs;
    this.callsByFn = calls;
  }
};
function newCtx() {
  return { memo: /* @__PURE__ */ new Map(), busy: /* @__PURE__ */ new Set() };
}
function rank(t) {
  return t.origin === "source" ? 3 : t.origin === "low" ? 2 : 1;
}
function isRequestish(spec) {
  return spec === "request";
}
function trim(steps) {
  const out = [];
  for (const s of steps) {
    const prev = out[out.length - 1];
    if (prev && prev.label === s.label && prev.range[0] === s.range[0]) continue;
    out.push(s);
  }
  if (out.length <= MAX_STEPS) return out;
  return [out[0], ...out.slice(out.length - (MAX_STEPS - 1))];
}
function rootName(node) {
  let n = unwrap(node);
  for (let i = 0; n && i < 8; i++) {
    if (n.type === "Identifier") return n.name;
    if (n.type === "MemberExpression") {
      if (i === 0 && n.property.type === "Identifier" && !n.computed) return n.property.name;
      n = unwrap(n.object);
    } else if (n.type === "CallExpression") n = unwrap(n.callee);
    else return "";
  }
  return "";
}
function memberRoot(node) {
  let n = unwrap(node);
  for (let i = 0; n && i < 10; i++) {
    if (n.type === "Identifier") return n;
    if (n.type === "MemberExpression") n = unwrap(n.object);
    else return void 0;
  }
  return void 0;
}
function collectReturns(node, out) {
  const stack = [node];
  while (stack.length) {
    const n = stack.pop();
    if (n.type === "ReturnStatement") {
      if (n.argument) out.push(n.argument);
      continue;
    }
    if (n !== node && isFunctionNode(n)) continue;
    if (n.type === "ClassDeclaration" || n.type === "ClassExpression") continue;
    const keys = import_visitor_keys2.visitorKeys[n.type] ?? [];
    for (const k of keys) {
      const child = n[k];
      if (Array.isArray(child)) for (const c of child) c && typeof c.type === "string" && stack.push(c);
      else if (child && typeof child.type === "string") stack.push(child);
    }
  }
}
function replaceSanitizes(arg, kind) {
  const a = unwrap(arg);
  if (a?.type !== "Literal" || !("regex" in a) || !a.regex) return false;
  const { pattern, flags } = a.regex;
  if (!flags.includes("g")) return false;
  const m = /^\[(\^?)((?:\\.|[^\]\\])*)\]\+?$/.exec(pattern);
  if (!m) return false;
  const negated = m[1] === "^";
  const body = m[2];
  if (negated) return kind === "path" ? !/\/|\\\\|\\W|\\S|\\D/.test(body) : !/[;&|$`'"<>(){}*?!\s]|\\s|\\W|\\S|\\D/.test(body);
  return kind === "path" && /\\\/|\//.test(body) && /\\\\/.test(body);
}
function stripsLeadingDotDot(arg) {
  const a = unwrap(arg);
  return a?.type === "Literal" && "regex" in a && !!a.regex && /^\^\(?\\\.\\\./.test(a.regex.pattern);
}
function splitsOnSlash(obj) {
  const o = unwrap(obj);
  if (o?.type !== "CallExpression") return false;
  const c = unwrap(o.callee);
  if (c?.type !== "MemberExpression" || propertyName(c) !== "split") return false;
  const sep2 = o.arguments[0] ? unwrap(o.arguments[0]) : void 0;
  if (!sep2) return false;
  if (sep2.type === "Literal" && sep2.value === "/") return true;
  return sep2.type === "Literal" && "regex" in sep2 && !!sep2.regex && /\//.test(sep2.regex.pattern) && /\\\\/.test(sep2.regex.pattern);
}

// src/analyzers/taint/index.ts
var engines = /* @__PURE__ */ new WeakMap();
function taintEngine(ast, resolver, text) {
  let e = engines.get(ast);
  if (!e || e.resolver !== resolver) {
    e = new TaintEngine(ast, resolver, text);
    engines.set(ast, e);
  }
  return e;
}
function createTaint(ast, resolver, text) {
  const engine = taintEngine(ast, resolver, text);
  return (node) => engine.lowTrust(node, "generic") ? void 0 : engine.query(node, "generic");
}
function taintFor(ast, resolver, text, node, kind) {
  const engine = taintEngine(ast, resolver, text);
  const flow = engine.query(node, kind);
  return flow ? { flow, lowTrust: engine.lowTrust(node, kind) } : void 0;
}

// rules/path/traversal.ts
var FS_TWO = /* @__PURE__ */ new Set(["copyFile", "copyFileSync", "cp", "cpSync", "rename", "renameSync", "link", "linkSync", "symlink", "symlinkSync", "copy", "copySync", "move", "moveSync", "ensureLink", "ensureLinkSync", "ensureSymlink", "ensureSymlinkSync", "createSymlink", "createLink"]);
var FS_ONE = /* @__PURE__ */ new Set([
  "access",
  "accessSync",
  "appendFile",
  "appendFileSync",
  "chmod",
  "chmodSync",
  "chown",
  "chownSync",
  "lchown",
  "lchownSync",
  "lchmod",
  "createReadStream",
  "createWriteStream",
  "exists",
  "existsSync",
  "lstat",
  "lstatSync",
  "mkdir",
  "mkdirSync",
  "mkdtemp",
  "mkdtempSync",
  "open",
  "openSync",
  "opendir",
  "opendirSync",
  "readdir",
  "readdirSync",
  "readFile",
  "readFileSync",
  "readlink",
  "readlinkSync",
  "rm",
  "rmSync",
  "rmdir",
  "rmdirSync",
  "stat",
  "statSync",
  "statfs",
  "truncate",
  "truncateSync",
  "unlink",
  "unlinkSync",
  "utimes",
  "utimesSync",
  "lutimes",
  "watch",
  "watchFile",
  "writeFile",
  "writeFileSync",
  "readJson",
  "readJsonSync",
  "readJSON",
  "readJSONSync",
  "writeJson",
  "writeJsonSync",
  "writeJSON",
  "outputFile",
  "outputFileSync",
  "outputJson",
  "outputJsonSync",
  "outputJSON",
  "ensureDir",
  "ensureDirSync",
  "ensureFile",
  "ensureFileSync",
  "mkdirp",
  "mkdirpSync",
  "mkdirs",
  "mkdirsSync",
  "remove",
  "removeSync",
  "emptyDir",
  "emptyDirSync",
  "emptydir",
  "pathExists",
  "pathExistsSync",
  "createFile",
  "readTextFile",
  "readTextFileSync",
  "writeTextFile",
  "writeTextFileSync"
]);
var FS_MODULES = /^(fs|fs\/promises|fs\.promises|fs-extra|fs-extra\/esm|graceful-fs|original-fs|Deno|Bun|fs\.default|fs-extra\.default|fs\/promises\.default)$/;
var RESPONSE_NAMES = /^(res|response|reply|resp|ctx|context|h)$/;
var STATIC = /* @__PURE__ */ new Set(["express.static", "serve-static", "koa-static", "koa-static-cache", "serve-handler", "sirv"]);
function optionsHaveRoot(ctx, call, from) {
  for (let i = from; i < call.arguments.length; i++) {
    let a = unwrap(call.arguments[i]);
    if (a?.type === "Identifier") {
      const b = ctx.resolver.binding(a);
      a = b && !b.path ? unwrap(b.init) : void 0;
    }
    if (a?.type === "ObjectExpression" && a.properties.some((p) => p.type === "Property" && propertyName(p) === "root")) return true;
  }
  return false;
}
function sinkOf(ctx, call) {
  const callee = unwrap(call.callee);
  if (!callee) return void 0;
  const method = callee.type === "MemberExpression" ? propertyName(callee) : callee.type === "Identifier" ? callee.name : void 0;
  if (callee.type === "MemberExpression" && method) {
    if (method === "sendFile" || method === "sendfile") return optionsHaveRoot(ctx, call, 1) ? void 0 : { what: `\`${method}\` serves`, args: [0], callee };
    if (method === "download" || method === "attachment") {
      const recv = unwrap(callee.object);
      const name2 = recv?.type === "Identifier" ? recv.name : recv?.type === "MemberExpression" ? propertyName(recv) ?? "" : "";
      if (!RESPONSE_NAMES.test(name2)) return void 0;
      if (method === "download" && optionsHaveRoot(ctx, call, 1)) return void 0;
      return { what: `\`${method}\` serves`, args: [0], callee };
    }
  }
  if (method && !FS_ONE.has(method) && !FS_TWO.has(method) && !/^(require|send|static|file|write)$/.test(method) && callee.type === "MemberExpression") return void 0;
  const canon = ctx.resolver.canonical(callee);
  if (!canon) return void 0;
  const dot = canon.lastIndexOf(".");
  const mod = dot > 0 ? canon.slice(0, dot) : "";
  const name = dot > 0 ? canon.slice(dot + 1) : canon;
  if (FS_MODULES.test(mod) && (FS_ONE.has(name) || FS_TWO.has(name))) return { what: `\`${ctx.text(callee)}\` opens`, args: FS_TWO.has(name) ? [0, 1] : [0], callee };
  if (canon === "Bun.file" || canon === "Bun.write") return { what: `\`${canon}\` opens`, args: [0], callee };
  if (canon === "require" || canon === "module.require") return { what: "`require` loads", args: [0], callee };
  if (canon === "send" || canon === "send.default") return optionsHaveRoot(ctx, call, 2) ? void 0 : { what: "`send` serves", args: [1], callee };
  if (canon === "koa-send" || canon === "@koa/send") return optionsHaveRoot(ctx, call, 2) ? void 0 : { what: "`send` serves", args: [1], callee };
  if (STATIC.has(canon)) return { what: `\`${ctx.text(callee)}\` serves files under`, args: [canon === "serve-handler" ? 2 : 0], callee };
  return void 0;
}
var traversal_default = defineRule({
  id: "path/traversal",
  title: "Untrusted input reaches a file-system path",
  severity: "high",
  cwe: ["CWE-22", "CWE-23"],
  confidence: "high",
  help: [
    "A path built from a request, an MCP tool call or another untrusted input lets the caller read, write",
    "or delete files outside the folder the code meant (`../../.ssh/id_rsa`, `/etc/passwd`). Agent tools",
    "are the new front door: the model passes whatever the prompt talked it into.",
    "",
    "flowguard follows the value inside each function (assignments, destructuring, templates, `+`,",
    "`path.join`/`resolve`/`normalize`, arrays and objects, `await`, returns, one level of same-file helper",
    "functions and their callers) and shows the flow from source to sink.",
    "",
    "**Sources:** Express/Koa/Fastify/Hono/Next.js/node:http requests (`req.query`, `req.params`, `req.body`,",
    "`req.headers`, `req.cookies`, `req.path`, `req.url`, `req.get()`, `ctx.request`, `ctx.params`,",
    "`c.req.query()`, `await request.json()`, route handler `params` and page `searchParams`),",
    "`new URL(…).searchParams`, AWS Lambda `event.body`/`queryStringParameters`/`pathParameters`, WebSocket and",
    "socket messages, stdin and readline input, archive entry names (`entry.path`, `entry.fileName`,",
    "`entry.entryName`, tar `header.name`: zip slip), MCP server tool handlers (`server.tool(name, schema,",
    "handler)`, `server.registerTool`, `server.prompt`, resource template variables,",
    "`setRequestHandler(CallToolRequestSchema, …)` with `request.params.arguments`), agent SDK tools (the input",
    "of `execute`/`handler`/`run`/`func` in `tool({...})`, `createTool`, `DynamicStructuredTool`, a",
    "`StructuredTool#_call`), and, with low severity, `process.argv`, CLI parsers and `process.env`.",
    "",
    "**Sinks:** every `fs`, `fs/promises` and `fs-extra` call that takes a path (read, write, append, rm,",
    "unlink, mkdir, readdir, stat, streams, copy, rename, open, symlink), `res.sendFile`, `res.download`,",
    "`res.attachment`, `send(req, path)`, static serving with an untrusted root, and `require()`/`import()`.",
    "",
    "**Not reported** when a guard really protects the path on the branch that reaches the sink:",
    "`path.basename`; `path.resolve(root, x)` then `startsWith(root + path.sep)` (or `path.relative` not",
    "starting with `..`) with a return or throw on failure; rejecting both `..` and absolute input; allowlist",
    "membership (`Set#has`, `includes` on a constant list, `switch` over constants); numbers (`Number`,",
    '`parseInt`); `res.sendFile(x, { root })`. A single `replace("../", "")` or an `includes("..")` on the',
    "raw input is not a guard.",
    "",
    "Severity is high: reading arbitrary files leaks keys and tokens, writing them gives code execution.",
    "Flows from `process.argv` or `process.env` are reported as low: whoever sets them already runs the code.",
    "",
    "**Fix:** resolve against a fixed root and check the result: `const p = path.resolve(ROOT, name); if",
    "(!p.startsWith(ROOT + path.sep)) throw new Error('bad path')`; or keep only `path.basename(name)`; or map",
    "ids to files through an allowlist. For Express, pass `{ root }` to `res.sendFile`."
  ].join("\n"),
  kind: "code",
  visit: (ctx) => {
    const check2 = (call, sink, args) => {
      for (const i of sink.args) {
        const arg = args[i];
        if (!arg || arg.type === "SpreadElement") continue;
        if (constValue(arg, ctx.resolver) !== void 0) continue;
        const t = taintFor(ctx.ast, ctx.resolver, ctx.file.text, arg, "path");
        if (!t) continue;
        const flow = [...t.flow, { range: sink.callee.range, label: sink.label ?? ctx.text(sink.callee).replace(/\s+/g, ""), message: `${sink.what} it` }];
        const source = t.flow[0].label;
        ctx.report(call, `${sink.what} a path built from \`${source}\`.`, t.lowTrust ? { flow, severity: "low" } : { flow });
        return;
      }
    };
    return {
      CallExpression(node) {
        if (!node.arguments.length) return;
        const sink = sinkOf(ctx, node);
        if (sink) check2(node, sink, node.arguments);
      },
      ImportExpression(node) {
        check2(node, { what: "`import()` loads", args: [0], callee: node, label: "import()" }, [node.source]);
      }
    };
  },
  examples: {
    bad: [
      { code: "import fs from 'node:fs';\napp.get('/file', (req, res) => {\n  fs.readFile(req.query.name, (e, d) => res.send(d));\n});", line: 3 },
      { code: "const fs = require('fs');\nconst path = require('path');\napp.get('/dl/:file', (req, res) => {\n  const p = path.join(__dirname, 'files', req.params.file);\n  res.send(fs.readFileSync(p));\n});", line: 5 },
      { code: "app.get('/f', (req, res) => {\n  res.sendFile(path.join(__dirname, req.query.f));\n});", line: 2 },
      { code: "import { readFile } from 'node:fs/promises';\nserver.tool('read', { path: z.string() }, async ({ path }) => {\n  return { content: [{ type: 'text', text: await readFile(path, 'utf8') }] };\n});", line: 3 },
      { code: "import fs from 'fs';\nserver.setRequestHandler(CallToolRequestSchema, async (request) => {\n  const { file } = request.params.arguments;\n  fs.unlinkSync(file);\n});", line: 4 },
      { code: "import fs from 'fs';\nexport const readTool = tool({\n  description: 'read a file',\n  parameters: z.object({ file: z.string() }),\n  execute: async ({ file }) => fs.readFileSync(file, 'utf8'),\n});", line: 5 },
      { code: "import fs from 'fs';\nzip.getEntries().forEach((entry) => {\n  fs.writeFileSync(path.join(dest, entry.entryName), entry.getData());\n});", line: 3, note: "zip slip" },
      { code: "import fs from 'fs';\napp.get('/x', (req, res) => {\n  const name = req.query.name.replace('../', '');\n  fs.createReadStream('/srv/data/' + name).pipe(res);\n});", line: 4, note: "weak replace" },
      { code: "import fs from 'fs';\napp.post('/save', (req, res) => {\n  const name = req.body.name;\n  if (name.includes('..')) return res.status(400).end();\n  fs.writeFileSync(name, req.body.data);\n});", line: 5, note: "includes(..) on raw input, absolute paths pass" },
      { code: "import fs from 'fs';\nfunction load(name) {\n  return fs.readFileSync('/srv/' + name);\n}\napp.get('/x', (req, res) => res.send(load(req.query.n)));", line: 3, note: "same-file wrapper" },
      { code: "const fs = require('fs');\nfs.readFileSync(process.argv[2]);", line: 2, note: "low severity" },
      { code: "import { readFile } from 'fs/promises';\nrouter.get('/f', async (ctx) => {\n  ctx.body = await readFile(`/srv/${ctx.params.name}`);\n});", line: 3, note: "Koa" },
      { code: "import { readFile } from 'fs/promises';\nexport async function GET(request, { params }) {\n  const { slug } = await params;\n  return new Response(await readFile(`content/${slug}.md`));\n}", line: 4, note: "Next.js route handler" },
      { code: "import fs from 'fs-extra';\nserver.registerTool('rm', { inputSchema: { dir: z.string() } }, async (args) => {\n  await fs.remove(args.dir);\n});", line: 3, note: "MCP registerTool" },
      { code: "import fs from 'fs';\nzipfile.on('entry', (entry) => {\n  fs.mkdirSync(dest + '/' + entry.fileName);\n});", line: 3, note: "zip slip (yauzl)" }
    ],
    good: [
      { code: "import fs from 'fs';\napp.get('/f', (req, res) => {\n  fs.readFile(path.join(ROOT, path.basename(req.query.name)), (e, d) => res.send(d));\n});", note: "basename" },
      { code: "import fs from 'fs';\napp.get('/f', (req, res) => {\n  const p = path.resolve(ROOT, req.query.name);\n  if (!p.startsWith(ROOT + path.sep)) return res.status(403).end();\n  res.send(fs.readFileSync(p));\n});", note: "resolve + startsWith guard" },
      { code: "app.get('/f', (req, res) => {\n  res.sendFile(req.params.file, { root: PUBLIC });\n});", note: "sendFile with root" },
      { code: "import fs from 'fs';\nconst ALLOWED = new Set(['a.txt', 'b.txt']);\napp.get('/f', (req, res) => {\n  if (!ALLOWED.has(req.query.f)) return res.sendStatus(404);\n  res.send(fs.readFileSync(path.join(DIR, req.query.f)));\n});", note: "allowlist" },
      { code: "import fs from 'fs';\napp.get('/page/:n', (req, res) => {\n  const n = parseInt(req.params.n, 10);\n  res.send(fs.readFileSync(`/srv/pages/${n}.html`));\n});", note: "number" },
      { code: "import fs from 'fs';\nexport function load(file) {\n  return fs.readFileSync(file, 'utf8');\n}", note: "a library parameter is not a source" },
      { code: "import fs from 'fs';\napp.get('/f', (req, res) => {\n  const full = path.join(ROOT, req.query.f);\n  const rel = path.relative(ROOT, full);\n  if (rel.startsWith('..') || path.isAbsolute(rel)) return res.sendStatus(403);\n  res.send(fs.readFileSync(full));\n});", note: "path.relative guard" },
      { code: "import fs from 'fs';\napp.get('/f', (req, res) => {\n  const f = req.query.f;\n  if (f.includes('..') || path.isAbsolute(f)) throw new Error('bad');\n  res.send(fs.readFileSync(path.join(ROOT, f)));\n});", note: "rejects .. and absolute input" },
      { code: "import fs from 'fs';\napp.get('/f', (req, res) => {\n  switch (req.query.kind) {\n    case 'a':\n      return res.send(fs.readFileSync(`/srv/${req.query.kind}.txt`));\n  }\n});", note: "switch over constants" },
      { code: "import fs from 'fs';\napp.get('/x', (req, res) => {\n  res.send(fs.readFileSync(path.join(__dirname, 'index.html')));\n});", note: "constant path" }
    ]
  }
});

// rules/index.ts
var rules = [
  eval_injection_default,
  function_constructor_default,
  string_timer_default,
  suppression_without_reason_default,
  traversal_default
];

// src/core/config.ts
var fs = __toESM(require("node:fs"));
var path = __toESM(require("node:path"));
var import_yaml = __toESM(require_dist2());

// src/core/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var ConfigError = class extends Error {
  name = "ConfigError";
};
function summarize(error) {
  if (error instanceof Error) return error.message.split("\n")[0] ?? error.name;
  return String(error).split("\n")[0] ?? "unknown error";
}

// src/core/config.ts
var SCAN_TYPES = ["static", "secrets", "config", "comprehensive"];
var FAIL_ON = [...SEVERITIES, "none"];
var PROFILES = ["development", "production", "enterprise"];
var TOP_KEYS = ["type", "failOn", "profile", "exclude", "rules", "secrets", "baseline", "maxFileSize"];
var SECRETS_KEYS = ["allow"];
var CONFIG_NAMES = ["flowguard.config.yaml", "flowguard.config.yml"];
function findConfig(root) {
  for (const name of CONFIG_NAMES) {
    const p = path.join(root, name);
    if (fs.existsSync(p)) return p;
  }
  return void 0;
}
function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  }
  return d[a.length][b.length];
}
function didYouMean(word, options) {
  let best;
  let bestScore = Infinity;
  for (const o of options) {
    const d = editDistance(word.toLowerCase(), o.toLowerCase());
    if (d < bestScore) {
      bestScore = d;
      best = o;
    }
  }
  return best !== void 0 && bestScore <= Math.max(1, Math.floor(word.length / 3)) ? ` (did you mean "${best}"?)` : "";
}
function parseSize(value) {
  if (typeof value === "number" && Number.isFinite(value) && value > 0) return Math.floor(value);
  if (typeof value !== "string") return void 0;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?\s*$/i.exec(value);
  if (!m) return void 0;
  const n = Number(m[1]);
  const unit = (m[2] ?? "b").toLowerCase();
  const mult = unit.startsWith("k") ? 1024 : unit.startsWith("m") ? 1024 ** 2 : unit.startsWith("g") ? 1024 ** 3 : 1;
  return Math.floor(n * mult);
}
function loadConfig(file, displayName = path.basename(file)) {
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(`${displayName}: cannot read config (${error.code ?? "error"})`);
  }
  return parseConfig(text, displayName);
}
function parseConfig(text, displayName) {
  const lc = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const lineOf = (node) => node?.range ? lc.linePos(node.range[0]).line : 1;
  const fail = (node, msg) => {
    throw new ConfigError(`${displayName}:${lineOf(node)}: ${msg}`);
  };
  if (doc.errors.length) {
    const e = doc.errors[0];
    const line = e.linePos?.[0]?.line ?? 1;
    throw new ConfigError(`${displayName}:${line}: invalid YAML: ${e.message.split("\n")[0]}`);
  }
  const contents = doc.contents;
  if (contents === null || contents === void 0) return {};
  if (!(0, import_yaml.isMap)(contents)) return fail(contents, "the config must be a mapping of keys to values");
  const config = {};
  const str = (pair, key) => {
    const v = pair.value;
    if (!(0, import_yaml.isScalar)(v) || typeof v.value !== "string") return fail(v ?? pair.key, `"${key}" must be a string`);
    return v.value;
  };
  const oneOf2 = (pair, key, values) => {
    const s = str(pair, key);
    if (!values.includes(s)) fail(pair.value, `"${key}" must be one of ${values.join(", ")}, not "${s}"`);
    return s;
  };
  const strList = (pair, key) => {
    const v = pair.value;
    if (!(0, import_yaml.isSeq)(v)) return fail(v ?? pair.key, `"${key}" must be a list of strings`);
    return v.items.map((item) => {
      if (!(0, import_yaml.isScalar)(item) || typeof item.value !== "string") return fail(item, `"${key}" must be a list of strings`);
      return item.value;
    });
  };
  for (const pair of contents.items) {
    const keyNode = pair.key;
    const key = (0, import_yaml.isScalar)(keyNode) ? String(keyNode.value) : "";
    switch (key) {
      case "type":
        config.type = oneOf2(pair, key, SCAN_TYPES);
        break;
      case "failOn":
        config.failOn = oneOf2(pair, key, FAIL_ON);
        break;
      case "profile":
        config.profile = oneOf2(pair, key, PROFILES);
        break;
      case "exclude":
        config.exclude = strList(pair, key);
        break;
      case "baseline":
        config.baseline = str(pair, key);
        break;
      case "maxFileSize": {
        const v = pair.value;
        const n = (0, import_yaml.isScalar)(v) ? parseSize(v.value) : void 0;
        if (n === void 0) fail(v ?? keyNode, `"maxFileSize" must be a size such as 10MB or a number of bytes`);
        config.maxFileSize = n;
        break;
      }
      case "rules": {
        const v = pair.value;
        if (!(0, import_yaml.isMap)(v)) fail(v ?? keyNode, `"rules" must map rule ids to off or a severity`);
        const rules2 = {};
        for (const rp of v.items) {
          const id = (0, import_yaml.isScalar)(rp.key) ? String(rp.key.value) : "";
          const val = rp.value;
          const s = (0, import_yaml.isScalar)(val) ? String(val.value) : "";
          if (s !== "off" && !SEVERITIES.includes(s)) fail(val ?? rp.key, `rule "${id}" must be off or one of ${SEVERITIES.join(", ")}, not "${s}"`);
          rules2[id] = s;
        }
        config.rules = rules2;
        break;
      }
      case "secrets": {
        const v = pair.value;
        if (!(0, import_yaml.isMap)(v)) fail(v ?? keyNode, `"secrets" must be a mapping`);
        const secrets = {};
        for (const sp of v.items) {
          const sk = (0, import_yaml.isScalar)(sp.key) ? String(sp.key.value) : "";
          if (sk !== "allow") fail(sp.key, `unknown key "secrets.${sk}"${didYouMean(sk, SECRETS_KEYS)}`);
          const list = strList(sp, "secrets.allow");
          list.forEach((re, i) => {
            try {
              new RegExp(re);
            } catch {
              fail(sp.value.items[i] ?? sp.value, `"secrets.allow" has an invalid regular expression: ${re}`);
            }
          });
          secrets.allow = list;
        }
        config.secrets = secrets;
        break;
      }
      default:
        fail(keyNode, `unknown key "${key}"${didYouMean(key, TOP_KEYS)}`);
    }
  }
  return config;
}

// src/core/scan.ts
var fs4 = __toESM(require("node:fs"));
var path5 = __toESM(require("node:path"));

// src/analyzers/code/run.ts
var import_visitor_keys3 = __toESM(require_dist());

// src/analyzers/code/parse.ts
var path2 = __toESM(require("node:path"));
var parseFn;
function loadParser() {
  if (!parseFn) {
    if (true) {
      parseFn = require(path2.join(__dirname, "parser.js")).parse;
    } else {
      parseFn = null.parse;
    }
  }
  return parseFn;
}
var CODE_EXTENSIONS = [".js", ".cjs", ".mjs", ".jsx", ".ts", ".cts", ".mts", ".tsx"];
function isCodeFile(file) {
  const dot = file.lastIndexOf(".");
  if (dot < 0) return false;
  return CODE_EXTENSIONS.includes(file.slice(dot).toLowerCase());
}
function parseCode(text, filePath) {
  const parse = loadParser();
  const lower = filePath.toLowerCase();
  const jsx = lower.endsWith(".jsx") || lower.endsWith(".tsx");
  const base = { range: true, loc: false, comment: false, tokens: false, filePath: path2.basename(filePath), errorOnUnknownASTType: false, suppressDeprecatedPropertyWarnings: true };
  try {
    return parse(text, { ...base, jsx });
  } catch (error) {
    if (!jsx && /\.(c|m)?js$/.test(lower)) {
      try {
        return parse(text, { ...base, jsx: true });
      } catch {
        throw error;
      }
    }
    throw error;
  }
}

// src/analyzers/code/run.ts
function runCodeRules(rules2, source, sink) {
  let ast;
  try {
    ast = parseCode(source.text, source.path);
  } catch (error) {
    return { error: parseErrorMessage(error) };
  }
  try {
    const resolver = new Resolver(ast);
    let taint;
    const enter = /* @__PURE__ */ new Map();
    const exit = /* @__PURE__ */ new Map();
    for (const active of rules2) {
      const ctx = {
        file: source,
        ast,
        resolver,
        report: (target, message, options) => sink.report(active, target, message, options),
        text: (node) => source.text.slice(node.range[0], node.range[1]),
        taint: (node) => {
          taint ??= createTaint(ast, resolver, source.text);
          return taint(node);
        }
      };
      const visitor = active.rule.visit(ctx);
      for (const [key, fn] of Object.entries(visitor)) {
        if (!fn) continue;
        const [type, phase] = key.split(":");
        const map = phase === "exit" ? exit : enter;
        const list = map.get(type) ?? [];
        list.push(fn);
        map.set(type, list);
      }
    }
    walk(ast, enter, exit);
    return {};
  } catch (error) {
    if (error instanceof RangeError) return { error: "too deeply nested to analyse (stack limit)" };
    return { error: `analysis failed: ${(error instanceof Error ? error.message : String(error)).split("\n")[0]}` };
  }
}
function walk(root, enter, exit) {
  const visit = (node) => {
    const e = enter.get(node.type);
    if (e) for (const fn of e) fn(node);
    const keys = import_visitor_keys3.visitorKeys[node.type];
    if (keys) {
      for (const k of keys) {
        const child = node[k];
        if (Array.isArray(child)) {
          for (const c of child) if (c && typeof c.type === "string") visit(c);
        } else if (child && typeof child.type === "string") visit(child);
      }
    }
    const x = exit.get(node.type);
    if (x) for (const fn of x) fn(node);
  };
  visit(root);
}
function parseErrorMessage(error) {
  if (error instanceof RangeError) return "parse error: too deeply nested (stack limit)";
  const e = error;
  const msg = (e.message ?? String(error)).split("\n")[0];
  return e.lineNumber ? `parse error at line ${e.lineNumber}: ${msg}` : `parse error: ${msg}`;
}

// src/core/discover.ts
var fs2 = __toESM(require("node:fs"));
var path3 = __toESM(require("node:path"));
var import_ignore = __toESM(require_ignore());
var ALWAYS_SKIP = /* @__PURE__ */ new Set([".git", "node_modules"]);
var HYGIENE_DIRS = /* @__PURE__ */ new Set([".swarm", ".hive-mind", "data", ".claude", ".claude-flow"]);
function toPosix(p) {
  return p.split(path3.sep).join("/");
}
function isInside(child, parent) {
  const rel = path3.relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !path3.isAbsolute(rel);
}
function createIgnoreMatcher(root, enabled) {
  const cache = /* @__PURE__ */ new Map();
  const load = (dirRel) => {
    let ig = cache.get(dirRel);
    if (ig !== void 0) return ig;
    ig = null;
    for (const name of enabled ? [".gitignore", ".flowguardignore"] : [".flowguardignore"]) {
      const file = path3.join(root, dirRel, name);
      let text;
      try {
        const st = fs2.lstatSync(file);
        if (st.isFile() && st.size < 4 * 1024 * 1024) text = fs2.readFileSync(file, "utf8");
      } catch {
        text = void 0;
      }
      if (text !== void 0) {
        ig ??= (0, import_ignore.default)();
        for (const line of text.split(/\r?\n|\r/)) {
          try {
            ig.add(line);
          } catch {
          }
        }
      }
    }
    cache.set(dirRel, ig);
    return ig;
  };
  return (rel, isDir) => {
    const parts = rel.split("/");
    for (let depth = 1; depth <= parts.length; depth++) {
      const sub = parts.slice(0, depth).join("/");
      const subIsDir = depth < parts.length || isDir;
      let ignored = false;
      for (let d = 0; d < depth; d++) {
        const dirRel = parts.slice(0, d).join("/");
        const ig = load(dirRel);
        if (!ig) continue;
        const relToDir = parts.slice(d, depth).join("/") + (subIsDir ? "/" : "");
        const res = ig.test(relToDir);
        if (res.ignored) ignored = true;
        else if (res.unignored) ignored = false;
      }
      if (ignored) return true;
    }
    return false;
  };
}
function discover(options) {
  const root = path3.resolve(options.root);
  let rootReal;
  try {
    rootReal = fs2.realpathSync(root);
  } catch {
    rootReal = root;
  }
  const gitIgnored = createIgnoreMatcher(root, options.gitignore !== false);
  const excluder = (0, import_ignore.default)();
  for (const p of options.exclude ?? []) {
    try {
      excluder.add(p);
    } catch {
    }
  }
  const isExcluded = (rel, isDir = false) => {
    if (!rel) return false;
    const parts = rel.split("/");
    for (let depth = 1; depth <= parts.length; depth++) {
      const sub = parts.slice(0, depth).join("/") + (depth < parts.length || isDir ? "/" : "");
      if (excluder.ignores(sub)) return true;
    }
    return false;
  };
  const files = /* @__PURE__ */ new Map();
  const seenReal = /* @__PURE__ */ new Map();
  const all = /* @__PURE__ */ new Map();
  const skipped = [];
  const errors = [];
  const visitedDirs = /* @__PURE__ */ new Set([rootReal]);
  const addFile = (abs, rel, st, real, explicit) => {
    all.set(rel, { path: rel, mode: st.mode & 511, size: st.size, isDirectory: false });
    if (!explicit && gitIgnored(rel, false)) return;
    if (st.size > options.maxFileSize) {
      skipped.push({ file: rel, reason: `larger than the ${formatBytes(options.maxFileSize)} size cap` });
      return;
    }
    const prev = seenReal.get(real);
    if (prev !== void 0) {
      if (prev <= rel) return;
      files.delete(prev);
    }
    seenReal.set(real, rel);
    files.set(rel, { path: rel, abs, size: st.size, mode: st.mode & 511 });
  };
  const follow = (abs, rel) => {
    let real;
    try {
      real = fs2.realpathSync(abs);
    } catch {
      skipped.push({ file: rel, reason: "broken or looping symlink" });
      return void 0;
    }
    if (!isInside(real, rootReal)) {
      skipped.push({ file: rel, reason: "symlink leads outside the scan root" });
      return void 0;
    }
    try {
      return { real, st: fs2.statSync(real) };
    } catch {
      skipped.push({ file: rel, reason: "broken symlink" });
      return void 0;
    }
  };
  const walk2 = (dirAbs, dirRel, walkIgnored) => {
    let entries;
    try {
      entries = fs2.readdirSync(dirAbs, { withFileTypes: true });
    } catch (error) {
      errors.push({ file: dirRel || ".", message: `cannot read directory: ${error.code ?? "error"}` });
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const ent of entries) {
      if (ALWAYS_SKIP.has(ent.name)) continue;
      const abs = path3.join(dirAbs, ent.name);
      const rel = dirRel ? `${dirRel}/${ent.name}` : ent.name;
      let st;
      try {
        st = fs2.lstatSync(abs);
      } catch {
        continue;
      }
      let real = abs;
      if (st.isSymbolicLink()) {
        const target = follow(abs, rel);
        if (!target) continue;
        real = target.real;
        st = target.st;
      }
      if (st.isDirectory()) {
        if (isExcluded(rel, true)) continue;
        const ignoredDir = walkIgnored || gitIgnored(rel, true);
        all.set(rel, { path: rel, mode: st.mode & 511, size: 0, isDirectory: true });
        if (ignoredDir && !HYGIENE_DIRS.has(ent.name) && !walkIgnored) continue;
        let realDir;
        try {
          realDir = fs2.realpathSync(abs);
        } catch {
          continue;
        }
        if (visitedDirs.has(realDir)) continue;
        visitedDirs.add(realDir);
        walk2(abs, rel, ignoredDir);
      } else if (st.isFile()) {
        if (isExcluded(rel, false)) continue;
        if (walkIgnored) {
          all.set(rel, { path: rel, mode: st.mode & 511, size: st.size, isDirectory: false });
          continue;
        }
        addFile(abs, rel, st, real === abs ? safeReal(abs) : real, false);
      }
    }
  };
  const targets = options.paths && options.paths.length ? options.paths : [root];
  for (const target of targets) {
    const abs = path3.resolve(target);
    const rel = toPosix(path3.relative(root, abs));
    if (rel.startsWith("..") || path3.isAbsolute(rel)) {
      errors.push({ file: toPosix(target), message: "outside the scan root" });
      continue;
    }
    let st;
    try {
      st = fs2.lstatSync(abs);
    } catch {
      errors.push({ file: rel || ".", message: "no such file or directory" });
      continue;
    }
    let real = abs;
    if (st.isSymbolicLink()) {
      const t = follow(abs, rel);
      if (!t) continue;
      st = t.st;
      real = t.real;
    }
    if (st.isDirectory()) {
      if (rel && isExcluded(rel, true)) continue;
      if (rel && ALWAYS_SKIP.has(path3.basename(abs))) continue;
      walk2(abs, rel, false);
    } else if (st.isFile()) {
      if (isExcluded(rel, false)) continue;
      if (rel.split("/").some((p) => ALWAYS_SKIP.has(p))) continue;
      addFile(abs, rel, st, real === abs ? safeReal(abs) : real, true);
    }
  }
  const sortedFiles = [...files.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const sortedAll = [...all.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  skipped.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return { root, files: sortedFiles, all: sortedAll, skipped, errors, isGitIgnored: (rel, isDir = false) => gitIgnored(rel, isDir), isExcluded };
}
function safeReal(abs) {
  try {
    return fs2.realpathSync(abs);
  } catch {
    return abs;
  }
}
function formatBytes(n) {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

// src/core/finding.ts
var import_node_crypto = require("node:crypto");
var SEVERITY_RANK = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };
var SARIF_LEVEL = { critical: "error", high: "error", medium: "warning", low: "note", info: "note" };
var SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0", info: "1.0" };
function redact(secret) {
  return secret.length >= 12 ? `${secret.slice(0, 4)}****` : "****";
}
var SECRET_SALT = "flowguard/v1/secret-fingerprint";
function secretHash(secret) {
  return (0, import_node_crypto.createHash)("sha256").update(SECRET_SALT).update("\0").update(secret).digest("hex").slice(0, 32);
}
function fingerprint(ruleId, file, key, occurrence) {
  const normal = key.replace(/\s+/g, " ").trim();
  return (0, import_node_crypto.createHash)("sha256").update(`${ruleId}\0${file}\0${normal}\0${occurrence}`).digest("hex").slice(0, 32);
}
function compareFindings(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const la = a.line ?? 0;
  const lb = b.line ?? 0;
  if (la !== lb) return la - lb;
  const ca = a.column ?? 0;
  const cb = b.column ?? 0;
  if (ca !== cb) return ca - cb;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  if (a.message !== b.message) return a.message < b.message ? -1 : 1;
  return a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0;
}

// src/core/read.ts
function decode(buf) {
  if (buf.length >= 2 && buf[0] === 255 && buf[1] === 254) return { kind: "text", text: new TextDecoder("utf-16le").decode(buf.subarray(2)) };
  if (buf.length >= 2 && buf[0] === 254 && buf[1] === 255) return { kind: "text", text: new TextDecoder("utf-16be").decode(buf.subarray(2)) };
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) return { kind: "binary" };
  let text = buf.toString("utf8");
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  return { kind: "text", text };
}

// src/core/report-context.ts
var FindingSink = class {
  findings = [];
  /** File texts, kept for inline suppressions (only of files that produced a finding or a directive). */
  texts = /* @__PURE__ */ new Map();
  allow;
  constructor(options = {}) {
    this.allow = (options.secretsAllow ?? []).map((s) => new RegExp(s));
  }
  all() {
    return this.findings;
  }
  /** True when a config `secrets.allow` regex matches the value. */
  allowed(secret) {
    return this.allow.some((re) => re.test(secret));
  }
  forFile(file) {
    return new FileSink(this, file);
  }
  push(f, text) {
    this.findings.push(f);
    if (text !== void 0 && !this.texts.has(f.file)) this.texts.set(f.file, text);
  }
};
var FileSink = class {
  constructor(sink, file) {
    this.sink = sink;
    this.file = file;
    if (file.text.includes("flowguard-ignore")) sink.texts.set(file.path, file.text);
  }
  sink;
  file;
  lines;
  occurrences = /* @__PURE__ */ new Map();
  parsedCache = /* @__PURE__ */ new Map();
  get index() {
    this.lines ??= new LineIndex(this.file.text);
    return this.lines;
  }
  /** A rule context (report + lazily parsed views) for one rule on this file. */
  context(active) {
    return {
      file: this.file,
      report: (target, message, options) => this.report(active, target, message, options),
      parsed: (key, parse) => {
        if (!this.parsedCache.has(key)) this.parsedCache.set(key, parse(this.file.text));
        return this.parsedCache.get(key);
      }
    };
  }
  report(active, target, message, options = {}) {
    let msg = message;
    let key;
    if (options.secret !== void 0) {
      const secret = options.secret;
      if (this.sink.allowed(secret)) return;
      const masked = redact(secret);
      msg = msg.split("{secret}").join(masked);
      if (secret.length >= 4) msg = msg.split(secret).join(masked);
      key = `secret:${secretHash(secret)}`;
    } else key = options.key ?? "";
    const finding = {
      ruleId: active.rule.id,
      severity: options.severity && active.severity === active.rule.severity ? options.severity : active.severity,
      file: this.file.path,
      message: msg,
      fingerprint: "",
      suppressed: false
    };
    let range;
    if (target && "range" in target && target.range) range = target.range;
    if (range) {
      const start = this.index.position(range[0]);
      const end = this.index.position(Math.max(range[0], range[1]));
      finding.line = start.line;
      finding.column = start.column;
      finding.endLine = end.line;
      finding.endColumn = end.column;
      if (!key) key = this.file.text.slice(range[0], Math.min(range[1], range[0] + 300));
    } else if (target && "line" in target) {
      finding.line = target.line;
      finding.column = target.column ?? 1;
      finding.endLine = target.line;
      finding.endColumn = (target.column ?? 1) + Math.max(0, this.index.lineText(target.line).length - (target.column ?? 1) + 1);
      if (!key) key = this.index.lineText(target.line).trim();
    }
    if (!key) key = msg;
    const occ = `${finding.ruleId}\0${key}`;
    const n = this.occurrences.get(occ) ?? 0;
    this.occurrences.set(occ, n + 1);
    finding.fingerprint = fingerprint(finding.ruleId, finding.file, key, n);
    if (options.flow && options.flow.length) finding.flow = options.flow.map((s) => this.flowLocation(s));
    if (options.properties) finding.properties = { ...options.properties };
    this.sink.push(finding, this.file.text.includes("flowguard-ignore") ? this.file.text : void 0);
  }
  flowLocation(step) {
    const s = this.index.position(step.range[0]);
    const e = this.index.position(Math.max(step.range[0], step.range[1]));
    return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column, label: step.label, message: step.message ?? step.label };
  }
  finish() {
    this.parsedCache.clear();
  }
};

// src/analyzers/project/run.ts
var fs3 = __toESM(require("node:fs"));
var path4 = __toESM(require("node:path"));
function runProjectRules(rules2, disc, sink, contents) {
  const sinks = /* @__PURE__ */ new Map();
  const readText = (rel) => {
    if (contents) return contents.get(rel);
    const abs = path4.join(disc.root, rel);
    try {
      const st = fs3.lstatSync(abs);
      if (!st.isFile() || st.size > 10 * 1024 * 1024) return void 0;
      return fs3.readFileSync(abs, "utf8");
    } catch {
      return void 0;
    }
  };
  const fileSink = (rel) => {
    let s = sinks.get(rel);
    if (!s) {
      s = sink.forFile({ path: rel, text: readText(rel) ?? "" });
      sinks.set(rel, s);
    }
    return s;
  };
  for (const active of rules2) {
    const rule = active.rule;
    const ctx = {
      files: disc.all.filter((f) => !disc.isGitIgnored(f.path, f.isDirectory)),
      allFiles: disc.all,
      isGitIgnored: (rel, isDir) => disc.isGitIgnored(rel, isDir ?? false),
      readText,
      readHead: (rel, bytes) => {
        if (contents) {
          const t = contents.get(rel);
          return t === void 0 ? void 0 : Buffer.from(t).subarray(0, bytes);
        }
        const abs = path4.join(disc.root, rel);
        try {
          const st = fs3.lstatSync(abs);
          if (!st.isFile()) return void 0;
          const fd = fs3.openSync(abs, "r");
          try {
            const buf = Buffer.alloc(bytes);
            const n = fs3.readSync(fd, buf, 0, bytes, 0);
            return buf.subarray(0, n);
          } finally {
            fs3.closeSync(fd);
          }
        } catch {
          return void 0;
        }
      },
      report: (rel, target, message, options) => fileSink(rel).report(active, target, message, options)
    };
    rule.check(ctx);
  }
}

// src/core/skip.ts
var MAX_PARSE_SIZE = 512 * 1024;
function skipReason(file, text) {
  if (/\.min\.[cm]?js$/i.test(file)) return "minified (.min.js)";
  if (text.length > MAX_PARSE_SIZE) return `larger than ${MAX_PARSE_SIZE / 1024} KiB`;
  if (text.length > 8 * 1024) {
    let lines = 1;
    let longest = 0;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) {
        lines++;
        if (i - start > longest) longest = i - start;
        start = i + 1;
      }
    }
    if (text.length - start > longest) longest = text.length - start;
    if (text.length / lines > 300 || longest > 2e4) return "minified (very long lines)";
  }
  return void 0;
}

// src/core/scan.ts
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
var TYPE_CATEGORIES = {
  static: ["code", "path"],
  secrets: ["secret"],
  config: ["agent", "profile"],
  comprehensive: ["code", "path", "secret", "agent", "profile"]
};
var ALWAYS_ON = /* @__PURE__ */ new Set(["code/suppression-without-reason"]);
function selectRules(type, overrides = {}, only, all = rules) {
  const cats = TYPE_CATEGORIES[type];
  const out = [];
  for (const rule of all) {
    if (only) {
      if (!only.includes(rule.id)) continue;
    } else if (!cats.includes(categoryOf(rule.id)) && !ALWAYS_ON.has(rule.id)) continue;
    const o = overrides[rule.id];
    if (o === "off") continue;
    out.push({ rule, severity: o ?? rule.severity });
  }
  return out.sort((a, b) => a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0);
}
function emptyDiscovery(root) {
  return { root, files: [], all: [], skipped: [], errors: [], isGitIgnored: () => false, isExcluded: () => false };
}
async function scan(options) {
  const started = performance.now();
  const root = path5.resolve(options.root);
  const type = options.type ?? "comprehensive";
  const active = selectRules(type, options.ruleOverrides, options.only);
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const sink = new FindingSink(options);
  let disc;
  let contents = options.contents;
  if (contents) {
    disc = emptyDiscovery(root);
    for (const [p, text] of [...contents].sort((a, b) => a[0] < b[0] ? -1 : 1)) {
      disc.files.push({ path: p, abs: path5.join(root, p), size: Buffer.byteLength(text), mode: 420 });
      disc.all.push({ path: p, mode: 420, size: Buffer.byteLength(text), isDirectory: false });
    }
  } else {
    disc = discover({ root, ...options.paths ? { paths: options.paths } : {}, exclude: options.exclude ?? [], maxFileSize, gitignore: options.gitignore !== false });
  }
  const codeRules = active.filter((a) => a.rule.kind === "code");
  const textRules = active.filter((a) => a.rule.kind === "text" || a.rule.kind === "config");
  const projectRules = active.filter((a) => a.rule.kind === "project");
  const errors = [...disc.errors];
  const skipped = [...disc.skipped];
  let parsed = 0;
  let done = 0;
  for (const file of disc.files) {
    done++;
    options.onProgress?.(done, disc.files.length);
    let text;
    if (contents) text = contents.get(file.path) ?? "";
    else {
      let buf;
      try {
        buf = fs4.readFileSync(file.abs);
      } catch (error) {
        errors.push({ file: file.path, message: `cannot read file: ${error.code ?? "error"}` });
        continue;
      }
      if (buf.length > maxFileSize) {
        skipped.push({ file: file.path, reason: `larger than the ${formatBytes(maxFileSize)} size cap` });
        continue;
      }
      const decoded = decode(buf);
      if (decoded.kind === "binary") continue;
      text = decoded.text;
    }
    const source = { path: file.path, text };
    const fileFindings = sink.forFile(source);
    if (textRules.length) {
      try {
        runTextRules(textRules, source, fileFindings);
      } catch (error) {
        errors.push({ file: file.path, message: `text rules failed: ${oneLine(error)}` });
      }
    }
    if (codeRules.length && isCodeFile(file.path)) {
      const reason = options.noSkip ? void 0 : skipReason(file.path, text);
      if (reason) skipped.push({ file: file.path, reason: `not parsed: ${reason}; text rules only` });
      else {
        const res = runCodeRules(codeRules, source, fileFindings);
        if (res.error) errors.push({ file: file.path, message: res.error });
        else parsed++;
      }
    }
    fileFindings.finish();
  }
  if (projectRules.length) {
    try {
      runProjectRules(projectRules, disc, sink, contents);
    } catch (error) {
      errors.push({ file: ".", message: `project rules failed: ${oneLine(error)}` });
    }
  }
  const findings = sink.all();
  applyInlineSuppressions(findings, sink.texts);
  findings.sort(compareFindings);
  errors.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.message < b.message ? -1 : 1);
  skipped.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return {
    root,
    type,
    findings,
    errors,
    skipped,
    rules: active,
    stats: { files: disc.files.length, parsed, skipped: skipped.length, durationMs: Math.round(performance.now() - started) }
  };
}
function runTextRules(rules2, source, sink) {
  let lower;
  for (const a of rules2) {
    const rule = a.rule;
    if (rule.files && !rule.files(source.path)) continue;
    if (rule.kind === "text" && rule.keywords.length) {
      lower ??= source.text.toLowerCase();
      if (!rule.keywords.some((k) => lower.includes(k))) continue;
    }
    rule.check(sink.context(a));
  }
}
function oneLine(error) {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "error";
}
function breaches(result, failOn) {
  if (failOn === "none") return false;
  const floor = SEVERITY_RANK[failOn];
  return result.findings.some((f) => !f.suppressed && f.baselineState !== "unchanged" && SEVERITY_RANK[f.severity] >= floor);
}

// src/version.ts
var VERSION = "0.1.0" ? "0.1.0" : pkg.version;
var INFORMATION_URI = "https://github.com/flowguard/flowguard";

// src/report/json.ts
function jsonFinding(f) {
  const o = { ruleId: f.ruleId, severity: f.severity, file: f.file };
  if (f.line !== void 0) Object.assign(o, { line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn });
  o.message = f.message;
  o.fingerprint = f.fingerprint;
  o.suppressed = f.suppressed;
  if (f.suppression) o.justification = f.suppression.justification;
  if (f.baselineState) o.baselineState = f.baselineState;
  if (f.flow) o.flow = f.flow.map((s) => ({ line: s.line, column: s.column, label: s.label }));
  if (f.properties) o.properties = f.properties;
  return o;
}
function toJson(result) {
  const out = {
    tool: "flowguard",
    version: VERSION,
    root: ".",
    type: result.type,
    findings: result.findings.map(jsonFinding),
    errors: result.errors.map((e) => ({ file: e.file, message: e.message })),
    skipped: result.skipped.map((s) => ({ file: s.file, reason: s.reason })),
    stats: { ...result.stats }
  };
  return `${JSON.stringify(out, null, 2)}
`;
}

// src/report/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
function toUri(file) {
  return file.split("/").map((s) => encodeURIComponent(s)).join("/");
}
function pascal(id) {
  return id.split(/[/-]/).map((w) => w ? w[0].toUpperCase() + w.slice(1) : w).join("");
}
function plainSummary(help) {
  const para = help.split(/\n\s*\n/)[0] ?? help;
  return para.replace(/\s+/g, " ").replace(/`/g, "").replace(/\*\*/g, "").trim();
}
function sarifRule(a) {
  const r = a.rule;
  return {
    id: r.id,
    name: pascal(r.id),
    shortDescription: { text: r.title },
    fullDescription: { text: plainSummary(r.help) },
    helpUri: `${INFORMATION_URI}/blob/main/docs/rules.md#${r.id.replace(/[^a-z0-9-]/g, "")}`,
    help: { text: r.help.replace(/\*\*/g, "").replace(/`/g, ""), markdown: r.help },
    defaultConfiguration: { level: SARIF_LEVEL[a.severity] },
    properties: {
      tags: ["security", ...r.cwe.map((c) => `external/cwe/${c.toLowerCase()}`)],
      precision: r.confidence === "high" ? "high" : r.confidence === "medium" ? "medium" : "low",
      "security-severity": SECURITY_SEVERITY[a.severity]
    }
  };
}
function physical(file, region) {
  const loc = { artifactLocation: { uri: toUri(file), uriBaseId: "%SRCROOT%" } };
  if (region) {
    loc.region = { startLine: region.line, startColumn: region.column, endLine: region.endLine, endColumn: Math.max(region.endColumn, region.endLine === region.line ? region.column : 1) };
  }
  return loc;
}
function flowLocation(file, step) {
  return { location: { physicalLocation: physical(file, step), message: { text: step.message } } };
}
function sarifResult(f, ruleIndex) {
  const region = f.line !== void 0 ? { line: f.line, column: f.column ?? 1, endLine: f.endLine ?? f.line, endColumn: f.endColumn ?? f.column ?? 1 } : void 0;
  const result = {
    ruleId: f.ruleId,
    ruleIndex,
    level: SARIF_LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: physical(f.file, region) }],
    partialFingerprints: { "flowguard/v1": f.fingerprint }
  };
  if (f.flow && f.flow.length) result.codeFlows = [{ threadFlows: [{ locations: f.flow.map((s) => flowLocation(f.file, s)) }] }];
  if (f.suppressed && f.suppression) {
    result.suppressions = [f.suppression.justification ? { kind: f.suppression.kind, justification: f.suppression.justification } : { kind: f.suppression.kind }];
  }
  if (f.baselineState) result.baselineState = f.baselineState;
  const props = { severity: f.severity, "security-severity": SECURITY_SEVERITY[f.severity] };
  if (f.properties) for (const k of Object.keys(f.properties).sort()) props[k] = f.properties[k];
  result.properties = props;
  return result;
}
function toSarifObject(result) {
  const rules2 = [...result.rules].sort((a, b) => a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0);
  const index = new Map(rules2.map((a, i) => [a.rule.id, i]));
  const notifications = [
    ...result.errors.map((e) => ({ level: "error", message: { text: `${e.file}: ${e.message}` }, descriptor: { id: "file-error" }, locations: [{ physicalLocation: physical(e.file) }] })),
    ...result.skipped.map((s) => ({ level: "note", message: { text: `${s.file}: skipped, ${s.reason}` }, descriptor: { id: "file-skipped" }, locations: [{ physicalLocation: physical(s.file) }] }))
  ];
  const invocation = { executionSuccessful: true };
  if (notifications.length) invocation.toolExecutionNotifications = notifications;
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "flowguard", semanticVersion: VERSION, informationUri: INFORMATION_URI, rules: rules2.map(sarifRule) } },
        automationDetails: { id: `flowguard/${result.type}/` },
        invocations: [invocation],
        columnKind: "utf16CodeUnits",
        results: result.findings.map((f) => sarifResult(f, index.get(f.ruleId) ?? 0))
      }
    ]
  };
}
function toSarif(result) {
  return `${JSON.stringify(toSarifObject(result), null, 2)}
`;
}

// src/report/text.ts
var COLOURS = { critical: "\x1B[1;35m", high: "\x1B[31m", medium: "\x1B[33m", low: "\x1B[36m", info: "\x1B[2m" };
function toText(result, options = {}) {
  const c = (code, s) => options.colour ? `${code}${s}\x1B[0m` : s;
  const lines = [];
  const shown = result.findings.filter((f) => options.showSuppressed || !f.suppressed);
  let current;
  for (const f of shown) {
    if (f.file !== current) {
      if (current !== void 0) lines.push("");
      lines.push(c("\x1B[4m", f.file));
      current = f.file;
    }
    const pos = f.line !== void 0 ? `${f.line}:${f.column ?? 1}` : "-";
    const sev = c(COLOURS[f.severity], f.severity.padEnd(8));
    const sup = f.suppressed ? c("\x1B[2m", " (suppressed)") : "";
    const base = f.baselineState === "unchanged" ? c("\x1B[2m", " (baseline)") : "";
    lines.push(`  ${pos.padEnd(8)} ${sev} ${f.message}  ${c("\x1B[2m", f.ruleId)}${sup}${base}`);
    if (f.flow && f.flow.length > 1) lines.push(`  ${"".padEnd(8)} ${"".padEnd(8)} flow: ${f.flow.map((s) => s.label).join(" → ")}`);
  }
  if (shown.length) lines.push("");
  lines.push(summaryLine(result));
  return `${lines.join("\n")}
`;
}
function countBySeverity(findings) {
  const counts = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const f of findings) if (!f.suppressed && f.baselineState !== "unchanged") counts[f.severity]++;
  return counts;
}
function summaryLine(result) {
  const active = result.findings.filter((f) => !f.suppressed && f.baselineState !== "unchanged");
  const counts = countBySeverity(result.findings);
  const files = new Set(active.map((f) => f.file)).size;
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  const head = active.length ? `${active.length} finding${active.length === 1 ? "" : "s"} (${parts.join(", ")}) in ${files} file${files === 1 ? "" : "s"}` : "No findings";
  const extra = [];
  const suppressed = result.findings.filter((f) => f.suppressed).length;
  const baseline = result.findings.filter((f) => !f.suppressed && f.baselineState === "unchanged").length;
  if (suppressed) extra.push(`${suppressed} suppressed`);
  if (baseline) extra.push(`${baseline} in baseline`);
  extra.push(`${result.stats.files} file${result.stats.files === 1 ? "" : "s"} scanned`);
  if (result.skipped.length) extra.push(`${result.skipped.length} skipped`);
  if (result.errors.length) extra.push(`${result.errors.length} error${result.errors.length === 1 ? "" : "s"}`);
  return `${head}; ${extra.join(", ")}.`;
}

// src/cli/main.ts
var USAGE = `Usage: flowguard <command> [options]

Commands:
  scan [PATH...]              scan files or directories (default: .)
  rules [--format text|json]  list every rule: id, severity, CWE, title
  explain RULE-ID             print a rule's help
  profile validate [PATH] --profile NAME [--output FILE] [--format json|text]
  baseline create [PATH] --output FILE [--type TYPE]
  merge FILE.sarif... --output FILE

Scan options:
  --type static|secrets|config|comprehensive   what to check (default comprehensive)
  --format text|json|sarif    repeatable; paired in order with --output
  --output FILE               repeatable; a format without an output goes to stdout
  --fail-on critical|high|medium|low|info|none (default high)
  --exclude PATTERN           repeatable, .gitignore syntax, relative to the scan root
  --config FILE               default: flowguard.config.yaml at the scan root
  --profile development|production|enterprise
  --profile-output FILE       write the profile report (JSON)
  --baseline FILE             findings in FILE are not new and never fail
  --staged                    scan the git index (for commit hooks)
  --changed-since REF         only files changed since REF
  --no-progress, --quiet      no progress on stderr
  --no-skip                   AST-parse minified and huge JS/TS files too
  --no-cache                  ignore and do not write the content-hash cache
  --shard I/N                 scan only the I-th of N shares of the files

Exit status: 0 nothing at or above --fail-on, 1 findings at or above it (or the profile failed), 2 usage, config or internal error.
`;
var SCAN_FLAGS = {
  type: { type: "string" },
  format: { type: "string", multiple: true },
  output: { type: "string", multiple: true },
  "fail-on": { type: "string" },
  exclude: { type: "string", multiple: true },
  config: { type: "string" },
  profile: { type: "string" },
  "profile-output": { type: "string" },
  baseline: { type: "string" },
  staged: { type: "boolean" },
  "changed-since": { type: "string" },
  "no-progress": { type: "boolean" },
  quiet: { type: "boolean" },
  "no-skip": { type: "boolean" },
  "no-cache": { type: "boolean" },
  shard: { type: "string" },
  help: { type: "boolean", short: "h" }
};
async function cli(argv, host) {
  try {
    return await dispatch(argv, host);
  } catch (error) {
    host.stderr.write(`flowguard: ${summarize(error)}
`);
    if (host.env.FLOWGUARD_DEBUG === "1") host.stderr.write(`${(0, import_node_util.inspect)(error)}
`);
    return 2;
  }
}
async function dispatch(argv, host) {
  const [command, ...rest] = argv;
  switch (command) {
    case void 0:
    case "--help":
    case "-h":
    case "help":
      host.stdout.write(USAGE);
      return command === void 0 ? 2 : 0;
    case "--version":
    case "-v":
    case "version":
      host.stdout.write(`${VERSION}
`);
      return 0;
    case "scan":
      return runScan(rest, host);
    case "rules":
      return runRules(rest, host);
    case "explain":
      return runExplain(rest, host);
    case "merge":
    case "profile":
    case "baseline":
      throw new UsageError(`"${command}" is not available yet in this version`);
    default:
      if (command.startsWith("-")) throw new UsageError(`unknown option "${command}"; flags follow a command, e.g. flowguard scan ${command}`);
      throw new UsageError(`unknown command "${command}"${didYouMean(command, ["scan", "rules", "explain", "merge", "profile", "baseline"])}; see flowguard --help`);
  }
}
function parseFlags(args, options) {
  try {
    const { values, positionals } = (0, import_node_util.parseArgs)({ args: [...args], options, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (error) {
    const msg = summarize(error);
    const m = /Unknown option '([^']+)'/.exec(msg);
    if (m) {
      const flag = m[1].replace(/^-+/, "");
      throw new UsageError(`unknown option "${m[1]}"${didYouMean(flag, Object.keys(options)).replace(/"([^"]+)"\?\)$/, '"--$1"?)')}`);
    }
    throw new UsageError(msg.replace(/\. To specify a positional argument.*$/, ""));
  }
}
function oneOf(flag, value, values) {
  if (value === void 0) return void 0;
  if (!values.includes(value)) throw new UsageError(`--${flag} must be one of ${values.join(", ")}, not "${value}"`);
  return value;
}
function resolveScan(args, host) {
  const { values: flags, positionals } = parseFlags(args, SCAN_FLAGS);
  if (flags.help) throw new UsageError("see flowguard --help");
  const notYet = ["profile", "profile-output", "baseline", "staged", "changed-since", "shard"].filter((k) => flags[k] !== void 0);
  if (notYet.length) throw new UsageError(`--${notYet[0]} is not available yet in this version`);
  const cwd = host.cwd;
  const targets = positionals.length ? positionals.map((p) => path6.resolve(cwd, p)) : [cwd];
  let root = cwd;
  if (targets.length === 1) {
    const t = targets[0];
    let st;
    try {
      st = fs5.statSync(t);
    } catch {
      throw new UsageError(`cannot read scan root "${positionals[0] ?? "."}": no such file or directory`);
    }
    if (st.isDirectory()) {
      try {
        fs5.readdirSync(t);
      } catch (error) {
        throw new UsageError(`cannot read scan root "${positionals[0] ?? "."}": ${error.code ?? "error"}`);
      }
      root = t;
    }
  }
  for (const t of targets) {
    const rel = path6.relative(root, t);
    if (rel.startsWith("..") || path6.isAbsolute(rel)) throw new UsageError(`"${path6.relative(cwd, t) || t}" is outside the current directory; run flowguard from a directory that contains every path`);
  }
  let config = {};
  if (flags.config !== void 0) {
    const file = path6.resolve(cwd, flags.config);
    if (!fs5.existsSync(file)) throw new ConfigError(`${flags.config}: config file not found`);
    config = loadConfig(file, toPosix(path6.relative(cwd, file)) || flags.config);
  } else {
    const found = findConfig(root);
    if (found) config = loadConfig(found, toPosix(path6.relative(cwd, found)) || path6.basename(found));
  }
  for (const id of Object.keys(config.rules ?? {})) {
    if (!rules.some((r) => r.id === id)) throw new ConfigError(`unknown rule "${id}" in the config${didYouMean(id, rules.map((r) => r.id))}`);
  }
  const type = oneOf("type", flags.type, SCAN_TYPES) ?? config.type ?? "comprehensive";
  const failOn = oneOf("fail-on", flags["fail-on"], FAIL_ON) ?? config.failOn ?? "high";
  const profile = oneOf("profile", flags.profile, PROFILES) ?? config.profile;
  if (profile) throw new UsageError('security profiles (--profile, config "profile") are not available yet in this version');
  const formats = flags.format ?? [];
  const files = flags.output ?? [];
  if (files.length > Math.max(1, formats.length)) throw new UsageError("more --output than --format: pair each --output with a --format");
  const outputs = [];
  const fmtList = formats.length ? formats : ["text"];
  fmtList.forEach((f, i) => {
    const format = oneOf("format", f, ["text", "json", "sarif"]);
    const file = files[i];
    outputs.push(file !== void 0 ? { format, file: path6.resolve(cwd, file) } : { format });
  });
  if (outputs.filter((o) => o.file === void 0).length > 1) throw new UsageError("only one --format can go to stdout; give the others an --output");
  const options = {
    root,
    type,
    exclude: [...config.exclude ?? [], ...flags.exclude ?? []],
    noSkip: flags["no-skip"] === true,
    ruleOverrides: config.rules ?? {},
    secretsAllow: config.secrets?.allow ?? [],
    failOn
  };
  if (positionals.length && !(targets.length === 1 && targets[0] === root)) options.paths = targets;
  if (config.maxFileSize !== void 0) options.maxFileSize = config.maxFileSize;
  return { options, failOn, outputs, quiet: flags.quiet === true || flags["no-progress"] === true, config };
}
async function runScan(args, host) {
  const resolved = resolveScan(args, host);
  const progress = !resolved.quiet && host.stderr.isTTY === true;
  if (progress) {
    let last = 0;
    resolved.options.onProgress = (done, total) => {
      const now = Date.now();
      if (now - last < 100 && done !== total) return;
      last = now;
      host.stderr.write(`\rflowguard: scanning ${done}/${total} files`);
    };
  }
  const result = await scan(resolved.options);
  if (progress) host.stderr.write("\r\x1B[K");
  emitReports(result, resolved, host);
  reportProblems(result, host);
  return breaches(result, resolved.failOn) ? 1 : 0;
}
function render(result, format, colour) {
  if (format === "json") return toJson(result);
  if (format === "sarif") return toSarif(result);
  return toText(result, { colour });
}
function emitReports(result, resolved, host) {
  for (const out of resolved.outputs) {
    const colour = out.file === void 0 && out.format === "text" && host.stdout.isTTY === true && !host.env.NO_COLOR;
    const body = render(result, out.format, colour);
    if (out.file === void 0) host.stdout.write(body);
    else {
      try {
        fs5.mkdirSync(path6.dirname(out.file), { recursive: true });
        fs5.writeFileSync(out.file, body);
      } catch (error) {
        throw new UsageError(`cannot write ${path6.relative(host.cwd, out.file) || out.file}: ${error.code ?? "error"}`);
      }
    }
  }
}
function reportProblems(result, host) {
  if (!result.errors.length) return;
  const shown = result.errors.slice(0, 3).map((e) => `${e.file} (${e.message})`);
  const more = result.errors.length > 3 ? ` and ${result.errors.length - 3} more` : "";
  host.stderr.write(`flowguard: ${result.errors.length} file${result.errors.length === 1 ? "" : "s"} could not be scanned: ${shown.join(", ")}${more}
`);
}
function runRules(args, host) {
  const { values } = parseFlags(args, { format: { type: "string" } });
  const format = oneOf("format", values.format, ["text", "json"]) ?? "text";
  const sorted = [...rules].sort((a, b) => a.id < b.id ? -1 : 1);
  if (format === "json") {
    const out = sorted.map((r) => ({ id: r.id, severity: r.severity, cwe: r.cwe, title: r.title, confidence: r.confidence, status: r.status ?? "experimental", kind: r.kind }));
    host.stdout.write(`${JSON.stringify({ rules: out }, null, 2)}
`);
    return 0;
  }
  const w = Math.max(...sorted.map((r) => r.id.length));
  for (const r of sorted) host.stdout.write(`${r.id.padEnd(w)}  ${r.severity.padEnd(8)}  ${r.cwe.join(",").padEnd(8)}  ${r.title}
`);
  return 0;
}
function runExplain(args, host) {
  const { positionals } = parseFlags(args, {});
  const id = positionals[0];
  if (!id) throw new UsageError("explain needs a rule id, e.g. flowguard explain code/eval-injection");
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new UsageError(`unknown rule "${id}"${didYouMean(id, rules.map((r) => r.id))}`);
  host.stdout.write(`${rule.id} (${rule.severity}, ${rule.cwe.join(", ")})
${rule.title}

${rule.help}
`);
  return 0;
}

// src/cli/index.ts
cli(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr }).then((code) => process.exitCode = code);
