import { createRequire as __cr } from "module"; const require = __cr(import.meta.url);
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

// node_modules/@stdlib/utils-define-property/lib/define_property.js
var require_define_property = __commonJS({
  "node_modules/@stdlib/utils-define-property/lib/define_property.js"(exports, module) {
    "use strict";
    var main = typeof Object.defineProperty === "function" ? Object.defineProperty : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-define-property/lib/has_define_property_support.js
var require_has_define_property_support = __commonJS({
  "node_modules/@stdlib/utils-define-property/lib/has_define_property_support.js"(exports, module) {
    "use strict";
    var defineProperty = require_define_property();
    function hasDefinePropertySupport() {
      try {
        defineProperty({}, "x", {});
        return true;
      } catch (err) {
        return false;
      }
    }
    module.exports = hasDefinePropertySupport;
  }
});

// node_modules/@stdlib/utils-define-property/lib/builtin.js
var require_builtin = __commonJS({
  "node_modules/@stdlib/utils-define-property/lib/builtin.js"(exports, module) {
    "use strict";
    var defineProperty = Object.defineProperty;
    module.exports = defineProperty;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/is_number.js
var require_is_number = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/is_number.js"(exports, module) {
    "use strict";
    function isNumber(value) {
      return typeof value === "number";
    }
    module.exports = isNumber;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/zero_pad.js
var require_zero_pad = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/zero_pad.js"(exports, module) {
    "use strict";
    function startsWithMinus(str) {
      return str[0] === "-";
    }
    function zeros(n) {
      var out = "";
      var i;
      for (i = 0; i < n; i++) {
        out += "0";
      }
      return out;
    }
    function zeroPad(str, width, right) {
      var negative = false;
      var pad = width - str.length;
      if (pad < 0) {
        return str;
      }
      if (startsWithMinus(str)) {
        negative = true;
        str = str.substr(1);
      }
      str = right ? str + zeros(pad) : zeros(pad) + str;
      if (negative) {
        str = "-" + str;
      }
      return str;
    }
    module.exports = zeroPad;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/format_integer.js
var require_format_integer = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/format_integer.js"(exports, module) {
    "use strict";
    var isNumber = require_is_number();
    var zeroPad = require_zero_pad();
    var lowercase = String.prototype.toLowerCase;
    var uppercase = String.prototype.toUpperCase;
    function formatInteger(token) {
      var base;
      var out;
      var i;
      switch (token.specifier) {
        case "b":
          base = 2;
          break;
        case "o":
          base = 8;
          break;
        case "x":
        case "X":
          base = 16;
          break;
        case "d":
        case "i":
        case "u":
        default:
          base = 10;
          break;
      }
      out = token.arg;
      i = parseInt(out, 10);
      if (!isFinite(i)) {
        if (!isNumber(out)) {
          throw new Error("invalid integer. Value: " + out);
        }
        i = 0;
      }
      if (i < 0 && (token.specifier === "u" || base !== 10)) {
        i = 4294967295 + i + 1;
      }
      if (i < 0) {
        out = (-i).toString(base);
        if (token.precision) {
          out = zeroPad(out, token.precision, token.padRight);
        }
        out = "-" + out;
      } else {
        out = i.toString(base);
        if (!i && !token.precision) {
          out = "";
        } else if (token.precision) {
          out = zeroPad(out, token.precision, token.padRight);
        }
        if (token.sign) {
          out = token.sign + out;
        }
      }
      if (base === 16) {
        if (token.alternate) {
          out = "0x" + out;
        }
        out = token.specifier === uppercase.call(token.specifier) ? uppercase.call(out) : lowercase.call(out);
      }
      if (base === 8) {
        if (token.alternate && out.charAt(0) !== "0") {
          out = "0" + out;
        }
      }
      return out;
    }
    module.exports = formatInteger;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/is_string.js
var require_is_string = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/is_string.js"(exports, module) {
    "use strict";
    function isString(value) {
      return typeof value === "string";
    }
    module.exports = isString;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/format_double.js
var require_format_double = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/format_double.js"(exports, module) {
    "use strict";
    var abs = Math.abs;
    var lowercase = String.prototype.toLowerCase;
    var uppercase = String.prototype.toUpperCase;
    var replace = String.prototype.replace;
    var RE_EXP_POS_DIGITS = /e\+(\d)$/;
    var RE_EXP_NEG_DIGITS = /e-(\d)$/;
    var RE_ONLY_DIGITS = /^(\d+)$/;
    var RE_DIGITS_BEFORE_EXP = /^(\d+)e/;
    var RE_TRAILING_PERIOD_ZERO = /\.0$/;
    var RE_PERIOD_ZERO_EXP = /\.0*e/;
    var RE_ZERO_BEFORE_EXP = /(\..*[^0])0*e/;
    function formatDouble(f, token) {
      var digits;
      var out;
      switch (token.specifier) {
        case "e":
        case "E":
          out = f.toExponential(token.precision);
          break;
        case "f":
        case "F":
          out = f.toFixed(token.precision);
          break;
        case "g":
        case "G":
          if (abs(f) < 1e-4) {
            digits = token.precision;
            if (digits > 0) {
              digits -= 1;
            }
            out = f.toExponential(digits);
          } else {
            out = f.toPrecision(token.precision);
          }
          if (!token.alternate) {
            out = replace.call(out, RE_ZERO_BEFORE_EXP, "$1e");
            out = replace.call(out, RE_PERIOD_ZERO_EXP, "e");
            out = replace.call(out, RE_TRAILING_PERIOD_ZERO, "");
          }
          break;
        default:
          throw new Error("invalid double notation. Value: " + token.specifier);
      }
      out = replace.call(out, RE_EXP_POS_DIGITS, "e+0$1");
      out = replace.call(out, RE_EXP_NEG_DIGITS, "e-0$1");
      if (token.alternate) {
        out = replace.call(out, RE_ONLY_DIGITS, "$1.");
        out = replace.call(out, RE_DIGITS_BEFORE_EXP, "$1.e");
      }
      if (f >= 0 && token.sign) {
        out = token.sign + out;
      }
      out = token.specifier === uppercase.call(token.specifier) ? uppercase.call(out) : lowercase.call(out);
      return out;
    }
    module.exports = formatDouble;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/space_pad.js
var require_space_pad = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/space_pad.js"(exports, module) {
    "use strict";
    function spaces(n) {
      var out = "";
      var i;
      for (i = 0; i < n; i++) {
        out += " ";
      }
      return out;
    }
    function spacePad(str, width, right) {
      var pad = width - str.length;
      if (pad < 0) {
        return str;
      }
      str = right ? str + spaces(pad) : spaces(pad) + str;
      return str;
    }
    module.exports = spacePad;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/main.js
var require_main = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/main.js"(exports, module) {
    "use strict";
    var formatInteger = require_format_integer();
    var isString = require_is_string();
    var isNumber = require_is_number();
    var formatDouble = require_format_double();
    var spacePad = require_space_pad();
    var zeroPad = require_zero_pad();
    var fromCharCode = String.fromCharCode;
    var isArray = Array.isArray;
    function isnan(value) {
      return value !== value;
    }
    function initialize(token) {
      var out = {};
      out.specifier = token.specifier;
      out.precision = token.precision === void 0 ? 1 : token.precision;
      out.width = token.width;
      out.flags = token.flags || "";
      out.mapping = token.mapping;
      return out;
    }
    function formatInterpolate(tokens) {
      var hasPeriod;
      var flags;
      var token;
      var flag;
      var num;
      var out;
      var pos;
      var f;
      var i;
      var j;
      if (!isArray(tokens)) {
        throw new TypeError("invalid argument. First argument must be an array. Value: `" + tokens + "`.");
      }
      out = "";
      pos = 1;
      for (i = 0; i < tokens.length; i++) {
        token = tokens[i];
        if (isString(token)) {
          out += token;
        } else {
          hasPeriod = token.precision !== void 0;
          token = initialize(token);
          if (!token.specifier) {
            throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `" + i + "`. Value: `" + token + "`.");
          }
          if (token.mapping) {
            pos = token.mapping;
          }
          flags = token.flags;
          for (j = 0; j < flags.length; j++) {
            flag = flags.charAt(j);
            switch (flag) {
              case " ":
                token.sign = " ";
                break;
              case "+":
                token.sign = "+";
                break;
              case "-":
                token.padRight = true;
                token.padZeros = false;
                break;
              case "0":
                token.padZeros = flags.indexOf("-") < 0;
                break;
              case "#":
                token.alternate = true;
                break;
              default:
                throw new Error("invalid flag: " + flag);
            }
          }
          if (token.width === "*") {
            token.width = parseInt(arguments[pos], 10);
            pos += 1;
            if (isnan(token.width)) {
              throw new TypeError("the argument for * width at position " + pos + " is not a number. Value: `" + token.width + "`.");
            }
            if (token.width < 0) {
              token.padRight = true;
              token.width = -token.width;
            }
          }
          if (hasPeriod) {
            if (token.precision === "*") {
              token.precision = parseInt(arguments[pos], 10);
              pos += 1;
              if (isnan(token.precision)) {
                throw new TypeError("the argument for * precision at position " + pos + " is not a number. Value: `" + token.precision + "`.");
              }
              if (token.precision < 0) {
                token.precision = 1;
                hasPeriod = false;
              }
            }
          }
          token.arg = arguments[pos];
          switch (token.specifier) {
            case "b":
            case "o":
            case "x":
            case "X":
            case "d":
            case "i":
            case "u":
              if (hasPeriod) {
                token.padZeros = false;
              }
              token.arg = formatInteger(token);
              break;
            case "s":
              token.maxWidth = hasPeriod ? token.precision : -1;
              token.arg = String(token.arg);
              break;
            case "c":
              if (!isnan(token.arg)) {
                num = parseInt(token.arg, 10);
                if (num < 0 || num > 127) {
                  throw new Error("invalid character code. Value: " + token.arg);
                }
                token.arg = isnan(num) ? String(token.arg) : fromCharCode(num);
              }
              break;
            case "e":
            case "E":
            case "f":
            case "F":
            case "g":
            case "G":
              if (!hasPeriod) {
                token.precision = 6;
              }
              f = parseFloat(token.arg);
              if (!isFinite(f)) {
                if (!isNumber(token.arg)) {
                  throw new Error("invalid floating-point number. Value: " + out);
                }
                f = token.arg;
                token.padZeros = false;
              }
              token.arg = formatDouble(f, token);
              break;
            default:
              throw new Error("invalid specifier: " + token.specifier);
          }
          if (token.maxWidth >= 0 && token.arg.length > token.maxWidth) {
            token.arg = token.arg.substring(0, token.maxWidth);
          }
          if (token.padZeros) {
            token.arg = zeroPad(token.arg, token.width || token.precision, token.padRight);
          } else if (token.width) {
            token.arg = spacePad(token.arg, token.width, token.padRight);
          }
          out += token.arg || "";
          pos += 1;
        }
      }
      return out;
    }
    module.exports = formatInterpolate;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/index.js
var require_lib = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main();
    module.exports = main;
  }
});

// node_modules/@stdlib/string-base-format-tokenize/lib/main.js
var require_main2 = __commonJS({
  "node_modules/@stdlib/string-base-format-tokenize/lib/main.js"(exports, module) {
    "use strict";
    var RE = /%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;
    function parse(match) {
      var token = {
        "mapping": match[1] ? parseInt(match[1], 10) : void 0,
        "flags": match[2],
        "width": match[3],
        "precision": match[5],
        "specifier": match[6]
      };
      if (match[4] === "." && match[5] === void 0) {
        token.precision = "1";
      }
      return token;
    }
    function formatTokenize(str) {
      var content;
      var tokens;
      var match;
      var prev;
      tokens = [];
      prev = 0;
      match = RE.exec(str);
      while (match) {
        content = str.slice(prev, RE.lastIndex - match[0].length);
        if (content.length) {
          tokens.push(content);
        }
        if (match[6] === "%") {
          tokens.push("%");
        } else {
          tokens.push(parse(match));
        }
        prev = RE.lastIndex;
        match = RE.exec(str);
      }
      content = str.slice(prev);
      if (content.length) {
        tokens.push(content);
      }
      return tokens;
    }
    module.exports = formatTokenize;
  }
});

// node_modules/@stdlib/string-base-format-tokenize/lib/index.js
var require_lib2 = __commonJS({
  "node_modules/@stdlib/string-base-format-tokenize/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main2();
    module.exports = main;
  }
});

// node_modules/@stdlib/string-format/lib/is_string.js
var require_is_string2 = __commonJS({
  "node_modules/@stdlib/string-format/lib/is_string.js"(exports, module) {
    "use strict";
    function isString(value) {
      return typeof value === "string";
    }
    module.exports = isString;
  }
});

// node_modules/@stdlib/string-format/lib/main.js
var require_main3 = __commonJS({
  "node_modules/@stdlib/string-format/lib/main.js"(exports, module) {
    "use strict";
    var interpolate = require_lib();
    var tokenize = require_lib2();
    var isString = require_is_string2();
    function format(str) {
      var args;
      var i;
      if (!isString(str)) {
        throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.", str));
      }
      args = [tokenize(str)];
      for (i = 1; i < arguments.length; i++) {
        args.push(arguments[i]);
      }
      return interpolate.apply(null, args);
    }
    module.exports = format;
  }
});

// node_modules/@stdlib/string-format/lib/index.js
var require_lib3 = __commonJS({
  "node_modules/@stdlib/string-format/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main3();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-define-property/lib/polyfill.js
var require_polyfill = __commonJS({
  "node_modules/@stdlib/utils-define-property/lib/polyfill.js"(exports, module) {
    "use strict";
    var format = require_lib3();
    var objectProtoype = Object.prototype;
    var toStr = objectProtoype.toString;
    var defineGetter = objectProtoype.__defineGetter__;
    var defineSetter = objectProtoype.__defineSetter__;
    var lookupGetter = objectProtoype.__lookupGetter__;
    var lookupSetter = objectProtoype.__lookupSetter__;
    function defineProperty(obj, prop, descriptor) {
      var prototype;
      var hasValue;
      var hasGet;
      var hasSet;
      if (typeof obj !== "object" || obj === null || toStr.call(obj) === "[object Array]") {
        throw new TypeError(format("invalid argument. First argument must be an object. Value: `%s`.", obj));
      }
      if (typeof descriptor !== "object" || descriptor === null || toStr.call(descriptor) === "[object Array]") {
        throw new TypeError(format("invalid argument. Property descriptor must be an object. Value: `%s`.", descriptor));
      }
      hasValue = "value" in descriptor;
      if (hasValue) {
        if (lookupGetter.call(obj, prop) || lookupSetter.call(obj, prop)) {
          prototype = obj.__proto__;
          obj.__proto__ = objectProtoype;
          delete obj[prop];
          obj[prop] = descriptor.value;
          obj.__proto__ = prototype;
        } else {
          obj[prop] = descriptor.value;
        }
      }
      hasGet = "get" in descriptor;
      hasSet = "set" in descriptor;
      if (hasValue && (hasGet || hasSet)) {
        throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");
      }
      if (hasGet && defineGetter) {
        defineGetter.call(obj, prop, descriptor.get);
      }
      if (hasSet && defineSetter) {
        defineSetter.call(obj, prop, descriptor.set);
      }
      return obj;
    }
    module.exports = defineProperty;
  }
});

// node_modules/@stdlib/utils-define-property/lib/index.js
var require_lib4 = __commonJS({
  "node_modules/@stdlib/utils-define-property/lib/index.js"(exports, module) {
    "use strict";
    var hasDefinePropertySupport = require_has_define_property_support();
    var builtin = require_builtin();
    var polyfill = require_polyfill();
    var defineProperty;
    if (hasDefinePropertySupport()) {
      defineProperty = builtin;
    } else {
      defineProperty = polyfill;
    }
    module.exports = defineProperty;
  }
});

// node_modules/@stdlib/utils-define-nonenumerable-read-only-property/lib/main.js
var require_main4 = __commonJS({
  "node_modules/@stdlib/utils-define-nonenumerable-read-only-property/lib/main.js"(exports, module) {
    "use strict";
    var defineProperty = require_lib4();
    function setNonEnumerableReadOnly(obj, prop, value) {
      defineProperty(obj, prop, {
        "configurable": false,
        "enumerable": false,
        "writable": false,
        "value": value
      });
    }
    module.exports = setNonEnumerableReadOnly;
  }
});

// node_modules/@stdlib/utils-define-nonenumerable-read-only-property/lib/index.js
var require_lib5 = __commonJS({
  "node_modules/@stdlib/utils-define-nonenumerable-read-only-property/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main4();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-define-nonenumerable-read-only-accessor/lib/main.js
var require_main5 = __commonJS({
  "node_modules/@stdlib/utils-define-nonenumerable-read-only-accessor/lib/main.js"(exports, module) {
    "use strict";
    var defineProperty = require_lib4();
    function setNonEnumerableReadOnlyAccessor(obj, prop, getter) {
      defineProperty(obj, prop, {
        "configurable": false,
        "enumerable": false,
        "get": getter
      });
    }
    module.exports = setNonEnumerableReadOnlyAccessor;
  }
});

// node_modules/@stdlib/utils-define-nonenumerable-read-only-accessor/lib/index.js
var require_lib6 = __commonJS({
  "node_modules/@stdlib/utils-define-nonenumerable-read-only-accessor/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main5();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-define-nonenumerable-read-write-accessor/lib/main.js
var require_main6 = __commonJS({
  "node_modules/@stdlib/utils-define-nonenumerable-read-write-accessor/lib/main.js"(exports, module) {
    "use strict";
    var defineProperty = require_lib4();
    function setNonEnumerableReadWriteAccessor(obj, prop, getter, setter) {
      defineProperty(obj, prop, {
        "configurable": false,
        "enumerable": false,
        "get": getter,
        "set": setter
      });
    }
    module.exports = setNonEnumerableReadWriteAccessor;
  }
});

// node_modules/@stdlib/utils-define-nonenumerable-read-write-accessor/lib/index.js
var require_lib7 = __commonJS({
  "node_modules/@stdlib/utils-define-nonenumerable-read-write-accessor/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main6();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-own-property/lib/main.js
var require_main7 = __commonJS({
  "node_modules/@stdlib/assert-has-own-property/lib/main.js"(exports, module) {
    "use strict";
    var has = Object.prototype.hasOwnProperty;
    function hasOwnProp(value, property) {
      if (value === void 0 || value === null) {
        return false;
      }
      return has.call(value, property);
    }
    module.exports = hasOwnProp;
  }
});

// node_modules/@stdlib/assert-has-own-property/lib/index.js
var require_lib8 = __commonJS({
  "node_modules/@stdlib/assert-has-own-property/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main7();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-symbol-support/lib/main.js
var require_main8 = __commonJS({
  "node_modules/@stdlib/assert-has-symbol-support/lib/main.js"(exports, module) {
    "use strict";
    function hasSymbolSupport() {
      return typeof Symbol === "function" && typeof /* @__PURE__ */ Symbol("foo") === "symbol";
    }
    module.exports = hasSymbolSupport;
  }
});

// node_modules/@stdlib/assert-has-symbol-support/lib/index.js
var require_lib9 = __commonJS({
  "node_modules/@stdlib/assert-has-symbol-support/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main8();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-tostringtag-support/lib/main.js
var require_main9 = __commonJS({
  "node_modules/@stdlib/assert-has-tostringtag-support/lib/main.js"(exports, module) {
    "use strict";
    var hasSymbols = require_lib9();
    var FLG = hasSymbols();
    function hasToStringTagSupport() {
      return FLG && typeof Symbol.toStringTag === "symbol";
    }
    module.exports = hasToStringTagSupport;
  }
});

// node_modules/@stdlib/assert-has-tostringtag-support/lib/index.js
var require_lib10 = __commonJS({
  "node_modules/@stdlib/assert-has-tostringtag-support/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main9();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-native-class/lib/tostring.js
var require_tostring = __commonJS({
  "node_modules/@stdlib/utils-native-class/lib/tostring.js"(exports, module) {
    "use strict";
    var toStr = Object.prototype.toString;
    module.exports = toStr;
  }
});

// node_modules/@stdlib/utils-native-class/lib/main.js
var require_main10 = __commonJS({
  "node_modules/@stdlib/utils-native-class/lib/main.js"(exports, module) {
    "use strict";
    var toStr = require_tostring();
    function nativeClass(v) {
      return toStr.call(v);
    }
    module.exports = nativeClass;
  }
});

// node_modules/@stdlib/symbol-ctor/lib/main.js
var require_main11 = __commonJS({
  "node_modules/@stdlib/symbol-ctor/lib/main.js"(exports, module) {
    "use strict";
    var Sym = typeof Symbol === "function" ? Symbol : void 0;
    module.exports = Sym;
  }
});

// node_modules/@stdlib/symbol-ctor/lib/index.js
var require_lib11 = __commonJS({
  "node_modules/@stdlib/symbol-ctor/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main11();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-native-class/lib/tostringtag.js
var require_tostringtag = __commonJS({
  "node_modules/@stdlib/utils-native-class/lib/tostringtag.js"(exports, module) {
    "use strict";
    var Symbol2 = require_lib11();
    var toStrTag = typeof Symbol2 === "function" ? Symbol2.toStringTag : "";
    module.exports = toStrTag;
  }
});

// node_modules/@stdlib/utils-native-class/lib/polyfill.js
var require_polyfill2 = __commonJS({
  "node_modules/@stdlib/utils-native-class/lib/polyfill.js"(exports, module) {
    "use strict";
    var hasOwnProp = require_lib8();
    var toStringTag = require_tostringtag();
    var toStr = require_tostring();
    function nativeClass(v) {
      var isOwn;
      var tag;
      var out;
      if (v === null || v === void 0) {
        return toStr.call(v);
      }
      tag = v[toStringTag];
      isOwn = hasOwnProp(v, toStringTag);
      try {
        v[toStringTag] = void 0;
      } catch (err) {
        return toStr.call(v);
      }
      out = toStr.call(v);
      if (isOwn) {
        v[toStringTag] = tag;
      } else {
        delete v[toStringTag];
      }
      return out;
    }
    module.exports = nativeClass;
  }
});

// node_modules/@stdlib/utils-native-class/lib/index.js
var require_lib12 = __commonJS({
  "node_modules/@stdlib/utils-native-class/lib/index.js"(exports, module) {
    "use strict";
    var hasToStringTag = require_lib10();
    var builtin = require_main10();
    var polyfill = require_polyfill2();
    var main;
    if (hasToStringTag()) {
      main = polyfill;
    } else {
      main = builtin;
    }
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-array/lib/main.js
var require_main12 = __commonJS({
  "node_modules/@stdlib/assert-is-array/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib12();
    var f;
    function isArray(value) {
      return nativeClass(value) === "[object Array]";
    }
    if (Array.isArray) {
      f = Array.isArray;
    } else {
      f = isArray;
    }
    module.exports = f;
  }
});

// node_modules/@stdlib/assert-is-array/lib/index.js
var require_lib13 = __commonJS({
  "node_modules/@stdlib/assert-is-array/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main12();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-object/lib/main.js
var require_main13 = __commonJS({
  "node_modules/@stdlib/assert-is-object/lib/main.js"(exports, module) {
    "use strict";
    var isArray = require_lib13();
    function isObject(value) {
      return typeof value === "object" && value !== null && !isArray(value);
    }
    module.exports = isObject;
  }
});

// node_modules/@stdlib/assert-is-object/lib/index.js
var require_lib14 = __commonJS({
  "node_modules/@stdlib/assert-is-object/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main13();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-type-of/lib/fixtures/re.js
var require_re = __commonJS({
  "node_modules/@stdlib/utils-type-of/lib/fixtures/re.js"(exports, module) {
    "use strict";
    var RE = /./;
    module.exports = RE;
  }
});

// node_modules/@stdlib/assert-is-boolean/lib/primitive.js
var require_primitive = __commonJS({
  "node_modules/@stdlib/assert-is-boolean/lib/primitive.js"(exports, module) {
    "use strict";
    function isBoolean(value) {
      return typeof value === "boolean";
    }
    module.exports = isBoolean;
  }
});

// node_modules/@stdlib/boolean-ctor/lib/main.js
var require_main14 = __commonJS({
  "node_modules/@stdlib/boolean-ctor/lib/main.js"(exports, module) {
    "use strict";
    var Bool = Boolean;
    module.exports = Bool;
  }
});

// node_modules/@stdlib/boolean-ctor/lib/index.js
var require_lib15 = __commonJS({
  "node_modules/@stdlib/boolean-ctor/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main14();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-boolean/lib/tostring.js
var require_tostring2 = __commonJS({
  "node_modules/@stdlib/assert-is-boolean/lib/tostring.js"(exports, module) {
    "use strict";
    var toString = Boolean.prototype.toString;
    module.exports = toString;
  }
});

// node_modules/@stdlib/assert-is-boolean/lib/try2serialize.js
var require_try2serialize = __commonJS({
  "node_modules/@stdlib/assert-is-boolean/lib/try2serialize.js"(exports, module) {
    "use strict";
    var toString = require_tostring2();
    function test(value) {
      try {
        toString.call(value);
        return true;
      } catch (err) {
        return false;
      }
    }
    module.exports = test;
  }
});

// node_modules/@stdlib/assert-is-boolean/lib/object.js
var require_object = __commonJS({
  "node_modules/@stdlib/assert-is-boolean/lib/object.js"(exports, module) {
    "use strict";
    var hasToStringTag = require_lib10();
    var nativeClass = require_lib12();
    var Boolean2 = require_lib15();
    var test = require_try2serialize();
    var FLG = hasToStringTag();
    function isBoolean(value) {
      if (typeof value === "object") {
        if (value instanceof Boolean2) {
          return true;
        }
        if (FLG) {
          return test(value);
        }
        return nativeClass(value) === "[object Boolean]";
      }
      return false;
    }
    module.exports = isBoolean;
  }
});

// node_modules/@stdlib/assert-is-boolean/lib/main.js
var require_main15 = __commonJS({
  "node_modules/@stdlib/assert-is-boolean/lib/main.js"(exports, module) {
    "use strict";
    var isPrimitive = require_primitive();
    var isObject = require_object();
    function isBoolean(value) {
      return isPrimitive(value) || isObject(value);
    }
    module.exports = isBoolean;
  }
});

// node_modules/@stdlib/assert-is-boolean/lib/index.js
var require_lib16 = __commonJS({
  "node_modules/@stdlib/assert-is-boolean/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var main = require_main15();
    var isPrimitive = require_primitive();
    var isObject = require_object();
    setReadOnly(main, "isPrimitive", isPrimitive);
    setReadOnly(main, "isObject", isObject);
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-global/lib/codegen.js
var require_codegen = __commonJS({
  "node_modules/@stdlib/utils-global/lib/codegen.js"(exports, module) {
    "use strict";
    function getGlobal() {
      return new Function("return this;")();
    }
    module.exports = getGlobal;
  }
});

// node_modules/@stdlib/utils-global/lib/self.js
var require_self = __commonJS({
  "node_modules/@stdlib/utils-global/lib/self.js"(exports, module) {
    "use strict";
    var obj = typeof self === "object" ? self : null;
    module.exports = obj;
  }
});

// node_modules/@stdlib/utils-global/lib/window.js
var require_window = __commonJS({
  "node_modules/@stdlib/utils-global/lib/window.js"(exports, module) {
    "use strict";
    var obj = typeof window === "object" ? window : null;
    module.exports = obj;
  }
});

// node_modules/@stdlib/utils-global/lib/global.js
var require_global = __commonJS({
  "node_modules/@stdlib/utils-global/lib/global.js"(exports, module) {
    "use strict";
    var obj = typeof global === "object" ? global : null;
    module.exports = obj;
  }
});

// node_modules/@stdlib/utils-global/lib/global_this.js
var require_global_this = __commonJS({
  "node_modules/@stdlib/utils-global/lib/global_this.js"(exports, module) {
    "use strict";
    var obj = typeof globalThis === "object" ? globalThis : null;
    module.exports = obj;
  }
});

// node_modules/@stdlib/utils-global/lib/main.js
var require_main16 = __commonJS({
  "node_modules/@stdlib/utils-global/lib/main.js"(exports, module) {
    "use strict";
    var isBoolean = require_lib16().isPrimitive;
    var format = require_lib3();
    var getThis = require_codegen();
    var Self = require_self();
    var Win = require_window();
    var Global = require_global();
    var GlobalThis = require_global_this();
    function getGlobal(codegen) {
      if (arguments.length) {
        if (!isBoolean(codegen)) {
          throw new TypeError(format("invalid argument. Must provide a boolean. Value: `%s`.", codegen));
        }
        if (codegen) {
          return getThis();
        }
      }
      if (GlobalThis) {
        return GlobalThis;
      }
      if (Self) {
        return Self;
      }
      if (Win) {
        return Win;
      }
      if (Global) {
        return Global;
      }
      throw new Error("unexpected error. Unable to resolve global object.");
    }
    module.exports = getGlobal;
  }
});

// node_modules/@stdlib/utils-global/lib/index.js
var require_lib17 = __commonJS({
  "node_modules/@stdlib/utils-global/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main16();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-type-of/lib/fixtures/nodelist.js
var require_nodelist = __commonJS({
  "node_modules/@stdlib/utils-type-of/lib/fixtures/nodelist.js"(exports, module) {
    "use strict";
    var getGlobal = require_lib17();
    var root = getGlobal();
    var nodeList = root.document && root.document.childNodes;
    module.exports = nodeList;
  }
});

// node_modules/@stdlib/utils-type-of/lib/fixtures/typedarray.js
var require_typedarray = __commonJS({
  "node_modules/@stdlib/utils-type-of/lib/fixtures/typedarray.js"(exports, module) {
    "use strict";
    var typedarray = Int8Array;
    module.exports = typedarray;
  }
});

// node_modules/@stdlib/utils-type-of/lib/check.js
var require_check = __commonJS({
  "node_modules/@stdlib/utils-type-of/lib/check.js"(exports, module) {
    "use strict";
    var RE = require_re();
    var nodeList = require_nodelist();
    var typedarray = require_typedarray();
    function check() {
      if (
        // Chrome 1-12 returns 'function' for regular expression instances (see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/typeof):
        typeof RE === "function" || // Safari 8 returns 'object' for typed array and weak map constructors (underscore #1929):
        typeof typedarray === "object" || // PhantomJS 1.9 returns 'function' for `NodeList` instances (underscore #2236):
        typeof nodeList === "function"
      ) {
        return true;
      }
      return false;
    }
    module.exports = check;
  }
});

// node_modules/@stdlib/regexp-function-name/lib/main.js
var require_main17 = __commonJS({
  "node_modules/@stdlib/regexp-function-name/lib/main.js"(exports, module) {
    "use strict";
    function reFunctionName() {
      return /^\s*function\s*([^(]*)/i;
    }
    module.exports = reFunctionName;
  }
});

// node_modules/@stdlib/regexp-function-name/lib/regexp.js
var require_regexp = __commonJS({
  "node_modules/@stdlib/regexp-function-name/lib/regexp.js"(exports, module) {
    "use strict";
    var reFunctionName = require_main17();
    var RE_FUNCTION_NAME = reFunctionName();
    module.exports = RE_FUNCTION_NAME;
  }
});

// node_modules/@stdlib/regexp-function-name/lib/index.js
var require_lib18 = __commonJS({
  "node_modules/@stdlib/regexp-function-name/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var main = require_main17();
    var REGEXP = require_regexp();
    setReadOnly(main, "REGEXP", REGEXP);
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-tools-array-function/lib/main.js
var require_main18 = __commonJS({
  "node_modules/@stdlib/assert-tools-array-function/lib/main.js"(exports, module) {
    "use strict";
    var isArray = require_lib13();
    var format = require_lib3();
    function arrayfcn(predicate) {
      if (typeof predicate !== "function") {
        throw new TypeError(format("invalid argument. Must provide a function. Value: `%s`.", predicate));
      }
      return every;
      function every(value) {
        var len;
        var i;
        if (!isArray(value)) {
          return false;
        }
        len = value.length;
        if (len === 0) {
          return false;
        }
        for (i = 0; i < len; i++) {
          if (predicate(value[i]) === false) {
            return false;
          }
        }
        return true;
      }
    }
    module.exports = arrayfcn;
  }
});

// node_modules/@stdlib/assert-tools-array-function/lib/index.js
var require_lib19 = __commonJS({
  "node_modules/@stdlib/assert-tools-array-function/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main18();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-object-like/lib/main.js
var require_main19 = __commonJS({
  "node_modules/@stdlib/assert-is-object-like/lib/main.js"(exports, module) {
    "use strict";
    function isObjectLike(value) {
      return value !== null && typeof value === "object";
    }
    module.exports = isObjectLike;
  }
});

// node_modules/@stdlib/assert-is-object-like/lib/index.js
var require_lib20 = __commonJS({
  "node_modules/@stdlib/assert-is-object-like/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var arrayfun = require_lib19();
    var main = require_main19();
    var isObjectLikeArray = arrayfun(main);
    setReadOnly(main, "isObjectLikeArray", isObjectLikeArray);
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-buffer/lib/main.js
var require_main20 = __commonJS({
  "node_modules/@stdlib/assert-is-buffer/lib/main.js"(exports, module) {
    "use strict";
    var isObjectLike = require_lib20();
    function isBuffer(value) {
      return isObjectLike(value) && // eslint-disable-next-line no-underscore-dangle
      (value._isBuffer || // for envs missing Object.prototype.constructor (e.g., Safari 5-7)
      value.constructor && // WARNING: `typeof` is not a foolproof check, as certain envs consider RegExp and NodeList instances to be functions
      typeof value.constructor.isBuffer === "function" && value.constructor.isBuffer(value));
    }
    module.exports = isBuffer;
  }
});

// node_modules/@stdlib/assert-is-buffer/lib/index.js
var require_lib21 = __commonJS({
  "node_modules/@stdlib/assert-is-buffer/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main20();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-constructor-name/lib/main.js
var require_main21 = __commonJS({
  "node_modules/@stdlib/utils-constructor-name/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib12();
    var RE = require_lib18().REGEXP;
    var isBuffer = require_lib21();
    function constructorName(v) {
      var match;
      var name;
      var ctor;
      name = nativeClass(v).slice(8, -1);
      if ((name === "Object" || name === "Error") && v.constructor) {
        ctor = v.constructor;
        if (typeof ctor.name === "string") {
          return ctor.name;
        }
        match = RE.exec(ctor.toString());
        if (match) {
          return match[1];
        }
      }
      if (isBuffer(v)) {
        return "Buffer";
      }
      return name;
    }
    module.exports = constructorName;
  }
});

// node_modules/@stdlib/utils-constructor-name/lib/index.js
var require_lib22 = __commonJS({
  "node_modules/@stdlib/utils-constructor-name/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main21();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-type-of/lib/main.js
var require_main22 = __commonJS({
  "node_modules/@stdlib/utils-type-of/lib/main.js"(exports, module) {
    "use strict";
    var ctorName = require_lib22();
    function typeOf(v) {
      var type;
      if (v === null) {
        return "null";
      }
      type = typeof v;
      if (type === "object") {
        return ctorName(v).toLowerCase();
      }
      return type;
    }
    module.exports = typeOf;
  }
});

// node_modules/@stdlib/utils-type-of/lib/polyfill.js
var require_polyfill3 = __commonJS({
  "node_modules/@stdlib/utils-type-of/lib/polyfill.js"(exports, module) {
    "use strict";
    var ctorName = require_lib22();
    function typeOf(v) {
      return ctorName(v).toLowerCase();
    }
    module.exports = typeOf;
  }
});

// node_modules/@stdlib/utils-type-of/lib/index.js
var require_lib23 = __commonJS({
  "node_modules/@stdlib/utils-type-of/lib/index.js"(exports, module) {
    "use strict";
    var usePolyfill = require_check();
    var builtin = require_main22();
    var polyfill = require_polyfill3();
    var main = usePolyfill() ? polyfill : builtin;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-function/lib/main.js
var require_main23 = __commonJS({
  "node_modules/@stdlib/assert-is-function/lib/main.js"(exports, module) {
    "use strict";
    var typeOf = require_lib23();
    function isFunction(value) {
      return typeOf(value) === "function";
    }
    module.exports = isFunction;
  }
});

// node_modules/@stdlib/assert-is-function/lib/index.js
var require_lib24 = __commonJS({
  "node_modules/@stdlib/assert-is-function/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main23();
    module.exports = main;
  }
});

// node_modules/@stdlib/object-ctor/lib/main.js
var require_main24 = __commonJS({
  "node_modules/@stdlib/object-ctor/lib/main.js"(exports, module) {
    "use strict";
    var Obj = Object;
    module.exports = Obj;
  }
});

// node_modules/@stdlib/object-ctor/lib/index.js
var require_lib25 = __commonJS({
  "node_modules/@stdlib/object-ctor/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main24();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-get-prototype-of/lib/native.js
var require_native = __commonJS({
  "node_modules/@stdlib/utils-get-prototype-of/lib/native.js"(exports, module) {
    "use strict";
    var getProto = Object.getPrototypeOf;
    module.exports = getProto;
  }
});

// node_modules/@stdlib/utils-get-prototype-of/lib/proto.js
var require_proto = __commonJS({
  "node_modules/@stdlib/utils-get-prototype-of/lib/proto.js"(exports, module) {
    "use strict";
    function getProto(obj) {
      return obj.__proto__;
    }
    module.exports = getProto;
  }
});

// node_modules/@stdlib/utils-get-prototype-of/lib/polyfill.js
var require_polyfill4 = __commonJS({
  "node_modules/@stdlib/utils-get-prototype-of/lib/polyfill.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib12();
    var Object2 = require_lib25();
    var getProto = require_proto();
    function getPrototypeOf(obj) {
      var proto = getProto(obj);
      if (proto || proto === null) {
        return proto;
      }
      if (nativeClass(obj.constructor) === "[object Function]") {
        return obj.constructor.prototype;
      }
      if (obj instanceof Object2) {
        return Object2.prototype;
      }
      return null;
    }
    module.exports = getPrototypeOf;
  }
});

// node_modules/@stdlib/utils-get-prototype-of/lib/detect.js
var require_detect = __commonJS({
  "node_modules/@stdlib/utils-get-prototype-of/lib/detect.js"(exports, module) {
    "use strict";
    var isFunction = require_lib24();
    var builtin = require_native();
    var polyfill = require_polyfill4();
    var getProto;
    if (isFunction(Object.getPrototypeOf)) {
      getProto = builtin;
    } else {
      getProto = polyfill;
    }
    module.exports = getProto;
  }
});

// node_modules/@stdlib/utils-get-prototype-of/lib/main.js
var require_main25 = __commonJS({
  "node_modules/@stdlib/utils-get-prototype-of/lib/main.js"(exports, module) {
    "use strict";
    var Object2 = require_lib25();
    var getProto = require_detect();
    function getPrototypeOf(value) {
      if (value === null || value === void 0) {
        return null;
      }
      value = Object2(value);
      return getProto(value);
    }
    module.exports = getPrototypeOf;
  }
});

// node_modules/@stdlib/utils-get-prototype-of/lib/index.js
var require_lib26 = __commonJS({
  "node_modules/@stdlib/utils-get-prototype-of/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main25();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-plain-object/lib/main.js
var require_main26 = __commonJS({
  "node_modules/@stdlib/assert-is-plain-object/lib/main.js"(exports, module) {
    "use strict";
    var isObject = require_lib14();
    var isFunction = require_lib24();
    var getPrototypeOf = require_lib26();
    var hasOwnProp = require_lib8();
    var nativeClass = require_lib12();
    var objectPrototype = Object.prototype;
    function ownProps(obj) {
      var key;
      for (key in obj) {
        if (!hasOwnProp(obj, key)) {
          return false;
        }
      }
      return true;
    }
    function isPlainObject(value) {
      var proto;
      if (!isObject(value)) {
        return false;
      }
      proto = getPrototypeOf(value);
      if (!proto) {
        return true;
      }
      return (
        // Cannot have own `constructor` property:
        !hasOwnProp(value, "constructor") && // Prototype `constructor` property must be a function (see also https://bugs.jquery.com/ticket/9897 and http://stackoverflow.com/questions/18531624/isplainobject-thing):
        hasOwnProp(proto, "constructor") && isFunction(proto.constructor) && nativeClass(proto.constructor) === "[object Function]" && // Test for object-specific method:
        hasOwnProp(proto, "isPrototypeOf") && isFunction(proto.isPrototypeOf) && // Test if the prototype matches the global `Object` prototype (same realm):
        (proto === objectPrototype || // Test that all properties are own properties (cross-realm; *most* likely a plain object):
        ownProps(value))
      );
    }
    module.exports = isPlainObject;
  }
});

// node_modules/@stdlib/assert-is-plain-object/lib/index.js
var require_lib27 = __commonJS({
  "node_modules/@stdlib/assert-is-plain-object/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main26();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-floor/lib/main.js
var require_main27 = __commonJS({
  "node_modules/@stdlib/math-base-special-floor/lib/main.js"(exports, module) {
    "use strict";
    var floor = Math.floor;
    module.exports = floor;
  }
});

// node_modules/@stdlib/math-base-special-floor/lib/index.js
var require_lib28 = __commonJS({
  "node_modules/@stdlib/math-base-special-floor/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main27();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-assert-is-integer/lib/main.js
var require_main28 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-integer/lib/main.js"(exports, module) {
    "use strict";
    var floor = require_lib28();
    function isInteger(x) {
      return floor(x) === x;
    }
    module.exports = isInteger;
  }
});

// node_modules/@stdlib/math-base-assert-is-integer/lib/index.js
var require_lib29 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-integer/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main28();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-array-max-typed-array-length/lib/index.js
var require_lib30 = __commonJS({
  "node_modules/@stdlib/constants-array-max-typed-array-length/lib/index.js"(exports, module) {
    "use strict";
    var MAX_TYPED_ARRAY_LENGTH = 9007199254740991;
    module.exports = MAX_TYPED_ARRAY_LENGTH;
  }
});

// node_modules/@stdlib/assert-is-collection/lib/main.js
var require_main29 = __commonJS({
  "node_modules/@stdlib/assert-is-collection/lib/main.js"(exports, module) {
    "use strict";
    var isInteger = require_lib29();
    var MAX_LENGTH = require_lib30();
    function isCollection(value) {
      return typeof value === "object" && value !== null && typeof value.length === "number" && isInteger(value.length) && value.length >= 0 && value.length <= MAX_LENGTH;
    }
    module.exports = isCollection;
  }
});

// node_modules/@stdlib/assert-is-collection/lib/index.js
var require_lib31 = __commonJS({
  "node_modules/@stdlib/assert-is-collection/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main29();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-uint32array/lib/main.js
var require_main30 = __commonJS({
  "node_modules/@stdlib/assert-is-uint32array/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib12();
    var hasUint32Array = typeof Uint32Array === "function";
    function isUint32Array(value) {
      return hasUint32Array && value instanceof Uint32Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Uint32Array]";
    }
    module.exports = isUint32Array;
  }
});

// node_modules/@stdlib/assert-is-uint32array/lib/index.js
var require_lib32 = __commonJS({
  "node_modules/@stdlib/assert-is-uint32array/lib/index.js"(exports, module) {
    "use strict";
    var isUint32Array = require_main30();
    module.exports = isUint32Array;
  }
});

// node_modules/@stdlib/assert-is-number/lib/primitive.js
var require_primitive2 = __commonJS({
  "node_modules/@stdlib/assert-is-number/lib/primitive.js"(exports, module) {
    "use strict";
    function isNumber(value) {
      return typeof value === "number";
    }
    module.exports = isNumber;
  }
});

// node_modules/@stdlib/number-ctor/lib/main.js
var require_main31 = __commonJS({
  "node_modules/@stdlib/number-ctor/lib/main.js"(exports, module) {
    "use strict";
    module.exports = Number;
  }
});

// node_modules/@stdlib/number-ctor/lib/index.js
var require_lib33 = __commonJS({
  "node_modules/@stdlib/number-ctor/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main31();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-number/lib/tostring.js
var require_tostring3 = __commonJS({
  "node_modules/@stdlib/assert-is-number/lib/tostring.js"(exports, module) {
    "use strict";
    var Number2 = require_lib33();
    var toString = Number2.prototype.toString;
    module.exports = toString;
  }
});

// node_modules/@stdlib/assert-is-number/lib/try2serialize.js
var require_try2serialize2 = __commonJS({
  "node_modules/@stdlib/assert-is-number/lib/try2serialize.js"(exports, module) {
    "use strict";
    var toString = require_tostring3();
    function test(value) {
      try {
        toString.call(value);
        return true;
      } catch (err) {
        return false;
      }
    }
    module.exports = test;
  }
});

// node_modules/@stdlib/assert-is-number/lib/object.js
var require_object2 = __commonJS({
  "node_modules/@stdlib/assert-is-number/lib/object.js"(exports, module) {
    "use strict";
    var hasToStringTag = require_lib10();
    var nativeClass = require_lib12();
    var Number2 = require_lib33();
    var test = require_try2serialize2();
    var FLG = hasToStringTag();
    function isNumber(value) {
      if (typeof value === "object") {
        if (value instanceof Number2) {
          return true;
        }
        if (FLG) {
          return test(value);
        }
        return nativeClass(value) === "[object Number]";
      }
      return false;
    }
    module.exports = isNumber;
  }
});

// node_modules/@stdlib/assert-is-number/lib/main.js
var require_main32 = __commonJS({
  "node_modules/@stdlib/assert-is-number/lib/main.js"(exports, module) {
    "use strict";
    var isPrimitive = require_primitive2();
    var isObject = require_object2();
    function isNumber(value) {
      return isPrimitive(value) || isObject(value);
    }
    module.exports = isNumber;
  }
});

// node_modules/@stdlib/assert-is-number/lib/index.js
var require_lib34 = __commonJS({
  "node_modules/@stdlib/assert-is-number/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var main = require_main32();
    var isPrimitive = require_primitive2();
    var isObject = require_object2();
    setReadOnly(main, "isPrimitive", isPrimitive);
    setReadOnly(main, "isObject", isObject);
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-pinf/lib/index.js
var require_lib35 = __commonJS({
  "node_modules/@stdlib/constants-float64-pinf/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_PINF = Number.POSITIVE_INFINITY;
    module.exports = FLOAT64_PINF;
  }
});

// node_modules/@stdlib/constants-float64-ninf/lib/index.js
var require_lib36 = __commonJS({
  "node_modules/@stdlib/constants-float64-ninf/lib/index.js"(exports, module) {
    "use strict";
    var Number2 = require_lib33();
    var FLOAT64_NINF = Number2.NEGATIVE_INFINITY;
    module.exports = FLOAT64_NINF;
  }
});

// node_modules/@stdlib/assert-is-integer/lib/integer.js
var require_integer = __commonJS({
  "node_modules/@stdlib/assert-is-integer/lib/integer.js"(exports, module) {
    "use strict";
    var PINF = require_lib35();
    var NINF = require_lib36();
    var isInt = require_lib29();
    function isInteger(value) {
      return value < PINF && value > NINF && isInt(value);
    }
    module.exports = isInteger;
  }
});

// node_modules/@stdlib/assert-is-integer/lib/primitive.js
var require_primitive3 = __commonJS({
  "node_modules/@stdlib/assert-is-integer/lib/primitive.js"(exports, module) {
    "use strict";
    var isNumber = require_lib34().isPrimitive;
    var isInt = require_integer();
    function isInteger(value) {
      return isNumber(value) && isInt(value);
    }
    module.exports = isInteger;
  }
});

// node_modules/@stdlib/assert-is-integer/lib/object.js
var require_object3 = __commonJS({
  "node_modules/@stdlib/assert-is-integer/lib/object.js"(exports, module) {
    "use strict";
    var isNumber = require_lib34().isObject;
    var isInt = require_integer();
    function isInteger(value) {
      return isNumber(value) && isInt(value.valueOf());
    }
    module.exports = isInteger;
  }
});

// node_modules/@stdlib/assert-is-integer/lib/main.js
var require_main33 = __commonJS({
  "node_modules/@stdlib/assert-is-integer/lib/main.js"(exports, module) {
    "use strict";
    var isPrimitive = require_primitive3();
    var isObject = require_object3();
    function isInteger(value) {
      return isPrimitive(value) || isObject(value);
    }
    module.exports = isInteger;
  }
});

// node_modules/@stdlib/assert-is-integer/lib/index.js
var require_lib37 = __commonJS({
  "node_modules/@stdlib/assert-is-integer/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var main = require_main33();
    var isPrimitive = require_primitive3();
    var isObject = require_object3();
    setReadOnly(main, "isPrimitive", isPrimitive);
    setReadOnly(main, "isObject", isObject);
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-positive-integer/lib/primitive.js
var require_primitive4 = __commonJS({
  "node_modules/@stdlib/assert-is-positive-integer/lib/primitive.js"(exports, module) {
    "use strict";
    var isInteger = require_lib37().isPrimitive;
    function isPositiveInteger(value) {
      return isInteger(value) && value > 0;
    }
    module.exports = isPositiveInteger;
  }
});

// node_modules/@stdlib/assert-is-positive-integer/lib/object.js
var require_object4 = __commonJS({
  "node_modules/@stdlib/assert-is-positive-integer/lib/object.js"(exports, module) {
    "use strict";
    var isInteger = require_lib37().isObject;
    function isPositiveInteger(value) {
      return isInteger(value) && value.valueOf() > 0;
    }
    module.exports = isPositiveInteger;
  }
});

// node_modules/@stdlib/assert-is-positive-integer/lib/main.js
var require_main34 = __commonJS({
  "node_modules/@stdlib/assert-is-positive-integer/lib/main.js"(exports, module) {
    "use strict";
    var isPrimitive = require_primitive4();
    var isObject = require_object4();
    function isPositiveInteger(value) {
      return isPrimitive(value) || isObject(value);
    }
    module.exports = isPositiveInteger;
  }
});

// node_modules/@stdlib/assert-is-positive-integer/lib/index.js
var require_lib38 = __commonJS({
  "node_modules/@stdlib/assert-is-positive-integer/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var main = require_main34();
    var isPrimitive = require_primitive4();
    var isObject = require_object4();
    setReadOnly(main, "isPrimitive", isPrimitive);
    setReadOnly(main, "isObject", isObject);
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-max-safe-integer/lib/index.js
var require_lib39 = __commonJS({
  "node_modules/@stdlib/constants-float64-max-safe-integer/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_MAX_SAFE_INTEGER = 9007199254740991;
    module.exports = FLOAT64_MAX_SAFE_INTEGER;
  }
});

// node_modules/@stdlib/constants-uint32-max/lib/index.js
var require_lib40 = __commonJS({
  "node_modules/@stdlib/constants-uint32-max/lib/index.js"(exports, module) {
    "use strict";
    var UINT32_MAX = 4294967295;
    module.exports = UINT32_MAX;
  }
});

// node_modules/@stdlib/assert-has-uint32array-support/lib/uint32array.js
var require_uint32array = __commonJS({
  "node_modules/@stdlib/assert-has-uint32array-support/lib/uint32array.js"(exports, module) {
    "use strict";
    var main = typeof Uint32Array === "function" ? Uint32Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-uint32array-support/lib/main.js
var require_main35 = __commonJS({
  "node_modules/@stdlib/assert-has-uint32array-support/lib/main.js"(exports, module) {
    "use strict";
    var isUint32Array = require_lib32();
    var UINT32_MAX = require_lib40();
    var GlobalUint32Array = require_uint32array();
    function hasUint32ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalUint32Array !== "function") {
        return false;
      }
      try {
        arr = [1, 3.14, -3.14, UINT32_MAX + 1, UINT32_MAX + 2];
        arr = new GlobalUint32Array(arr);
        bool = isUint32Array(arr) && arr[0] === 1 && arr[1] === 3 && // truncation
        arr[2] === UINT32_MAX - 2 && // truncation and wrap around
        arr[3] === 0 && // wrap around
        arr[4] === 1;
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasUint32ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-uint32array-support/lib/index.js
var require_lib41 = __commonJS({
  "node_modules/@stdlib/assert-has-uint32array-support/lib/index.js"(exports, module) {
    "use strict";
    var hasUint32ArraySupport = require_main35();
    module.exports = hasUint32ArraySupport;
  }
});

// node_modules/@stdlib/array-uint32/lib/main.js
var require_main36 = __commonJS({
  "node_modules/@stdlib/array-uint32/lib/main.js"(exports, module) {
    "use strict";
    var ctor = typeof Uint32Array === "function" ? Uint32Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-uint32/lib/polyfill.js
var require_polyfill5 = __commonJS({
  "node_modules/@stdlib/array-uint32/lib/polyfill.js"(exports, module) {
    "use strict";
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-uint32/lib/index.js
var require_lib42 = __commonJS({
  "node_modules/@stdlib/array-uint32/lib/index.js"(exports, module) {
    "use strict";
    var hasUint32ArraySupport = require_lib41();
    var builtin = require_main36();
    var polyfill = require_polyfill5();
    var ctor;
    if (hasUint32ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/math-base-assert-is-positive-zero/lib/main.js
var require_main37 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-positive-zero/lib/main.js"(exports, module) {
    "use strict";
    var PINF = require_lib35();
    function isPositiveZero(x) {
      return x === 0 && 1 / x === PINF;
    }
    module.exports = isPositiveZero;
  }
});

// node_modules/@stdlib/math-base-assert-is-positive-zero/lib/index.js
var require_lib43 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-positive-zero/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main37();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-assert-is-nan/lib/main.js
var require_main38 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-nan/lib/main.js"(exports, module) {
    "use strict";
    function isnan(x) {
      return x !== x;
    }
    module.exports = isnan;
  }
});

// node_modules/@stdlib/math-base-assert-is-nan/lib/index.js
var require_lib44 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-nan/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main38();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-max/lib/main.js
var require_main39 = __commonJS({
  "node_modules/@stdlib/math-base-special-max/lib/main.js"(exports, module) {
    "use strict";
    var isPositiveZero = require_lib43();
    var isnan = require_lib44();
    var PINF = require_lib35();
    function max(x, y) {
      if (isnan(x) || isnan(y)) {
        return NaN;
      }
      if (x === PINF || y === PINF) {
        return PINF;
      }
      if (x === y && x === 0) {
        if (isPositiveZero(x)) {
          return x;
        }
        return y;
      }
      if (x > y) {
        return x;
      }
      return y;
    }
    module.exports = max;
  }
});

// node_modules/@stdlib/math-base-special-max/lib/index.js
var require_lib45 = __commonJS({
  "node_modules/@stdlib/math-base-special-max/lib/index.js"(exports, module) {
    "use strict";
    var max = require_main39();
    module.exports = max;
  }
});

// node_modules/@stdlib/number-uint32-base-mul/lib/main.js
var require_main40 = __commonJS({
  "node_modules/@stdlib/number-uint32-base-mul/lib/main.js"(exports, module) {
    "use strict";
    var LOW_WORD_MASK = 65535 >>> 0;
    function mul(a, b) {
      var lbits;
      var mbits;
      var ha;
      var hb;
      var la;
      var lb;
      a >>>= 0;
      b >>>= 0;
      ha = a >>> 16 >>> 0;
      hb = b >>> 16 >>> 0;
      la = (a & LOW_WORD_MASK) >>> 0;
      lb = (b & LOW_WORD_MASK) >>> 0;
      lbits = la * lb >>> 0;
      mbits = ha * lb + la * hb << 16 >>> 0;
      return lbits + mbits >>> 0;
    }
    module.exports = mul;
  }
});

// node_modules/@stdlib/number-uint32-base-mul/lib/index.js
var require_lib46 = __commonJS({
  "node_modules/@stdlib/number-uint32-base-mul/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main40();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-base-assert-is-accessor-array/lib/main.js
var require_main41 = __commonJS({
  "node_modules/@stdlib/array-base-assert-is-accessor-array/lib/main.js"(exports, module) {
    "use strict";
    var TYPE = "function";
    function isAccessorArray(value) {
      return typeof value.get === TYPE && typeof value.set === TYPE;
    }
    module.exports = isAccessorArray;
  }
});

// node_modules/@stdlib/array-base-assert-is-accessor-array/lib/index.js
var require_lib47 = __commonJS({
  "node_modules/@stdlib/array-base-assert-is-accessor-array/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main41();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-base-getter/lib/main.js
var require_main42 = __commonJS({
  "node_modules/@stdlib/array-base-getter/lib/main.js"(exports, module) {
    "use strict";
    var GETTERS = {
      "float64": getFloat64,
      "float32": getFloat32,
      "int32": getInt32,
      "int16": getInt16,
      "int8": getInt8,
      "uint32": getUint32,
      "uint16": getUint16,
      "uint8": getUint8,
      "uint8c": getUint8c,
      "generic": getGeneric,
      "default": getArrayLike
    };
    function getFloat64(arr, idx) {
      return arr[idx];
    }
    function getFloat32(arr, idx) {
      return arr[idx];
    }
    function getInt32(arr, idx) {
      return arr[idx];
    }
    function getInt16(arr, idx) {
      return arr[idx];
    }
    function getInt8(arr, idx) {
      return arr[idx];
    }
    function getUint32(arr, idx) {
      return arr[idx];
    }
    function getUint16(arr, idx) {
      return arr[idx];
    }
    function getUint8(arr, idx) {
      return arr[idx];
    }
    function getUint8c(arr, idx) {
      return arr[idx];
    }
    function getGeneric(arr, idx) {
      return arr[idx];
    }
    function getArrayLike(arr, idx) {
      return arr[idx];
    }
    function getter(dtype) {
      var f = GETTERS[dtype];
      if (typeof f === "function") {
        return f;
      }
      return GETTERS.default;
    }
    module.exports = getter;
  }
});

// node_modules/@stdlib/array-base-getter/lib/index.js
var require_lib48 = __commonJS({
  "node_modules/@stdlib/array-base-getter/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main42();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-base-setter/lib/main.js
var require_main43 = __commonJS({
  "node_modules/@stdlib/array-base-setter/lib/main.js"(exports, module) {
    "use strict";
    var SETTERS = {
      "float64": setFloat64,
      "float32": setFloat32,
      "int32": setInt32,
      "int16": setInt16,
      "int8": setInt8,
      "uint32": setUint32,
      "uint16": setUint16,
      "uint8": setUint8,
      "uint8c": setUint8c,
      "generic": setGeneric,
      "default": setArrayLike
    };
    function setFloat64(arr, idx, value) {
      arr[idx] = value;
    }
    function setFloat32(arr, idx, value) {
      arr[idx] = value;
    }
    function setInt32(arr, idx, value) {
      arr[idx] = value;
    }
    function setInt16(arr, idx, value) {
      arr[idx] = value;
    }
    function setInt8(arr, idx, value) {
      arr[idx] = value;
    }
    function setUint32(arr, idx, value) {
      arr[idx] = value;
    }
    function setUint16(arr, idx, value) {
      arr[idx] = value;
    }
    function setUint8(arr, idx, value) {
      arr[idx] = value;
    }
    function setUint8c(arr, idx, value) {
      arr[idx] = value;
    }
    function setGeneric(arr, idx, value) {
      arr[idx] = value;
    }
    function setArrayLike(arr, idx, value) {
      arr[idx] = value;
    }
    function setter(dtype) {
      var f = SETTERS[dtype];
      if (typeof f === "function") {
        return f;
      }
      return SETTERS.default;
    }
    module.exports = setter;
  }
});

// node_modules/@stdlib/array-base-setter/lib/index.js
var require_lib49 = __commonJS({
  "node_modules/@stdlib/array-base-setter/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main43();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-base-accessor-getter/lib/main.js
var require_main44 = __commonJS({
  "node_modules/@stdlib/array-base-accessor-getter/lib/main.js"(exports, module) {
    "use strict";
    var GETTERS = {
      "complex128": getComplex128,
      "complex64": getComplex64,
      "default": getArrayLike
    };
    function getComplex128(arr, idx) {
      return arr.get(idx);
    }
    function getComplex64(arr, idx) {
      return arr.get(idx);
    }
    function getArrayLike(arr, idx) {
      return arr.get(idx);
    }
    function getter(dtype) {
      var f = GETTERS[dtype];
      if (typeof f === "function") {
        return f;
      }
      return GETTERS.default;
    }
    module.exports = getter;
  }
});

// node_modules/@stdlib/array-base-accessor-getter/lib/index.js
var require_lib50 = __commonJS({
  "node_modules/@stdlib/array-base-accessor-getter/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main44();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-base-accessor-setter/lib/main.js
var require_main45 = __commonJS({
  "node_modules/@stdlib/array-base-accessor-setter/lib/main.js"(exports, module) {
    "use strict";
    var SETTERS = {
      "complex128": setComplex128,
      "complex64": setComplex64,
      "default": setArrayLike
    };
    function setComplex128(arr, idx, value) {
      arr.set(value, idx);
    }
    function setComplex64(arr, idx, value) {
      arr.set(value, idx);
    }
    function setArrayLike(arr, idx, value) {
      arr.set(value, idx);
    }
    function setter(dtype) {
      var f = SETTERS[dtype];
      if (typeof f === "function") {
        return f;
      }
      return SETTERS.default;
    }
    module.exports = setter;
  }
});

// node_modules/@stdlib/array-base-accessor-setter/lib/index.js
var require_lib51 = __commonJS({
  "node_modules/@stdlib/array-base-accessor-setter/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main45();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-dtype/lib/ctor2dtype.js
var require_ctor2dtype = __commonJS({
  "node_modules/@stdlib/array-dtype/lib/ctor2dtype.js"(exports, module) {
    "use strict";
    var ctor2dtypes = {
      "Float32Array": "float32",
      "Float64Array": "float64",
      "Array": "generic",
      "Int16Array": "int16",
      "Int32Array": "int32",
      "Int8Array": "int8",
      "Uint16Array": "uint16",
      "Uint32Array": "uint32",
      "Uint8Array": "uint8",
      "Uint8ClampedArray": "uint8c",
      "Complex64Array": "complex64",
      "Complex128Array": "complex128",
      "BooleanArray": "bool"
    };
    module.exports = ctor2dtypes;
  }
});

// node_modules/@stdlib/assert-is-float64array/lib/main.js
var require_main46 = __commonJS({
  "node_modules/@stdlib/assert-is-float64array/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib12();
    var hasFloat64Array = typeof Float64Array === "function";
    function isFloat64Array(value) {
      return hasFloat64Array && value instanceof Float64Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Float64Array]";
    }
    module.exports = isFloat64Array;
  }
});

// node_modules/@stdlib/assert-is-float64array/lib/index.js
var require_lib52 = __commonJS({
  "node_modules/@stdlib/assert-is-float64array/lib/index.js"(exports, module) {
    "use strict";
    var isFloat64Array = require_main46();
    module.exports = isFloat64Array;
  }
});

// node_modules/@stdlib/assert-has-float64array-support/lib/float64array.js
var require_float64array = __commonJS({
  "node_modules/@stdlib/assert-has-float64array-support/lib/float64array.js"(exports, module) {
    "use strict";
    var main = typeof Float64Array === "function" ? Float64Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-float64array-support/lib/main.js
var require_main47 = __commonJS({
  "node_modules/@stdlib/assert-has-float64array-support/lib/main.js"(exports, module) {
    "use strict";
    var isFloat64Array = require_lib52();
    var GlobalFloat64Array = require_float64array();
    function hasFloat64ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalFloat64Array !== "function") {
        return false;
      }
      try {
        arr = new GlobalFloat64Array([1, 3.14, -3.14, NaN]);
        bool = isFloat64Array(arr) && arr[0] === 1 && arr[1] === 3.14 && arr[2] === -3.14 && arr[3] !== arr[3];
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasFloat64ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-float64array-support/lib/index.js
var require_lib53 = __commonJS({
  "node_modules/@stdlib/assert-has-float64array-support/lib/index.js"(exports, module) {
    "use strict";
    var hasFloat64ArraySupport = require_main47();
    module.exports = hasFloat64ArraySupport;
  }
});

// node_modules/@stdlib/array-float64/lib/main.js
var require_main48 = __commonJS({
  "node_modules/@stdlib/array-float64/lib/main.js"(exports, module) {
    "use strict";
    var ctor = typeof Float64Array === "function" ? Float64Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-float64/lib/polyfill.js
var require_polyfill6 = __commonJS({
  "node_modules/@stdlib/array-float64/lib/polyfill.js"(exports, module) {
    "use strict";
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-float64/lib/index.js
var require_lib54 = __commonJS({
  "node_modules/@stdlib/array-float64/lib/index.js"(exports, module) {
    "use strict";
    var hasFloat64ArraySupport = require_lib53();
    var builtin = require_main48();
    var polyfill = require_polyfill6();
    var ctor;
    if (hasFloat64ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-float32array/lib/main.js
var require_main49 = __commonJS({
  "node_modules/@stdlib/assert-is-float32array/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib12();
    var hasFloat32Array = typeof Float32Array === "function";
    function isFloat32Array(value) {
      return hasFloat32Array && value instanceof Float32Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Float32Array]";
    }
    module.exports = isFloat32Array;
  }
});

// node_modules/@stdlib/assert-is-float32array/lib/index.js
var require_lib55 = __commonJS({
  "node_modules/@stdlib/assert-is-float32array/lib/index.js"(exports, module) {
    "use strict";
    var isFloat32Array = require_main49();
    module.exports = isFloat32Array;
  }
});

// node_modules/@stdlib/assert-has-float32array-support/lib/float32array.js
var require_float32array = __commonJS({
  "node_modules/@stdlib/assert-has-float32array-support/lib/float32array.js"(exports, module) {
    "use strict";
    var main = typeof Float32Array === "function" ? Float32Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-float32array-support/lib/main.js
var require_main50 = __commonJS({
  "node_modules/@stdlib/assert-has-float32array-support/lib/main.js"(exports, module) {
    "use strict";
    var isFloat32Array = require_lib55();
    var PINF = require_lib35();
    var GlobalFloat32Array = require_float32array();
    function hasFloat32ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalFloat32Array !== "function") {
        return false;
      }
      try {
        arr = new GlobalFloat32Array([1, 3.14, -3.14, 5e40]);
        bool = isFloat32Array(arr) && arr[0] === 1 && arr[1] === 3.140000104904175 && arr[2] === -3.140000104904175 && arr[3] === PINF;
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasFloat32ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-float32array-support/lib/index.js
var require_lib56 = __commonJS({
  "node_modules/@stdlib/assert-has-float32array-support/lib/index.js"(exports, module) {
    "use strict";
    var hasFloat32ArraySupport = require_main50();
    module.exports = hasFloat32ArraySupport;
  }
});

// node_modules/@stdlib/array-float32/lib/main.js
var require_main51 = __commonJS({
  "node_modules/@stdlib/array-float32/lib/main.js"(exports, module) {
    "use strict";
    var ctor = typeof Float32Array === "function" ? Float32Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-float32/lib/polyfill.js
var require_polyfill7 = __commonJS({
  "node_modules/@stdlib/array-float32/lib/polyfill.js"(exports, module) {
    "use strict";
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-float32/lib/index.js
var require_lib57 = __commonJS({
  "node_modules/@stdlib/array-float32/lib/index.js"(exports, module) {
    "use strict";
    var hasFloat32ArraySupport = require_lib56();
    var builtin = require_main51();
    var polyfill = require_polyfill7();
    var ctor;
    if (hasFloat32ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-int32array/lib/main.js
var require_main52 = __commonJS({
  "node_modules/@stdlib/assert-is-int32array/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib12();
    var hasInt32Array = typeof Int32Array === "function";
    function isInt32Array(value) {
      return hasInt32Array && value instanceof Int32Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Int32Array]";
    }
    module.exports = isInt32Array;
  }
});

// node_modules/@stdlib/assert-is-int32array/lib/index.js
var require_lib58 = __commonJS({
  "node_modules/@stdlib/assert-is-int32array/lib/index.js"(exports, module) {
    "use strict";
    var isInt32Array = require_main52();
    module.exports = isInt32Array;
  }
});

// node_modules/@stdlib/constants-int32-max/lib/index.js
var require_lib59 = __commonJS({
  "node_modules/@stdlib/constants-int32-max/lib/index.js"(exports, module) {
    "use strict";
    var INT32_MAX = 2147483647 | 0;
    module.exports = INT32_MAX;
  }
});

// node_modules/@stdlib/constants-int32-min/lib/index.js
var require_lib60 = __commonJS({
  "node_modules/@stdlib/constants-int32-min/lib/index.js"(exports, module) {
    "use strict";
    var INT32_MIN = -2147483648 | 0;
    module.exports = INT32_MIN;
  }
});

// node_modules/@stdlib/assert-has-int32array-support/lib/int32array.js
var require_int32array = __commonJS({
  "node_modules/@stdlib/assert-has-int32array-support/lib/int32array.js"(exports, module) {
    "use strict";
    var main = typeof Int32Array === "function" ? Int32Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-int32array-support/lib/main.js
var require_main53 = __commonJS({
  "node_modules/@stdlib/assert-has-int32array-support/lib/main.js"(exports, module) {
    "use strict";
    var isInt32Array = require_lib58();
    var INT32_MAX = require_lib59();
    var INT32_MIN = require_lib60();
    var GlobalInt32Array = require_int32array();
    function hasInt32ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalInt32Array !== "function") {
        return false;
      }
      try {
        arr = new GlobalInt32Array([1, 3.14, -3.14, INT32_MAX + 1]);
        bool = isInt32Array(arr) && arr[0] === 1 && arr[1] === 3 && // truncation
        arr[2] === -3 && // truncation
        arr[3] === INT32_MIN;
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasInt32ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-int32array-support/lib/index.js
var require_lib61 = __commonJS({
  "node_modules/@stdlib/assert-has-int32array-support/lib/index.js"(exports, module) {
    "use strict";
    var hasInt32ArraySupport = require_main53();
    module.exports = hasInt32ArraySupport;
  }
});

// node_modules/@stdlib/array-int32/lib/main.js
var require_main54 = __commonJS({
  "node_modules/@stdlib/array-int32/lib/main.js"(exports, module) {
    "use strict";
    var ctor = typeof Int32Array === "function" ? Int32Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-int32/lib/polyfill.js
var require_polyfill8 = __commonJS({
  "node_modules/@stdlib/array-int32/lib/polyfill.js"(exports, module) {
    "use strict";
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-int32/lib/index.js
var require_lib62 = __commonJS({
  "node_modules/@stdlib/array-int32/lib/index.js"(exports, module) {
    "use strict";
    var hasInt32ArraySupport = require_lib61();
    var builtin = require_main54();
    var polyfill = require_polyfill8();
    var ctor;
    if (hasInt32ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-uint16array/lib/main.js
var require_main55 = __commonJS({
  "node_modules/@stdlib/assert-is-uint16array/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib12();
    var hasUint16Array = typeof Uint16Array === "function";
    function isUint16Array(value) {
      return hasUint16Array && value instanceof Uint16Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Uint16Array]";
    }
    module.exports = isUint16Array;
  }
});

// node_modules/@stdlib/assert-is-uint16array/lib/index.js
var require_lib63 = __commonJS({
  "node_modules/@stdlib/assert-is-uint16array/lib/index.js"(exports, module) {
    "use strict";
    var isUint16Array = require_main55();
    module.exports = isUint16Array;
  }
});

// node_modules/@stdlib/constants-uint16-max/lib/index.js
var require_lib64 = __commonJS({
  "node_modules/@stdlib/constants-uint16-max/lib/index.js"(exports, module) {
    "use strict";
    var UINT16_MAX = 65535 | 0;
    module.exports = UINT16_MAX;
  }
});

// node_modules/@stdlib/assert-has-uint16array-support/lib/uint16array.js
var require_uint16array = __commonJS({
  "node_modules/@stdlib/assert-has-uint16array-support/lib/uint16array.js"(exports, module) {
    "use strict";
    var main = typeof Uint16Array === "function" ? Uint16Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-uint16array-support/lib/main.js
var require_main56 = __commonJS({
  "node_modules/@stdlib/assert-has-uint16array-support/lib/main.js"(exports, module) {
    "use strict";
    var isUint16Array = require_lib63();
    var UINT16_MAX = require_lib64();
    var GlobalUint16Array = require_uint16array();
    function hasUint16ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalUint16Array !== "function") {
        return false;
      }
      try {
        arr = [1, 3.14, -3.14, UINT16_MAX + 1, UINT16_MAX + 2];
        arr = new GlobalUint16Array(arr);
        bool = isUint16Array(arr) && arr[0] === 1 && arr[1] === 3 && // truncation
        arr[2] === UINT16_MAX - 2 && // truncation and wrap around
        arr[3] === 0 && // wrap around
        arr[4] === 1;
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasUint16ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-uint16array-support/lib/index.js
var require_lib65 = __commonJS({
  "node_modules/@stdlib/assert-has-uint16array-support/lib/index.js"(exports, module) {
    "use strict";
    var hasUint16ArraySupport = require_main56();
    module.exports = hasUint16ArraySupport;
  }
});

// node_modules/@stdlib/array-uint16/lib/main.js
var require_main57 = __commonJS({
  "node_modules/@stdlib/array-uint16/lib/main.js"(exports, module) {
    "use strict";
    var ctor = typeof Uint16Array === "function" ? Uint16Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-uint16/lib/polyfill.js
var require_polyfill9 = __commonJS({
  "node_modules/@stdlib/array-uint16/lib/polyfill.js"(exports, module) {
    "use strict";
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-uint16/lib/index.js
var require_lib66 = __commonJS({
  "node_modules/@stdlib/array-uint16/lib/index.js"(exports, module) {
    "use strict";
    var hasUint16ArraySupport = require_lib65();
    var builtin = require_main57();
    var polyfill = require_polyfill9();
    var ctor;
    if (hasUint16ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-int16array/lib/main.js
var require_main58 = __commonJS({
  "node_modules/@stdlib/assert-is-int16array/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib12();
    var hasInt16Array = typeof Int16Array === "function";
    function isInt16Array(value) {
      return hasInt16Array && value instanceof Int16Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Int16Array]";
    }
    module.exports = isInt16Array;
  }
});

// node_modules/@stdlib/assert-is-int16array/lib/index.js
var require_lib67 = __commonJS({
  "node_modules/@stdlib/assert-is-int16array/lib/index.js"(exports, module) {
    "use strict";
    var isInt16Array = require_main58();
    module.exports = isInt16Array;
  }
});

// node_modules/@stdlib/constants-int16-max/lib/index.js
var require_lib68 = __commonJS({
  "node_modules/@stdlib/constants-int16-max/lib/index.js"(exports, module) {
    "use strict";
    var INT16_MAX = 32767 | 0;
    module.exports = INT16_MAX;
  }
});

// node_modules/@stdlib/constants-int16-min/lib/index.js
var require_lib69 = __commonJS({
  "node_modules/@stdlib/constants-int16-min/lib/index.js"(exports, module) {
    "use strict";
    var INT16_MIN = -32768 | 0;
    module.exports = INT16_MIN;
  }
});

// node_modules/@stdlib/assert-has-int16array-support/lib/int16array.js
var require_int16array = __commonJS({
  "node_modules/@stdlib/assert-has-int16array-support/lib/int16array.js"(exports, module) {
    "use strict";
    var main = typeof Int16Array === "function" ? Int16Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-int16array-support/lib/main.js
var require_main59 = __commonJS({
  "node_modules/@stdlib/assert-has-int16array-support/lib/main.js"(exports, module) {
    "use strict";
    var isInt16Array = require_lib67();
    var INT16_MAX = require_lib68();
    var INT16_MIN = require_lib69();
    var GlobalInt16Array = require_int16array();
    function hasInt16ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalInt16Array !== "function") {
        return false;
      }
      try {
        arr = new GlobalInt16Array([1, 3.14, -3.14, INT16_MAX + 1]);
        bool = isInt16Array(arr) && arr[0] === 1 && arr[1] === 3 && // truncation
        arr[2] === -3 && // truncation
        arr[3] === INT16_MIN;
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasInt16ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-int16array-support/lib/index.js
var require_lib70 = __commonJS({
  "node_modules/@stdlib/assert-has-int16array-support/lib/index.js"(exports, module) {
    "use strict";
    var hasInt16ArraySupport = require_main59();
    module.exports = hasInt16ArraySupport;
  }
});

// node_modules/@stdlib/array-int16/lib/main.js
var require_main60 = __commonJS({
  "node_modules/@stdlib/array-int16/lib/main.js"(exports, module) {
    "use strict";
    var ctor = typeof Int16Array === "function" ? Int16Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-int16/lib/polyfill.js
var require_polyfill10 = __commonJS({
  "node_modules/@stdlib/array-int16/lib/polyfill.js"(exports, module) {
    "use strict";
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-int16/lib/index.js
var require_lib71 = __commonJS({
  "node_modules/@stdlib/array-int16/lib/index.js"(exports, module) {
    "use strict";
    var hasInt16ArraySupport = require_lib70();
    var builtin = require_main60();
    var polyfill = require_polyfill10();
    var ctor;
    if (hasInt16ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-uint8array/lib/main.js
var require_main61 = __commonJS({
  "node_modules/@stdlib/assert-is-uint8array/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib12();
    var hasUint8Array = typeof Uint8Array === "function";
    function isUint8Array(value) {
      return hasUint8Array && value instanceof Uint8Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Uint8Array]";
    }
    module.exports = isUint8Array;
  }
});

// node_modules/@stdlib/assert-is-uint8array/lib/index.js
var require_lib72 = __commonJS({
  "node_modules/@stdlib/assert-is-uint8array/lib/index.js"(exports, module) {
    "use strict";
    var isUint8Array = require_main61();
    module.exports = isUint8Array;
  }
});

// node_modules/@stdlib/constants-uint8-max/lib/index.js
var require_lib73 = __commonJS({
  "node_modules/@stdlib/constants-uint8-max/lib/index.js"(exports, module) {
    "use strict";
    var UINT8_MAX = 255 | 0;
    module.exports = UINT8_MAX;
  }
});

// node_modules/@stdlib/assert-has-uint8array-support/lib/uint8array.js
var require_uint8array = __commonJS({
  "node_modules/@stdlib/assert-has-uint8array-support/lib/uint8array.js"(exports, module) {
    "use strict";
    var main = typeof Uint8Array === "function" ? Uint8Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-uint8array-support/lib/main.js
var require_main62 = __commonJS({
  "node_modules/@stdlib/assert-has-uint8array-support/lib/main.js"(exports, module) {
    "use strict";
    var isUint8Array = require_lib72();
    var UINT8_MAX = require_lib73();
    var GlobalUint8Array = require_uint8array();
    function hasUint8ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalUint8Array !== "function") {
        return false;
      }
      try {
        arr = [1, 3.14, -3.14, UINT8_MAX + 1, UINT8_MAX + 2];
        arr = new GlobalUint8Array(arr);
        bool = isUint8Array(arr) && arr[0] === 1 && arr[1] === 3 && // truncation
        arr[2] === UINT8_MAX - 2 && // truncation and wrap around
        arr[3] === 0 && // wrap around
        arr[4] === 1;
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasUint8ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-uint8array-support/lib/index.js
var require_lib74 = __commonJS({
  "node_modules/@stdlib/assert-has-uint8array-support/lib/index.js"(exports, module) {
    "use strict";
    var hasUint8ArraySupport = require_main62();
    module.exports = hasUint8ArraySupport;
  }
});

// node_modules/@stdlib/array-uint8/lib/main.js
var require_main63 = __commonJS({
  "node_modules/@stdlib/array-uint8/lib/main.js"(exports, module) {
    "use strict";
    var ctor = typeof Uint8Array === "function" ? Uint8Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-uint8/lib/polyfill.js
var require_polyfill11 = __commonJS({
  "node_modules/@stdlib/array-uint8/lib/polyfill.js"(exports, module) {
    "use strict";
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-uint8/lib/index.js
var require_lib75 = __commonJS({
  "node_modules/@stdlib/array-uint8/lib/index.js"(exports, module) {
    "use strict";
    var hasUint8ArraySupport = require_lib74();
    var builtin = require_main63();
    var polyfill = require_polyfill11();
    var ctor;
    if (hasUint8ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-uint8clampedarray/lib/main.js
var require_main64 = __commonJS({
  "node_modules/@stdlib/assert-is-uint8clampedarray/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib12();
    var hasUint8ClampedArray = typeof Uint8ClampedArray === "function";
    function isUint8ClampedArray(value) {
      return hasUint8ClampedArray && value instanceof Uint8ClampedArray || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Uint8ClampedArray]";
    }
    module.exports = isUint8ClampedArray;
  }
});

// node_modules/@stdlib/assert-is-uint8clampedarray/lib/index.js
var require_lib76 = __commonJS({
  "node_modules/@stdlib/assert-is-uint8clampedarray/lib/index.js"(exports, module) {
    "use strict";
    var isUint8ClampedArray = require_main64();
    module.exports = isUint8ClampedArray;
  }
});

// node_modules/@stdlib/assert-has-uint8clampedarray-support/lib/uint8clampedarray.js
var require_uint8clampedarray = __commonJS({
  "node_modules/@stdlib/assert-has-uint8clampedarray-support/lib/uint8clampedarray.js"(exports, module) {
    "use strict";
    var main = typeof Uint8ClampedArray === "function" ? Uint8ClampedArray : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-uint8clampedarray-support/lib/main.js
var require_main65 = __commonJS({
  "node_modules/@stdlib/assert-has-uint8clampedarray-support/lib/main.js"(exports, module) {
    "use strict";
    var isUint8ClampedArray = require_lib76();
    var GlobalUint8ClampedArray = require_uint8clampedarray();
    function hasUint8ClampedArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalUint8ClampedArray !== "function") {
        return false;
      }
      try {
        arr = new GlobalUint8ClampedArray([-1, 0, 1, 3.14, 4.99, 255, 256]);
        bool = isUint8ClampedArray(arr) && arr[0] === 0 && // clamped
        arr[1] === 0 && arr[2] === 1 && arr[3] === 3 && // round to nearest
        arr[4] === 5 && // round to nearest
        arr[5] === 255 && arr[6] === 255;
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasUint8ClampedArraySupport;
  }
});

// node_modules/@stdlib/assert-has-uint8clampedarray-support/lib/index.js
var require_lib77 = __commonJS({
  "node_modules/@stdlib/assert-has-uint8clampedarray-support/lib/index.js"(exports, module) {
    "use strict";
    var hasUint8ClampedArraySupport = require_main65();
    module.exports = hasUint8ClampedArraySupport;
  }
});

// node_modules/@stdlib/array-uint8c/lib/main.js
var require_main66 = __commonJS({
  "node_modules/@stdlib/array-uint8c/lib/main.js"(exports, module) {
    "use strict";
    var ctor = typeof Uint8ClampedArray === "function" ? Uint8ClampedArray : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-uint8c/lib/polyfill.js
var require_polyfill12 = __commonJS({
  "node_modules/@stdlib/array-uint8c/lib/polyfill.js"(exports, module) {
    "use strict";
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-uint8c/lib/index.js
var require_lib78 = __commonJS({
  "node_modules/@stdlib/array-uint8c/lib/index.js"(exports, module) {
    "use strict";
    var hasUint8ClampedArraySupport = require_lib77();
    var builtin = require_main66();
    var polyfill = require_polyfill12();
    var ctor;
    if (hasUint8ClampedArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-int8array/lib/main.js
var require_main67 = __commonJS({
  "node_modules/@stdlib/assert-is-int8array/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib12();
    var hasInt8Array = typeof Int8Array === "function";
    function isInt8Array(value) {
      return hasInt8Array && value instanceof Int8Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Int8Array]";
    }
    module.exports = isInt8Array;
  }
});

// node_modules/@stdlib/assert-is-int8array/lib/index.js
var require_lib79 = __commonJS({
  "node_modules/@stdlib/assert-is-int8array/lib/index.js"(exports, module) {
    "use strict";
    var isInt8Array = require_main67();
    module.exports = isInt8Array;
  }
});

// node_modules/@stdlib/constants-int8-max/lib/index.js
var require_lib80 = __commonJS({
  "node_modules/@stdlib/constants-int8-max/lib/index.js"(exports, module) {
    "use strict";
    var INT8_MAX = 127 | 0;
    module.exports = INT8_MAX;
  }
});

// node_modules/@stdlib/constants-int8-min/lib/index.js
var require_lib81 = __commonJS({
  "node_modules/@stdlib/constants-int8-min/lib/index.js"(exports, module) {
    "use strict";
    var INT8_MIN = -128 | 0;
    module.exports = INT8_MIN;
  }
});

// node_modules/@stdlib/assert-has-int8array-support/lib/int8array.js
var require_int8array = __commonJS({
  "node_modules/@stdlib/assert-has-int8array-support/lib/int8array.js"(exports, module) {
    "use strict";
    var main = typeof Int8Array === "function" ? Int8Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-int8array-support/lib/main.js
var require_main68 = __commonJS({
  "node_modules/@stdlib/assert-has-int8array-support/lib/main.js"(exports, module) {
    "use strict";
    var isInt8Array = require_lib79();
    var INT8_MAX = require_lib80();
    var INT8_MIN = require_lib81();
    var GlobalInt8Array = require_int8array();
    function hasInt8ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalInt8Array !== "function") {
        return false;
      }
      try {
        arr = new GlobalInt8Array([1, 3.14, -3.14, INT8_MAX + 1]);
        bool = isInt8Array(arr) && arr[0] === 1 && arr[1] === 3 && // truncation
        arr[2] === -3 && // truncation
        arr[3] === INT8_MIN;
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasInt8ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-int8array-support/lib/index.js
var require_lib82 = __commonJS({
  "node_modules/@stdlib/assert-has-int8array-support/lib/index.js"(exports, module) {
    "use strict";
    var hasInt8ArraySupport = require_main68();
    module.exports = hasInt8ArraySupport;
  }
});

// node_modules/@stdlib/array-int8/lib/main.js
var require_main69 = __commonJS({
  "node_modules/@stdlib/array-int8/lib/main.js"(exports, module) {
    "use strict";
    var ctor = typeof Int8Array === "function" ? Int8Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-int8/lib/polyfill.js
var require_polyfill13 = __commonJS({
  "node_modules/@stdlib/array-int8/lib/polyfill.js"(exports, module) {
    "use strict";
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-int8/lib/index.js
var require_lib83 = __commonJS({
  "node_modules/@stdlib/array-int8/lib/index.js"(exports, module) {
    "use strict";
    var hasInt8ArraySupport = require_lib82();
    var builtin = require_main69();
    var polyfill = require_polyfill13();
    var ctor;
    if (hasInt8ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-nonnegative-integer/lib/primitive.js
var require_primitive5 = __commonJS({
  "node_modules/@stdlib/assert-is-nonnegative-integer/lib/primitive.js"(exports, module) {
    "use strict";
    var isInteger = require_lib37().isPrimitive;
    function isNonNegativeInteger(value) {
      return isInteger(value) && value >= 0;
    }
    module.exports = isNonNegativeInteger;
  }
});

// node_modules/@stdlib/assert-is-nonnegative-integer/lib/object.js
var require_object5 = __commonJS({
  "node_modules/@stdlib/assert-is-nonnegative-integer/lib/object.js"(exports, module) {
    "use strict";
    var isInteger = require_lib37().isObject;
    function isNonNegativeInteger(value) {
      return isInteger(value) && value.valueOf() >= 0;
    }
    module.exports = isNonNegativeInteger;
  }
});

// node_modules/@stdlib/assert-is-nonnegative-integer/lib/main.js
var require_main70 = __commonJS({
  "node_modules/@stdlib/assert-is-nonnegative-integer/lib/main.js"(exports, module) {
    "use strict";
    var isPrimitive = require_primitive5();
    var isObject = require_object5();
    function isNonNegativeInteger(value) {
      return isPrimitive(value) || isObject(value);
    }
    module.exports = isNonNegativeInteger;
  }
});

// node_modules/@stdlib/assert-is-nonnegative-integer/lib/index.js
var require_lib84 = __commonJS({
  "node_modules/@stdlib/assert-is-nonnegative-integer/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var main = require_main70();
    var isPrimitive = require_primitive5();
    var isObject = require_object5();
    setReadOnly(main, "isPrimitive", isPrimitive);
    setReadOnly(main, "isObject", isObject);
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-array-max-array-length/lib/index.js
var require_lib85 = __commonJS({
  "node_modules/@stdlib/constants-array-max-array-length/lib/index.js"(exports, module) {
    "use strict";
    var MAX_ARRAY_LENGTH = 4294967295 >>> 0;
    module.exports = MAX_ARRAY_LENGTH;
  }
});

// node_modules/@stdlib/assert-is-array-like-object/lib/main.js
var require_main71 = __commonJS({
  "node_modules/@stdlib/assert-is-array-like-object/lib/main.js"(exports, module) {
    "use strict";
    var isInteger = require_lib29();
    var MAX_LENGTH = require_lib85();
    function isArrayLikeObject(value) {
      return typeof value === "object" && value !== null && typeof value.length === "number" && isInteger(value.length) && value.length >= 0 && value.length <= MAX_LENGTH;
    }
    module.exports = isArrayLikeObject;
  }
});

// node_modules/@stdlib/assert-is-array-like-object/lib/index.js
var require_lib86 = __commonJS({
  "node_modules/@stdlib/assert-is-array-like-object/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main71();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-arraybuffer/lib/main.js
var require_main72 = __commonJS({
  "node_modules/@stdlib/assert-is-arraybuffer/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib12();
    var hasArrayBuffer = typeof ArrayBuffer === "function";
    function isArrayBuffer(value) {
      return hasArrayBuffer && value instanceof ArrayBuffer || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object ArrayBuffer]";
    }
    module.exports = isArrayBuffer;
  }
});

// node_modules/@stdlib/assert-is-arraybuffer/lib/index.js
var require_lib87 = __commonJS({
  "node_modules/@stdlib/assert-is-arraybuffer/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main72();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-string/lib/primitive.js
var require_primitive6 = __commonJS({
  "node_modules/@stdlib/assert-is-string/lib/primitive.js"(exports, module) {
    "use strict";
    function isString(value) {
      return typeof value === "string";
    }
    module.exports = isString;
  }
});

// node_modules/@stdlib/assert-is-string/lib/valueof.js
var require_valueof = __commonJS({
  "node_modules/@stdlib/assert-is-string/lib/valueof.js"(exports, module) {
    "use strict";
    var valueOf = String.prototype.valueOf;
    module.exports = valueOf;
  }
});

// node_modules/@stdlib/assert-is-string/lib/try2valueof.js
var require_try2valueof = __commonJS({
  "node_modules/@stdlib/assert-is-string/lib/try2valueof.js"(exports, module) {
    "use strict";
    var valueOf = require_valueof();
    function test(value) {
      try {
        valueOf.call(value);
        return true;
      } catch (err) {
        return false;
      }
    }
    module.exports = test;
  }
});

// node_modules/@stdlib/assert-is-string/lib/object.js
var require_object6 = __commonJS({
  "node_modules/@stdlib/assert-is-string/lib/object.js"(exports, module) {
    "use strict";
    var hasToStringTag = require_lib10();
    var nativeClass = require_lib12();
    var test = require_try2valueof();
    var FLG = hasToStringTag();
    function isString(value) {
      if (typeof value === "object") {
        if (value instanceof String) {
          return true;
        }
        if (FLG) {
          return test(value);
        }
        return nativeClass(value) === "[object String]";
      }
      return false;
    }
    module.exports = isString;
  }
});

// node_modules/@stdlib/assert-is-string/lib/main.js
var require_main73 = __commonJS({
  "node_modules/@stdlib/assert-is-string/lib/main.js"(exports, module) {
    "use strict";
    var isPrimitive = require_primitive6();
    var isObject = require_object6();
    function isString(value) {
      return isPrimitive(value) || isObject(value);
    }
    module.exports = isString;
  }
});

// node_modules/@stdlib/assert-is-string/lib/index.js
var require_lib88 = __commonJS({
  "node_modules/@stdlib/assert-is-string/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var main = require_main73();
    var isPrimitive = require_primitive6();
    var isObject = require_object6();
    setReadOnly(main, "isPrimitive", isPrimitive);
    setReadOnly(main, "isObject", isObject);
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-string-array/lib/index.js
var require_lib89 = __commonJS({
  "node_modules/@stdlib/assert-is-string-array/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var arrayfun = require_lib19();
    var isString = require_lib88();
    var isPrimitiveArray = arrayfun(isString.isPrimitive);
    var isObjectArray = arrayfun(isString.isObject);
    var isStringArray = arrayfun(isString);
    setReadOnly(isStringArray, "primitives", isPrimitiveArray);
    setReadOnly(isStringArray, "objects", isObjectArray);
    module.exports = isStringArray;
  }
});

// node_modules/@stdlib/utils-define-read-only-property/lib/main.js
var require_main74 = __commonJS({
  "node_modules/@stdlib/utils-define-read-only-property/lib/main.js"(exports, module) {
    "use strict";
    var defineProperty = require_lib4();
    function setReadOnly(obj, prop, value) {
      defineProperty(obj, prop, {
        "configurable": false,
        "enumerable": true,
        "writable": false,
        "value": value
      });
    }
    module.exports = setReadOnly;
  }
});

// node_modules/@stdlib/utils-define-read-only-property/lib/index.js
var require_lib90 = __commonJS({
  "node_modules/@stdlib/utils-define-read-only-property/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main74();
    module.exports = main;
  }
});

// node_modules/@stdlib/complex-float64-ctor/lib/tostring.js
var require_tostring4 = __commonJS({
  "node_modules/@stdlib/complex-float64-ctor/lib/tostring.js"(exports, module) {
    "use strict";
    function toString() {
      var str = "" + this.re;
      if (this.im < 0) {
        str += " - " + -this.im;
      } else {
        str += " + " + this.im;
      }
      str += "i";
      return str;
    }
    module.exports = toString;
  }
});

// node_modules/@stdlib/complex-float64-ctor/lib/tojson.js
var require_tojson = __commonJS({
  "node_modules/@stdlib/complex-float64-ctor/lib/tojson.js"(exports, module) {
    "use strict";
    function toJSON() {
      var out = {};
      out.type = "Complex128";
      out.re = this.re;
      out.im = this.im;
      return out;
    }
    module.exports = toJSON;
  }
});

// node_modules/@stdlib/complex-float64-ctor/lib/main.js
var require_main75 = __commonJS({
  "node_modules/@stdlib/complex-float64-ctor/lib/main.js"(exports, module) {
    "use strict";
    var isNumber = require_lib34().isPrimitive;
    var setEnumerableReadOnly = require_lib90();
    var setReadOnly = require_lib5();
    var format = require_lib3();
    var toStr = require_tostring4();
    var toJSON = require_tojson();
    function Complex128(real, imag) {
      if (!(this instanceof Complex128)) {
        throw new TypeError("invalid invocation. Constructor must be called with the `new` keyword.");
      }
      if (!isNumber(real)) {
        throw new TypeError(format("invalid argument. Real component must be a number. Value: `%s`.", real));
      }
      if (!isNumber(imag)) {
        throw new TypeError(format("invalid argument. Imaginary component must be a number. Value: `%s`.", imag));
      }
      setEnumerableReadOnly(this, "re", real);
      setEnumerableReadOnly(this, "im", imag);
      return this;
    }
    setReadOnly(Complex128, "name", "Complex128");
    setReadOnly(Complex128, "BYTES_PER_ELEMENT", 8);
    setReadOnly(Complex128.prototype, "BYTES_PER_ELEMENT", 8);
    setReadOnly(Complex128.prototype, "byteLength", 16);
    setReadOnly(Complex128.prototype, "toString", toStr);
    setReadOnly(Complex128.prototype, "toJSON", toJSON);
    module.exports = Complex128;
  }
});

// node_modules/@stdlib/complex-float64-ctor/lib/index.js
var require_lib91 = __commonJS({
  "node_modules/@stdlib/complex-float64-ctor/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main75();
    module.exports = main;
  }
});

// node_modules/@stdlib/number-float64-base-to-float32/lib/main.js
var require_main76 = __commonJS({
  "node_modules/@stdlib/number-float64-base-to-float32/lib/main.js"(exports, module) {
    "use strict";
    var fround = typeof Math.fround === "function" ? Math.fround : null;
    module.exports = fround;
  }
});

// node_modules/@stdlib/number-float64-base-to-float32/lib/polyfill.js
var require_polyfill14 = __commonJS({
  "node_modules/@stdlib/number-float64-base-to-float32/lib/polyfill.js"(exports, module) {
    "use strict";
    var Float32Array2 = require_lib57();
    var FLOAT32_VIEW = new Float32Array2(1);
    function float64ToFloat32(x) {
      FLOAT32_VIEW[0] = x;
      return FLOAT32_VIEW[0];
    }
    module.exports = float64ToFloat32;
  }
});

// node_modules/@stdlib/number-float64-base-to-float32/lib/index.js
var require_lib92 = __commonJS({
  "node_modules/@stdlib/number-float64-base-to-float32/lib/index.js"(exports, module) {
    "use strict";
    var builtin = require_main76();
    var polyfill = require_polyfill14();
    var float64ToFloat32;
    if (typeof builtin === "function") {
      float64ToFloat32 = builtin;
    } else {
      float64ToFloat32 = polyfill;
    }
    module.exports = float64ToFloat32;
  }
});

// node_modules/@stdlib/complex-float32-ctor/lib/tostring.js
var require_tostring5 = __commonJS({
  "node_modules/@stdlib/complex-float32-ctor/lib/tostring.js"(exports, module) {
    "use strict";
    function toString() {
      var str = "" + this.re;
      if (this.im < 0) {
        str += " - " + -this.im;
      } else {
        str += " + " + this.im;
      }
      str += "i";
      return str;
    }
    module.exports = toString;
  }
});

// node_modules/@stdlib/complex-float32-ctor/lib/tojson.js
var require_tojson2 = __commonJS({
  "node_modules/@stdlib/complex-float32-ctor/lib/tojson.js"(exports, module) {
    "use strict";
    function toJSON() {
      var out = {};
      out.type = "Complex64";
      out.re = this.re;
      out.im = this.im;
      return out;
    }
    module.exports = toJSON;
  }
});

// node_modules/@stdlib/complex-float32-ctor/lib/main.js
var require_main77 = __commonJS({
  "node_modules/@stdlib/complex-float32-ctor/lib/main.js"(exports, module) {
    "use strict";
    var isNumber = require_lib34().isPrimitive;
    var setEnumerableReadOnly = require_lib90();
    var setReadOnly = require_lib5();
    var float64ToFloat32 = require_lib92();
    var format = require_lib3();
    var toStr = require_tostring5();
    var toJSON = require_tojson2();
    function Complex64(real, imag) {
      if (!(this instanceof Complex64)) {
        throw new TypeError("invalid invocation. Constructor must be called with the `new` keyword.");
      }
      if (!isNumber(real)) {
        throw new TypeError(format("invalid argument. Real component must be a number. Value: `%s`.", real));
      }
      if (!isNumber(imag)) {
        throw new TypeError(format("invalid argument. Imaginary component must be a number. Value: `%s`.", imag));
      }
      setEnumerableReadOnly(this, "re", float64ToFloat32(real));
      setEnumerableReadOnly(this, "im", float64ToFloat32(imag));
      return this;
    }
    setReadOnly(Complex64, "name", "Complex64");
    setReadOnly(Complex64, "BYTES_PER_ELEMENT", 4);
    setReadOnly(Complex64.prototype, "BYTES_PER_ELEMENT", 4);
    setReadOnly(Complex64.prototype, "byteLength", 8);
    setReadOnly(Complex64.prototype, "toString", toStr);
    setReadOnly(Complex64.prototype, "toJSON", toJSON);
    module.exports = Complex64;
  }
});

// node_modules/@stdlib/complex-float32-ctor/lib/index.js
var require_lib93 = __commonJS({
  "node_modules/@stdlib/complex-float32-ctor/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main77();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-complex-like/lib/main.js
var require_main78 = __commonJS({
  "node_modules/@stdlib/assert-is-complex-like/lib/main.js"(exports, module) {
    "use strict";
    var Complex128 = require_lib91();
    var Complex64 = require_lib93();
    function isComplexLike(value) {
      if (value instanceof Complex128 || value instanceof Complex64) {
        return true;
      }
      return typeof value === "object" && value !== null && typeof value.re === "number" && typeof value.im === "number";
    }
    module.exports = isComplexLike;
  }
});

// node_modules/@stdlib/assert-is-complex-like/lib/index.js
var require_lib94 = __commonJS({
  "node_modules/@stdlib/assert-is-complex-like/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main78();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-assert-is-even/lib/main.js
var require_main79 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-even/lib/main.js"(exports, module) {
    "use strict";
    var isInteger = require_lib29();
    function isEven(x) {
      return isInteger(x / 2);
    }
    module.exports = isEven;
  }
});

// node_modules/@stdlib/math-base-assert-is-even/lib/index.js
var require_lib95 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-even/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main79();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-base-assert-is-complex64array/lib/main.js
var require_main80 = __commonJS({
  "node_modules/@stdlib/array-base-assert-is-complex64array/lib/main.js"(exports, module) {
    "use strict";
    var BYTES_PER_ELEMENT = 8;
    function isComplex64Array(value) {
      return typeof value === "object" && value !== null && value.constructor.name === "Complex64Array" && value.BYTES_PER_ELEMENT === BYTES_PER_ELEMENT;
    }
    module.exports = isComplex64Array;
  }
});

// node_modules/@stdlib/array-base-assert-is-complex64array/lib/index.js
var require_lib96 = __commonJS({
  "node_modules/@stdlib/array-base-assert-is-complex64array/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main80();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-base-assert-is-complex128array/lib/main.js
var require_main81 = __commonJS({
  "node_modules/@stdlib/array-base-assert-is-complex128array/lib/main.js"(exports, module) {
    "use strict";
    var BYTES_PER_ELEMENT = 16;
    function isComplex128Array(value) {
      return typeof value === "object" && value !== null && value.constructor.name === "Complex128Array" && value.BYTES_PER_ELEMENT === BYTES_PER_ELEMENT;
    }
    module.exports = isComplex128Array;
  }
});

// node_modules/@stdlib/array-base-assert-is-complex128array/lib/index.js
var require_lib97 = __commonJS({
  "node_modules/@stdlib/array-base-assert-is-complex128array/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main81();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-iterator-symbol-support/lib/main.js
var require_main82 = __commonJS({
  "node_modules/@stdlib/assert-has-iterator-symbol-support/lib/main.js"(exports, module) {
    "use strict";
    var hasOwnProp = require_lib8();
    var Symbol2 = require_lib11();
    function hasIteratorSymbolSupport() {
      return typeof Symbol2 === "function" && typeof Symbol2("foo") === "symbol" && hasOwnProp(Symbol2, "iterator") && typeof Symbol2.iterator === "symbol";
    }
    module.exports = hasIteratorSymbolSupport;
  }
});

// node_modules/@stdlib/assert-has-iterator-symbol-support/lib/index.js
var require_lib98 = __commonJS({
  "node_modules/@stdlib/assert-has-iterator-symbol-support/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main82();
    module.exports = main;
  }
});

// node_modules/@stdlib/symbol-iterator/lib/main.js
var require_main83 = __commonJS({
  "node_modules/@stdlib/symbol-iterator/lib/main.js"(exports, module) {
    "use strict";
    var hasIteratorSymbolSupport = require_lib98();
    var IteratorSymbol = hasIteratorSymbolSupport() ? Symbol.iterator : null;
    module.exports = IteratorSymbol;
  }
});

// node_modules/@stdlib/symbol-iterator/lib/index.js
var require_lib99 = __commonJS({
  "node_modules/@stdlib/symbol-iterator/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main83();
    module.exports = main;
  }
});

// node_modules/@stdlib/complex-float32-real/lib/main.js
var require_main84 = __commonJS({
  "node_modules/@stdlib/complex-float32-real/lib/main.js"(exports, module) {
    "use strict";
    function real(z) {
      return z.re;
    }
    module.exports = real;
  }
});

// node_modules/@stdlib/complex-float32-real/lib/index.js
var require_lib100 = __commonJS({
  "node_modules/@stdlib/complex-float32-real/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main84();
    module.exports = main;
  }
});

// node_modules/@stdlib/complex-float32-imag/lib/main.js
var require_main85 = __commonJS({
  "node_modules/@stdlib/complex-float32-imag/lib/main.js"(exports, module) {
    "use strict";
    function imag(z) {
      return z.im;
    }
    module.exports = imag;
  }
});

// node_modules/@stdlib/complex-float32-imag/lib/index.js
var require_lib101 = __commonJS({
  "node_modules/@stdlib/complex-float32-imag/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main85();
    module.exports = main;
  }
});

// node_modules/@stdlib/strided-base-reinterpret-complex64/lib/main.js
var require_main86 = __commonJS({
  "node_modules/@stdlib/strided-base-reinterpret-complex64/lib/main.js"(exports, module) {
    "use strict";
    var Float32Array2 = require_lib57();
    function reinterpret(x, offset) {
      return new Float32Array2(x.buffer, x.byteOffset + x.BYTES_PER_ELEMENT * offset, 2 * (x.length - offset));
    }
    module.exports = reinterpret;
  }
});

// node_modules/@stdlib/strided-base-reinterpret-complex64/lib/index.js
var require_lib102 = __commonJS({
  "node_modules/@stdlib/strided-base-reinterpret-complex64/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main86();
    module.exports = main;
  }
});

// node_modules/@stdlib/strided-base-reinterpret-complex128/lib/main.js
var require_main87 = __commonJS({
  "node_modules/@stdlib/strided-base-reinterpret-complex128/lib/main.js"(exports, module) {
    "use strict";
    var Float64Array2 = require_lib54();
    function reinterpret(x, offset) {
      return new Float64Array2(x.buffer, x.byteOffset + x.BYTES_PER_ELEMENT * offset, 2 * (x.length - offset));
    }
    module.exports = reinterpret;
  }
});

// node_modules/@stdlib/strided-base-reinterpret-complex128/lib/index.js
var require_lib103 = __commonJS({
  "node_modules/@stdlib/strided-base-reinterpret-complex128/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main87();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-complex64/lib/from_iterator.js
var require_from_iterator = __commonJS({
  "node_modules/@stdlib/array-complex64/lib/from_iterator.js"(exports, module) {
    "use strict";
    var isArrayLikeObject = require_lib86();
    var isComplexLike = require_lib94();
    var realf = require_lib100();
    var imagf = require_lib101();
    var format = require_lib3();
    function fromIterator(it) {
      var out;
      var v;
      var z;
      out = [];
      while (true) {
        v = it.next();
        if (v.done) {
          break;
        }
        z = v.value;
        if (isArrayLikeObject(z) && z.length >= 2) {
          out.push(z[0], z[1]);
        } else if (isComplexLike(z)) {
          out.push(realf(z), imagf(z));
        } else {
          return new TypeError(format("invalid argument. An iterator must return either a two-element array containing real and imaginary components or a complex number. Value: `%s`.", z));
        }
      }
      return out;
    }
    module.exports = fromIterator;
  }
});

// node_modules/@stdlib/array-complex64/lib/from_iterator_map.js
var require_from_iterator_map = __commonJS({
  "node_modules/@stdlib/array-complex64/lib/from_iterator_map.js"(exports, module) {
    "use strict";
    var isArrayLikeObject = require_lib86();
    var isComplexLike = require_lib94();
    var realf = require_lib100();
    var imagf = require_lib101();
    var format = require_lib3();
    function fromIteratorMap(it, clbk, thisArg) {
      var out;
      var v;
      var z;
      var i;
      out = [];
      i = -1;
      while (true) {
        v = it.next();
        if (v.done) {
          break;
        }
        i += 1;
        z = clbk.call(thisArg, v.value, i);
        if (isArrayLikeObject(z) && z.length >= 2) {
          out.push(z[0], z[1]);
        } else if (isComplexLike(z)) {
          out.push(realf(z), imagf(z));
        } else {
          return new TypeError(format("invalid argument. Callback must return either a two-element array containing real and imaginary components or a complex number. Value: `%s`.", z));
        }
      }
      return out;
    }
    module.exports = fromIteratorMap;
  }
});

// node_modules/@stdlib/array-complex64/lib/from_array.js
var require_from_array = __commonJS({
  "node_modules/@stdlib/array-complex64/lib/from_array.js"(exports, module) {
    "use strict";
    var isComplexLike = require_lib94();
    var realf = require_lib100();
    var imagf = require_lib101();
    function fromArray(buf, arr) {
      var len;
      var v;
      var i;
      var j;
      len = arr.length;
      j = 0;
      for (i = 0; i < len; i++) {
        v = arr[i];
        if (!isComplexLike(v)) {
          return null;
        }
        buf[j] = realf(v);
        buf[j + 1] = imagf(v);
        j += 2;
      }
      return buf;
    }
    module.exports = fromArray;
  }
});

// node_modules/@stdlib/array-complex64/lib/main.js
var require_main88 = __commonJS({
  "node_modules/@stdlib/array-complex64/lib/main.js"(exports, module) {
    "use strict";
    var isNonNegativeInteger = require_lib84().isPrimitive;
    var isArrayLikeObject = require_lib86();
    var isCollection = require_lib31();
    var isArrayBuffer = require_lib87();
    var isObject = require_lib14();
    var isArray = require_lib13();
    var isStringArray = require_lib89().primitives;
    var isString = require_lib88().isPrimitive;
    var isFunction = require_lib24();
    var isComplexLike = require_lib94();
    var isEven = require_lib95();
    var isInteger = require_lib29();
    var isComplex64Array = require_lib96();
    var isComplex128Array = require_lib97();
    var hasIteratorSymbolSupport = require_lib98();
    var ITERATOR_SYMBOL = require_lib99();
    var setReadOnly = require_lib5();
    var setReadOnlyAccessor = require_lib6();
    var Float32Array2 = require_lib57();
    var Complex64 = require_lib93();
    var format = require_lib3();
    var realf = require_lib100();
    var imagf = require_lib101();
    var floor = require_lib28();
    var reinterpret64 = require_lib102();
    var reinterpret128 = require_lib103();
    var getter = require_lib48();
    var accessorGetter = require_lib50();
    var fromIterator = require_from_iterator();
    var fromIteratorMap = require_from_iterator_map();
    var fromArray = require_from_array();
    var BYTES_PER_ELEMENT = Float32Array2.BYTES_PER_ELEMENT * 2;
    var HAS_ITERATOR_SYMBOL = hasIteratorSymbolSupport();
    function isComplexArray(value) {
      return value instanceof Complex64Array || typeof value === "object" && value !== null && (value.constructor.name === "Complex64Array" || value.constructor.name === "Complex128Array") && typeof value._length === "number" && // eslint-disable-line no-underscore-dangle
      // NOTE: we don't perform a more rigorous test here for a typed array for performance reasons, as robustly checking for a typed array instance could require walking the prototype tree and performing relatively expensive constructor checks...
      typeof value._buffer === "object";
    }
    function isComplexArrayConstructor(value) {
      return value === Complex64Array || // NOTE: weaker test in order to avoid a circular dependency with Complex128Array...
      value.name === "Complex128Array";
    }
    function getComplex64(buf, idx) {
      idx *= 2;
      return new Complex64(buf[idx], buf[idx + 1]);
    }
    function Complex64Array() {
      var byteOffset;
      var nargs;
      var buf;
      var len;
      nargs = arguments.length;
      if (!(this instanceof Complex64Array)) {
        if (nargs === 0) {
          return new Complex64Array();
        }
        if (nargs === 1) {
          return new Complex64Array(arguments[0]);
        }
        if (nargs === 2) {
          return new Complex64Array(arguments[0], arguments[1]);
        }
        return new Complex64Array(arguments[0], arguments[1], arguments[2]);
      }
      if (nargs === 0) {
        buf = new Float32Array2(0);
      } else if (nargs === 1) {
        if (isNonNegativeInteger(arguments[0])) {
          buf = new Float32Array2(arguments[0] * 2);
        } else if (isCollection(arguments[0])) {
          buf = arguments[0];
          len = buf.length;
          if (len && isArray(buf) && isComplexLike(buf[0])) {
            buf = fromArray(new Float32Array2(len * 2), buf);
            if (buf === null) {
              if (!isEven(len)) {
                throw new RangeError(format("invalid argument. Array-like object arguments must have a length which is a multiple of two. Length: `%u`.", len));
              }
              buf = new Float32Array2(arguments[0]);
            }
          } else {
            if (isComplex64Array(buf)) {
              buf = reinterpret64(buf, 0);
            } else if (isComplex128Array(buf)) {
              buf = reinterpret128(buf, 0);
            } else if (!isEven(len)) {
              throw new RangeError(format("invalid argument. Array-like object and typed array arguments must have a length which is a multiple of two. Length: `%u`.", len));
            }
            buf = new Float32Array2(buf);
          }
        } else if (isArrayBuffer(arguments[0])) {
          buf = arguments[0];
          if (!isInteger(buf.byteLength / BYTES_PER_ELEMENT)) {
            throw new RangeError(format("invalid argument. ArrayBuffer byte length must be a multiple of %u. Byte length: `%u`.", BYTES_PER_ELEMENT, buf.byteLength));
          }
          buf = new Float32Array2(buf);
        } else if (isObject(arguments[0])) {
          buf = arguments[0];
          if (HAS_ITERATOR_SYMBOL === false) {
            throw new TypeError(format("invalid argument. Environment lacks Symbol.iterator support. Must provide a length, ArrayBuffer, typed array, or array-like object. Value: `%s`.", buf));
          }
          if (!isFunction(buf[ITERATOR_SYMBOL])) {
            throw new TypeError(format("invalid argument. Must provide a length, ArrayBuffer, typed array, array-like object, or an iterable. Value: `%s`.", buf));
          }
          buf = buf[ITERATOR_SYMBOL]();
          if (!isFunction(buf.next)) {
            throw new TypeError(format("invalid argument. Must provide a length, ArrayBuffer, typed array, array-like object, or an iterable. Value: `%s`.", buf));
          }
          buf = fromIterator(buf);
          if (buf instanceof Error) {
            throw buf;
          }
          buf = new Float32Array2(buf);
        } else {
          throw new TypeError(format("invalid argument. Must provide a length, ArrayBuffer, typed array, array-like object, or an iterable. Value: `%s`.", arguments[0]));
        }
      } else {
        buf = arguments[0];
        if (!isArrayBuffer(buf)) {
          throw new TypeError(format("invalid argument. First argument must be an ArrayBuffer. Value: `%s`.", buf));
        }
        byteOffset = arguments[1];
        if (!isNonNegativeInteger(byteOffset)) {
          throw new TypeError(format("invalid argument. Byte offset must be a nonnegative integer. Value: `%s`.", byteOffset));
        }
        if (!isInteger(byteOffset / BYTES_PER_ELEMENT)) {
          throw new RangeError(format("invalid argument. Byte offset must be a multiple of %u. Value: `%u`.", BYTES_PER_ELEMENT, byteOffset));
        }
        if (nargs === 2) {
          len = buf.byteLength - byteOffset;
          if (!isInteger(len / BYTES_PER_ELEMENT)) {
            throw new RangeError(format("invalid arguments. ArrayBuffer view byte length must be a multiple of %u. View byte length: `%u`.", BYTES_PER_ELEMENT, len));
          }
          buf = new Float32Array2(buf, byteOffset);
        } else {
          len = arguments[2];
          if (!isNonNegativeInteger(len)) {
            throw new TypeError(format("invalid argument. Length must be a nonnegative integer. Value: `%s`.", len));
          }
          if (len * BYTES_PER_ELEMENT > buf.byteLength - byteOffset) {
            throw new RangeError(format("invalid arguments. ArrayBuffer has insufficient capacity. Either decrease the array length or provide a bigger buffer. Minimum capacity: `%u`.", len * BYTES_PER_ELEMENT));
          }
          buf = new Float32Array2(buf, byteOffset, len * 2);
        }
      }
      setReadOnly(this, "_buffer", buf);
      setReadOnly(this, "_length", buf.length / 2);
      return this;
    }
    setReadOnly(Complex64Array, "BYTES_PER_ELEMENT", BYTES_PER_ELEMENT);
    setReadOnly(Complex64Array, "name", "Complex64Array");
    setReadOnly(Complex64Array, "from", function from(src) {
      var thisArg;
      var nargs;
      var clbk;
      var out;
      var buf;
      var tmp;
      var get;
      var len;
      var flg;
      var v;
      var i;
      var j;
      if (!isFunction(this)) {
        throw new TypeError("invalid invocation. `this` context must be a constructor.");
      }
      if (!isComplexArrayConstructor(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      nargs = arguments.length;
      if (nargs > 1) {
        clbk = arguments[1];
        if (!isFunction(clbk)) {
          throw new TypeError(format("invalid argument. Second argument must be a function. Value: `%s`.", clbk));
        }
        if (nargs > 2) {
          thisArg = arguments[2];
        }
      }
      if (isComplexArray(src)) {
        len = src.length;
        if (clbk) {
          out = new this(len);
          buf = out._buffer;
          j = 0;
          for (i = 0; i < len; i++) {
            v = clbk.call(thisArg, src.get(i), i);
            if (isComplexLike(v)) {
              buf[j] = realf(v);
              buf[j + 1] = imagf(v);
            } else if (isArrayLikeObject(v) && v.length >= 2) {
              buf[j] = v[0];
              buf[j + 1] = v[1];
            } else {
              throw new TypeError(format("invalid argument. Callback must return either a two-element array containing real and imaginary components or a complex number. Value: `%s`.", v));
            }
            j += 2;
          }
          return out;
        }
        return new this(src);
      }
      if (isCollection(src)) {
        if (clbk) {
          len = src.length;
          if (src.get && src.set) {
            get = accessorGetter("default");
          } else {
            get = getter("default");
          }
          for (i = 0; i < len; i++) {
            if (!isComplexLike(get(src, i))) {
              flg = true;
              break;
            }
          }
          if (flg) {
            if (!isEven(len)) {
              throw new RangeError(format("invalid argument. First argument must have a length which is a multiple of %u. Length: `%u`.", 2, len));
            }
            out = new this(len / 2);
            buf = out._buffer;
            for (i = 0; i < len; i++) {
              buf[i] = clbk.call(thisArg, get(src, i), i);
            }
            return out;
          }
          out = new this(len);
          buf = out._buffer;
          j = 0;
          for (i = 0; i < len; i++) {
            v = clbk.call(thisArg, get(src, i), i);
            if (isComplexLike(v)) {
              buf[j] = realf(v);
              buf[j + 1] = imagf(v);
            } else if (isArrayLikeObject(v) && v.length >= 2) {
              buf[j] = v[0];
              buf[j + 1] = v[1];
            } else {
              throw new TypeError(format("invalid argument. Callback must return either a two-element array containing real and imaginary components or a complex number. Value: `%s`.", v));
            }
            j += 2;
          }
          return out;
        }
        return new this(src);
      }
      if (isObject(src) && HAS_ITERATOR_SYMBOL && isFunction(src[ITERATOR_SYMBOL])) {
        buf = src[ITERATOR_SYMBOL]();
        if (!isFunction(buf.next)) {
          throw new TypeError(format("invalid argument. First argument must be an array-like object or an iterable. Value: `%s`.", src));
        }
        if (clbk) {
          tmp = fromIteratorMap(buf, clbk, thisArg);
        } else {
          tmp = fromIterator(buf);
        }
        if (tmp instanceof Error) {
          throw tmp;
        }
        len = tmp.length / 2;
        out = new this(len);
        buf = out._buffer;
        for (i = 0; i < len; i++) {
          buf[i] = tmp[i];
        }
        return out;
      }
      throw new TypeError(format("invalid argument. First argument must be an array-like object or an iterable. Value: `%s`.", src));
    });
    setReadOnly(Complex64Array, "of", function of() {
      var args;
      var i;
      if (!isFunction(this)) {
        throw new TypeError("invalid invocation. `this` context must be a constructor.");
      }
      if (!isComplexArrayConstructor(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      args = [];
      for (i = 0; i < arguments.length; i++) {
        args.push(arguments[i]);
      }
      return new this(args);
    });
    setReadOnly(Complex64Array.prototype, "at", function at(idx) {
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isInteger(idx)) {
        throw new TypeError(format("invalid argument. Must provide an integer. Value: `%s`.", idx));
      }
      if (idx < 0) {
        idx += this._length;
      }
      if (idx < 0 || idx >= this._length) {
        return;
      }
      return getComplex64(this._buffer, idx);
    });
    setReadOnlyAccessor(Complex64Array.prototype, "buffer", function get() {
      return this._buffer.buffer;
    });
    setReadOnlyAccessor(Complex64Array.prototype, "byteLength", function get() {
      return this._buffer.byteLength;
    });
    setReadOnlyAccessor(Complex64Array.prototype, "byteOffset", function get() {
      return this._buffer.byteOffset;
    });
    setReadOnly(Complex64Array.prototype, "BYTES_PER_ELEMENT", Complex64Array.BYTES_PER_ELEMENT);
    setReadOnly(Complex64Array.prototype, "copyWithin", function copyWithin(target, start) {
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (arguments.length === 2) {
        this._buffer.copyWithin(target * 2, start * 2);
      } else {
        this._buffer.copyWithin(target * 2, start * 2, arguments[2] * 2);
      }
      return this;
    });
    setReadOnly(Complex64Array.prototype, "entries", function entries() {
      var self2;
      var iter;
      var len;
      var buf;
      var FLG;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      self2 = this;
      buf = this._buffer;
      len = this._length;
      i = -1;
      iter = {};
      setReadOnly(iter, "next", next);
      setReadOnly(iter, "return", end);
      if (ITERATOR_SYMBOL) {
        setReadOnly(iter, ITERATOR_SYMBOL, factory);
      }
      return iter;
      function next() {
        i += 1;
        if (FLG || i >= len) {
          return {
            "done": true
          };
        }
        return {
          "value": [i, getComplex64(buf, i)],
          "done": false
        };
      }
      function end(value) {
        FLG = true;
        if (arguments.length) {
          return {
            "value": value,
            "done": true
          };
        }
        return {
          "done": true
        };
      }
      function factory() {
        return self2.entries();
      }
    });
    setReadOnly(Complex64Array.prototype, "every", function every(predicate, thisArg) {
      var buf;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        if (!predicate.call(thisArg, getComplex64(buf, i), i, this)) {
          return false;
        }
      }
      return true;
    });
    setReadOnly(Complex64Array.prototype, "fill", function fill(value, start, end) {
      var buf;
      var len;
      var idx;
      var re;
      var im;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isComplexLike(value)) {
        throw new TypeError(format("invalid argument. First argument must be a complex number. Value: `%s`.", value));
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length > 1) {
        if (!isInteger(start)) {
          throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", start));
        }
        if (start < 0) {
          start += len;
          if (start < 0) {
            start = 0;
          }
        }
        if (arguments.length > 2) {
          if (!isInteger(end)) {
            throw new TypeError(format("invalid argument. Third argument must be an integer. Value: `%s`.", end));
          }
          if (end < 0) {
            end += len;
            if (end < 0) {
              end = 0;
            }
          }
          if (end > len) {
            end = len;
          }
        } else {
          end = len;
        }
      } else {
        start = 0;
        end = len;
      }
      re = realf(value);
      im = imagf(value);
      for (i = start; i < end; i++) {
        idx = 2 * i;
        buf[idx] = re;
        buf[idx + 1] = im;
      }
      return this;
    });
    setReadOnly(Complex64Array.prototype, "filter", function filter(predicate, thisArg) {
      var buf;
      var out;
      var i;
      var z;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      out = [];
      for (i = 0; i < this._length; i++) {
        z = getComplex64(buf, i);
        if (predicate.call(thisArg, z, i, this)) {
          out.push(z);
        }
      }
      return new this.constructor(out);
    });
    setReadOnly(Complex64Array.prototype, "find", function find(predicate, thisArg) {
      var buf;
      var i;
      var z;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        z = getComplex64(buf, i);
        if (predicate.call(thisArg, z, i, this)) {
          return z;
        }
      }
    });
    setReadOnly(Complex64Array.prototype, "findIndex", function findIndex(predicate, thisArg) {
      var buf;
      var i;
      var z;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        z = getComplex64(buf, i);
        if (predicate.call(thisArg, z, i, this)) {
          return i;
        }
      }
      return -1;
    });
    setReadOnly(Complex64Array.prototype, "findLast", function findLast(predicate, thisArg) {
      var buf;
      var i;
      var z;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = this._length - 1; i >= 0; i--) {
        z = getComplex64(buf, i);
        if (predicate.call(thisArg, z, i, this)) {
          return z;
        }
      }
    });
    setReadOnly(Complex64Array.prototype, "findLastIndex", function findLastIndex(predicate, thisArg) {
      var buf;
      var i;
      var z;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = this._length - 1; i >= 0; i--) {
        z = getComplex64(buf, i);
        if (predicate.call(thisArg, z, i, this)) {
          return i;
        }
      }
      return -1;
    });
    setReadOnly(Complex64Array.prototype, "forEach", function forEach(fcn, thisArg) {
      var buf;
      var i;
      var z;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(fcn)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", fcn));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        z = getComplex64(buf, i);
        fcn.call(thisArg, z, i, this);
      }
    });
    setReadOnly(Complex64Array.prototype, "get", function get(idx) {
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isNonNegativeInteger(idx)) {
        throw new TypeError(format("invalid argument. Must provide a nonnegative integer. Value: `%s`.", idx));
      }
      if (idx >= this._length) {
        return;
      }
      return getComplex64(this._buffer, idx);
    });
    setReadOnly(Complex64Array.prototype, "includes", function includes(searchElement, fromIndex) {
      var buf;
      var idx;
      var re;
      var im;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isComplexLike(searchElement)) {
        throw new TypeError(format("invalid argument. First argument must be a complex number. Value: `%s`.", searchElement));
      }
      if (arguments.length > 1) {
        if (!isInteger(fromIndex)) {
          throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", fromIndex));
        }
        if (fromIndex < 0) {
          fromIndex += this._length;
          if (fromIndex < 0) {
            fromIndex = 0;
          }
        }
      } else {
        fromIndex = 0;
      }
      re = realf(searchElement);
      im = imagf(searchElement);
      buf = this._buffer;
      for (i = fromIndex; i < this._length; i++) {
        idx = 2 * i;
        if (re === buf[idx] && im === buf[idx + 1]) {
          return true;
        }
      }
      return false;
    });
    setReadOnly(Complex64Array.prototype, "indexOf", function indexOf(searchElement, fromIndex) {
      var buf;
      var idx;
      var re;
      var im;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isComplexLike(searchElement)) {
        throw new TypeError(format("invalid argument. First argument must be a complex number. Value: `%s`.", searchElement));
      }
      if (arguments.length > 1) {
        if (!isInteger(fromIndex)) {
          throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", fromIndex));
        }
        if (fromIndex < 0) {
          fromIndex += this._length;
          if (fromIndex < 0) {
            fromIndex = 0;
          }
        }
      } else {
        fromIndex = 0;
      }
      re = realf(searchElement);
      im = imagf(searchElement);
      buf = this._buffer;
      for (i = fromIndex; i < this._length; i++) {
        idx = 2 * i;
        if (re === buf[idx] && im === buf[idx + 1]) {
          return i;
        }
      }
      return -1;
    });
    setReadOnly(Complex64Array.prototype, "join", function join2(separator) {
      var out;
      var buf;
      var sep;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (arguments.length === 0) {
        sep = ",";
      } else if (isString(separator)) {
        sep = separator;
      } else {
        throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.", separator));
      }
      out = [];
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        out.push(getComplex64(buf, i).toString());
      }
      return out.join(sep);
    });
    setReadOnly(Complex64Array.prototype, "keys", function keys() {
      var self2;
      var iter;
      var len;
      var FLG;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      self2 = this;
      len = this._length;
      i = -1;
      iter = {};
      setReadOnly(iter, "next", next);
      setReadOnly(iter, "return", end);
      if (ITERATOR_SYMBOL) {
        setReadOnly(iter, ITERATOR_SYMBOL, factory);
      }
      return iter;
      function next() {
        i += 1;
        if (FLG || i >= len) {
          return {
            "done": true
          };
        }
        return {
          "value": i,
          "done": false
        };
      }
      function end(value) {
        FLG = true;
        if (arguments.length) {
          return {
            "value": value,
            "done": true
          };
        }
        return {
          "done": true
        };
      }
      function factory() {
        return self2.keys();
      }
    });
    setReadOnly(Complex64Array.prototype, "lastIndexOf", function lastIndexOf(searchElement, fromIndex) {
      var buf;
      var idx;
      var re;
      var im;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isComplexLike(searchElement)) {
        throw new TypeError(format("invalid argument. First argument must be a complex number. Value: `%s`.", searchElement));
      }
      if (arguments.length > 1) {
        if (!isInteger(fromIndex)) {
          throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", fromIndex));
        }
        if (fromIndex >= this._length) {
          fromIndex = this._length - 1;
        } else if (fromIndex < 0) {
          fromIndex += this._length;
        }
      } else {
        fromIndex = this._length - 1;
      }
      re = realf(searchElement);
      im = imagf(searchElement);
      buf = this._buffer;
      for (i = fromIndex; i >= 0; i--) {
        idx = 2 * i;
        if (re === buf[idx] && im === buf[idx + 1]) {
          return i;
        }
      }
      return -1;
    });
    setReadOnlyAccessor(Complex64Array.prototype, "length", function get() {
      return this._length;
    });
    setReadOnly(Complex64Array.prototype, "map", function map(fcn, thisArg) {
      var outbuf;
      var buf;
      var out;
      var i;
      var v;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(fcn)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", fcn));
      }
      buf = this._buffer;
      out = new this.constructor(this._length);
      outbuf = out._buffer;
      for (i = 0; i < this._length; i++) {
        v = fcn.call(thisArg, getComplex64(buf, i), i, this);
        if (isComplexLike(v)) {
          outbuf[2 * i] = realf(v);
          outbuf[2 * i + 1] = imagf(v);
        } else if (isArrayLikeObject(v) && v.length === 2) {
          outbuf[2 * i] = v[0];
          outbuf[2 * i + 1] = v[1];
        } else {
          throw new TypeError(format("invalid argument. Callback must return either a two-element array containing real and imaginary components or a complex number. Value: `%s`.", v));
        }
      }
      return out;
    });
    setReadOnly(Complex64Array.prototype, "reduce", function reduce(reducer, initialValue) {
      var buf;
      var acc;
      var len;
      var v;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(reducer)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", reducer));
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length > 1) {
        acc = initialValue;
        i = 0;
      } else {
        if (len === 0) {
          throw new Error("invalid operation. If not provided an initial value, an array must contain at least one element.");
        }
        acc = getComplex64(buf, 0);
        i = 1;
      }
      for (; i < len; i++) {
        v = getComplex64(buf, i);
        acc = reducer(acc, v, i, this);
      }
      return acc;
    });
    setReadOnly(Complex64Array.prototype, "reduceRight", function reduceRight(reducer, initialValue) {
      var buf;
      var acc;
      var len;
      var v;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(reducer)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", reducer));
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length > 1) {
        acc = initialValue;
        i = len - 1;
      } else {
        if (len === 0) {
          throw new Error("invalid operation. If not provided an initial value, an array must contain at least one element.");
        }
        acc = getComplex64(buf, len - 1);
        i = len - 2;
      }
      for (; i >= 0; i--) {
        v = getComplex64(buf, i);
        acc = reducer(acc, v, i, this);
      }
      return acc;
    });
    setReadOnly(Complex64Array.prototype, "reverse", function reverse() {
      var buf;
      var tmp;
      var len;
      var N2;
      var i;
      var j;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      len = this._length;
      buf = this._buffer;
      N2 = floor(len / 2);
      for (i = 0; i < N2; i++) {
        j = len - i - 1;
        tmp = buf[2 * i];
        buf[2 * i] = buf[2 * j];
        buf[2 * j] = tmp;
        tmp = buf[2 * i + 1];
        buf[2 * i + 1] = buf[2 * j + 1];
        buf[2 * j + 1] = tmp;
      }
      return this;
    });
    setReadOnly(Complex64Array.prototype, "set", function set(value) {
      var sbuf;
      var idx;
      var buf;
      var tmp;
      var flg;
      var N2;
      var v;
      var i;
      var j;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      buf = this._buffer;
      if (arguments.length > 1) {
        idx = arguments[1];
        if (!isNonNegativeInteger(idx)) {
          throw new TypeError(format("invalid argument. Index argument must be a nonnegative integer. Value: `%s`.", idx));
        }
      } else {
        idx = 0;
      }
      if (isComplexLike(value)) {
        if (idx >= this._length) {
          throw new RangeError(format("invalid argument. Index argument is out-of-bounds. Value: `%u`.", idx));
        }
        idx *= 2;
        buf[idx] = realf(value);
        buf[idx + 1] = imagf(value);
        return;
      }
      if (isComplexArray(value)) {
        N2 = value._length;
        if (idx + N2 > this._length) {
          throw new RangeError("invalid arguments. Target array lacks sufficient storage to accommodate source values.");
        }
        sbuf = value._buffer;
        j = buf.byteOffset + idx * BYTES_PER_ELEMENT;
        if (sbuf.buffer === buf.buffer && (sbuf.byteOffset < j && sbuf.byteOffset + sbuf.byteLength > j)) {
          tmp = new Float32Array2(sbuf.length);
          for (i = 0; i < sbuf.length; i++) {
            tmp[i] = sbuf[i];
          }
          sbuf = tmp;
        }
        idx *= 2;
        j = 0;
        for (i = 0; i < N2; i++) {
          buf[idx] = sbuf[j];
          buf[idx + 1] = sbuf[j + 1];
          idx += 2;
          j += 2;
        }
        return;
      }
      if (isCollection(value)) {
        N2 = value.length;
        for (i = 0; i < N2; i++) {
          if (!isComplexLike(value[i])) {
            flg = true;
            break;
          }
        }
        if (flg) {
          if (!isEven(N2)) {
            throw new RangeError(format("invalid argument. Array-like object arguments must have a length which is a multiple of two. Length: `%u`.", N2));
          }
          if (idx + N2 / 2 > this._length) {
            throw new RangeError("invalid arguments. Target array lacks sufficient storage to accommodate source values.");
          }
          sbuf = value;
          j = buf.byteOffset + idx * BYTES_PER_ELEMENT;
          if (sbuf.buffer === buf.buffer && (sbuf.byteOffset < j && sbuf.byteOffset + sbuf.byteLength > j)) {
            tmp = new Float32Array2(N2);
            for (i = 0; i < N2; i++) {
              tmp[i] = sbuf[i];
            }
            sbuf = tmp;
          }
          idx *= 2;
          N2 /= 2;
          j = 0;
          for (i = 0; i < N2; i++) {
            buf[idx] = sbuf[j];
            buf[idx + 1] = sbuf[j + 1];
            idx += 2;
            j += 2;
          }
          return;
        }
        if (idx + N2 > this._length) {
          throw new RangeError("invalid arguments. Target array lacks sufficient storage to accommodate source values.");
        }
        idx *= 2;
        for (i = 0; i < N2; i++) {
          v = value[i];
          buf[idx] = realf(v);
          buf[idx + 1] = imagf(v);
          idx += 2;
        }
        return;
      }
      throw new TypeError(format("invalid argument. First argument must be either a complex number, an array-like object, or a complex number array. Value: `%s`.", value));
    });
    setReadOnly(Complex64Array.prototype, "slice", function slice(start, end) {
      var outlen;
      var outbuf;
      var out;
      var idx;
      var buf;
      var len;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length === 0) {
        start = 0;
        end = len;
      } else {
        if (!isInteger(start)) {
          throw new TypeError(format("invalid argument. First argument must be an integer. Value: `%s`.", start));
        }
        if (start < 0) {
          start += len;
          if (start < 0) {
            start = 0;
          }
        }
        if (arguments.length === 1) {
          end = len;
        } else {
          if (!isInteger(end)) {
            throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", end));
          }
          if (end < 0) {
            end += len;
            if (end < 0) {
              end = 0;
            }
          } else if (end > len) {
            end = len;
          }
        }
      }
      if (start < end) {
        outlen = end - start;
      } else {
        outlen = 0;
      }
      out = new this.constructor(outlen);
      outbuf = out._buffer;
      for (i = 0; i < outlen; i++) {
        idx = 2 * (i + start);
        outbuf[2 * i] = buf[idx];
        outbuf[2 * i + 1] = buf[idx + 1];
      }
      return out;
    });
    setReadOnly(Complex64Array.prototype, "some", function some(predicate, thisArg) {
      var buf;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        if (predicate.call(thisArg, getComplex64(buf, i), i, this)) {
          return true;
        }
      }
      return false;
    });
    setReadOnly(Complex64Array.prototype, "sort", function sort(compareFcn) {
      var tmp;
      var buf;
      var len;
      var i;
      var j;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(compareFcn)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", compareFcn));
      }
      buf = this._buffer;
      len = this._length;
      tmp = [];
      for (i = 0; i < len; i++) {
        tmp.push(getComplex64(buf, i));
      }
      tmp.sort(compareFcn);
      for (i = 0; i < len; i++) {
        j = 2 * i;
        buf[j] = realf(tmp[i]);
        buf[j + 1] = imagf(tmp[i]);
      }
      return this;
    });
    setReadOnly(Complex64Array.prototype, "subarray", function subarray(begin, end) {
      var offset;
      var buf;
      var len;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length === 0) {
        begin = 0;
        end = len;
      } else {
        if (!isInteger(begin)) {
          throw new TypeError(format("invalid argument. First argument must be an integer. Value: `%s`.", begin));
        }
        if (begin < 0) {
          begin += len;
          if (begin < 0) {
            begin = 0;
          }
        }
        if (arguments.length === 1) {
          end = len;
        } else {
          if (!isInteger(end)) {
            throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", end));
          }
          if (end < 0) {
            end += len;
            if (end < 0) {
              end = 0;
            }
          } else if (end > len) {
            end = len;
          }
        }
      }
      if (begin >= len) {
        len = 0;
        offset = buf.byteLength;
      } else if (begin >= end) {
        len = 0;
        offset = buf.byteOffset + begin * BYTES_PER_ELEMENT;
      } else {
        len = end - begin;
        offset = buf.byteOffset + begin * BYTES_PER_ELEMENT;
      }
      return new this.constructor(buf.buffer, offset, len < 0 ? 0 : len);
    });
    setReadOnly(Complex64Array.prototype, "toLocaleString", function toLocaleString(locales, options) {
      var opts;
      var loc;
      var out;
      var buf;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (arguments.length === 0) {
        loc = [];
      } else if (isString(locales) || isStringArray(locales)) {
        loc = locales;
      } else {
        throw new TypeError(format("invalid argument. First argument must be a string or an array of strings. Value: `%s`.", locales));
      }
      if (arguments.length < 2) {
        opts = {};
      } else if (isObject(options)) {
        opts = options;
      } else {
        throw new TypeError(format("invalid argument. Options argument must be an object. Value: `%s`.", options));
      }
      buf = this._buffer;
      out = [];
      for (i = 0; i < this._length; i++) {
        out.push(getComplex64(buf, i).toLocaleString(loc, opts));
      }
      return out.join(",");
    });
    setReadOnly(Complex64Array.prototype, "toReversed", function toReversed() {
      var outbuf;
      var out;
      var len;
      var buf;
      var i;
      var j;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      len = this._length;
      out = new this.constructor(len);
      buf = this._buffer;
      outbuf = out._buffer;
      for (i = 0; i < len; i++) {
        j = len - i - 1;
        outbuf[2 * i] = buf[2 * j];
        outbuf[2 * i + 1] = buf[2 * j + 1];
      }
      return out;
    });
    setReadOnly(Complex64Array.prototype, "toSorted", function toSorted(compareFcn) {
      var tmp;
      var buf;
      var len;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(compareFcn)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", compareFcn));
      }
      buf = this._buffer;
      len = this._length;
      tmp = [];
      for (i = 0; i < len; i++) {
        tmp.push(getComplex64(buf, i));
      }
      tmp.sort(compareFcn);
      return new Complex64Array(tmp);
    });
    setReadOnly(Complex64Array.prototype, "toString", function toString() {
      var out;
      var buf;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      out = [];
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        out.push(getComplex64(buf, i).toString());
      }
      return out.join(",");
    });
    setReadOnly(Complex64Array.prototype, "values", function values() {
      var iter;
      var self2;
      var len;
      var FLG;
      var buf;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      self2 = this;
      buf = this._buffer;
      len = this._length;
      i = -1;
      iter = {};
      setReadOnly(iter, "next", next);
      setReadOnly(iter, "return", end);
      if (ITERATOR_SYMBOL) {
        setReadOnly(iter, ITERATOR_SYMBOL, factory);
      }
      return iter;
      function next() {
        i += 1;
        if (FLG || i >= len) {
          return {
            "done": true
          };
        }
        return {
          "value": getComplex64(buf, i),
          "done": false
        };
      }
      function end(value) {
        FLG = true;
        if (arguments.length) {
          return {
            "value": value,
            "done": true
          };
        }
        return {
          "done": true
        };
      }
      function factory() {
        return self2.values();
      }
    });
    setReadOnly(Complex64Array.prototype, "with", function copyWith(index, value) {
      var buf;
      var out;
      var len;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isInteger(index)) {
        throw new TypeError(format("invalid argument. First argument must be an integer. Value: `%s`.", index));
      }
      len = this._length;
      if (index < 0) {
        index += len;
      }
      if (index < 0 || index >= len) {
        throw new RangeError(format("invalid argument. Index argument is out-of-bounds. Value: `%s`.", index));
      }
      if (!isComplexLike(value)) {
        throw new TypeError(format("invalid argument. Second argument must be a complex number. Value: `%s`.", value));
      }
      out = new this.constructor(this._buffer);
      buf = out._buffer;
      buf[2 * index] = realf(value);
      buf[2 * index + 1] = imagf(value);
      return out;
    });
    module.exports = Complex64Array;
  }
});

// node_modules/@stdlib/array-complex64/lib/index.js
var require_lib104 = __commonJS({
  "node_modules/@stdlib/array-complex64/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main88();
    module.exports = main;
  }
});

// node_modules/@stdlib/complex-float64-real/lib/main.js
var require_main89 = __commonJS({
  "node_modules/@stdlib/complex-float64-real/lib/main.js"(exports, module) {
    "use strict";
    function real(z) {
      return z.re;
    }
    module.exports = real;
  }
});

// node_modules/@stdlib/complex-float64-real/lib/index.js
var require_lib105 = __commonJS({
  "node_modules/@stdlib/complex-float64-real/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main89();
    module.exports = main;
  }
});

// node_modules/@stdlib/complex-float64-imag/lib/main.js
var require_main90 = __commonJS({
  "node_modules/@stdlib/complex-float64-imag/lib/main.js"(exports, module) {
    "use strict";
    function imag(z) {
      return z.im;
    }
    module.exports = imag;
  }
});

// node_modules/@stdlib/complex-float64-imag/lib/index.js
var require_lib106 = __commonJS({
  "node_modules/@stdlib/complex-float64-imag/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main90();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-complex128/lib/from_iterator.js
var require_from_iterator2 = __commonJS({
  "node_modules/@stdlib/array-complex128/lib/from_iterator.js"(exports, module) {
    "use strict";
    var isArrayLikeObject = require_lib86();
    var isComplexLike = require_lib94();
    var format = require_lib3();
    var real = require_lib105();
    var imag = require_lib106();
    function fromIterator(it) {
      var out;
      var v;
      var z;
      out = [];
      while (true) {
        v = it.next();
        if (v.done) {
          break;
        }
        z = v.value;
        if (isArrayLikeObject(z) && z.length >= 2) {
          out.push(z[0], z[1]);
        } else if (isComplexLike(z)) {
          out.push(real(z), imag(z));
        } else {
          return new TypeError(format("invalid argument. An iterator must return either a two-element array containing real and imaginary components or a complex number. Value: `%s`.", z));
        }
      }
      return out;
    }
    module.exports = fromIterator;
  }
});

// node_modules/@stdlib/array-complex128/lib/from_iterator_map.js
var require_from_iterator_map2 = __commonJS({
  "node_modules/@stdlib/array-complex128/lib/from_iterator_map.js"(exports, module) {
    "use strict";
    var isArrayLikeObject = require_lib86();
    var isComplexLike = require_lib94();
    var format = require_lib3();
    var real = require_lib105();
    var imag = require_lib106();
    function fromIteratorMap(it, clbk, thisArg) {
      var out;
      var v;
      var z;
      var i;
      out = [];
      i = -1;
      while (true) {
        v = it.next();
        if (v.done) {
          break;
        }
        i += 1;
        z = clbk.call(thisArg, v.value, i);
        if (isArrayLikeObject(z) && z.length >= 2) {
          out.push(z[0], z[1]);
        } else if (isComplexLike(z)) {
          out.push(real(z), imag(z));
        } else {
          return new TypeError(format("invalid argument. Callback must return either a two-element array containing real and imaginary components or a complex number. Value: `%s`.", z));
        }
      }
      return out;
    }
    module.exports = fromIteratorMap;
  }
});

// node_modules/@stdlib/array-complex128/lib/from_array.js
var require_from_array2 = __commonJS({
  "node_modules/@stdlib/array-complex128/lib/from_array.js"(exports, module) {
    "use strict";
    var isComplexLike = require_lib94();
    var real = require_lib105();
    var imag = require_lib106();
    function fromArray(buf, arr) {
      var len;
      var v;
      var i;
      var j;
      len = arr.length;
      j = 0;
      for (i = 0; i < len; i++) {
        v = arr[i];
        if (!isComplexLike(v)) {
          return null;
        }
        buf[j] = real(v);
        buf[j + 1] = imag(v);
        j += 2;
      }
      return buf;
    }
    module.exports = fromArray;
  }
});

// node_modules/@stdlib/array-complex128/lib/main.js
var require_main91 = __commonJS({
  "node_modules/@stdlib/array-complex128/lib/main.js"(exports, module) {
    "use strict";
    var isNonNegativeInteger = require_lib84().isPrimitive;
    var isArrayLikeObject = require_lib86();
    var isCollection = require_lib31();
    var isArrayBuffer = require_lib87();
    var isObject = require_lib14();
    var isArray = require_lib13();
    var isStringArray = require_lib89().primitives;
    var isString = require_lib88();
    var isFunction = require_lib24();
    var isComplexLike = require_lib94();
    var isEven = require_lib95();
    var isInteger = require_lib29();
    var isComplex64Array = require_lib96();
    var isComplex128Array = require_lib97();
    var hasIteratorSymbolSupport = require_lib98();
    var ITERATOR_SYMBOL = require_lib99();
    var setReadOnly = require_lib5();
    var setReadOnlyAccessor = require_lib6();
    var Float64Array2 = require_lib54();
    var Complex128 = require_lib91();
    var real = require_lib105();
    var imag = require_lib106();
    var floor = require_lib28();
    var reinterpret64 = require_lib102();
    var reinterpret128 = require_lib103();
    var getter = require_lib48();
    var accessorGetter = require_lib50();
    var format = require_lib3();
    var fromIterator = require_from_iterator2();
    var fromIteratorMap = require_from_iterator_map2();
    var fromArray = require_from_array2();
    var BYTES_PER_ELEMENT = Float64Array2.BYTES_PER_ELEMENT * 2;
    var HAS_ITERATOR_SYMBOL = hasIteratorSymbolSupport();
    function isComplexArray(value) {
      return value instanceof Complex128Array || typeof value === "object" && value !== null && (value.constructor.name === "Complex64Array" || value.constructor.name === "Complex128Array") && typeof value._length === "number" && // eslint-disable-line no-underscore-dangle
      // NOTE: we don't perform a more rigorous test here for a typed array for performance reasons, as robustly checking for a typed array instance could require walking the prototype tree and performing relatively expensive constructor checks...
      typeof value._buffer === "object";
    }
    function isComplexArrayConstructor(value) {
      return value === Complex128Array || // NOTE: weaker test in order to avoid a circular dependency with Complex64Array...
      value.name === "Complex64Array";
    }
    function getComplex128(buf, idx) {
      idx *= 2;
      return new Complex128(buf[idx], buf[idx + 1]);
    }
    function Complex128Array() {
      var byteOffset;
      var nargs;
      var buf;
      var len;
      nargs = arguments.length;
      if (!(this instanceof Complex128Array)) {
        if (nargs === 0) {
          return new Complex128Array();
        }
        if (nargs === 1) {
          return new Complex128Array(arguments[0]);
        }
        if (nargs === 2) {
          return new Complex128Array(arguments[0], arguments[1]);
        }
        return new Complex128Array(arguments[0], arguments[1], arguments[2]);
      }
      if (nargs === 0) {
        buf = new Float64Array2(0);
      } else if (nargs === 1) {
        if (isNonNegativeInteger(arguments[0])) {
          buf = new Float64Array2(arguments[0] * 2);
        } else if (isCollection(arguments[0])) {
          buf = arguments[0];
          len = buf.length;
          if (len && isArray(buf) && isComplexLike(buf[0])) {
            buf = fromArray(new Float64Array2(len * 2), buf);
            if (buf === null) {
              if (!isEven(len)) {
                throw new RangeError(format("invalid argument. Array-like object arguments must have a length which is a multiple of two. Length: `%u`.", len));
              }
              buf = new Float64Array2(arguments[0]);
            }
          } else {
            if (isComplex64Array(buf)) {
              buf = reinterpret64(buf, 0);
            } else if (isComplex128Array(buf)) {
              buf = reinterpret128(buf, 0);
            } else if (!isEven(len)) {
              throw new RangeError(format("invalid argument. Array-like object and typed array arguments must have a length which is a multiple of two. Length: `%u`.", len));
            }
            buf = new Float64Array2(buf);
          }
        } else if (isArrayBuffer(arguments[0])) {
          buf = arguments[0];
          if (!isInteger(buf.byteLength / BYTES_PER_ELEMENT)) {
            throw new RangeError(format("invalid argument. ArrayBuffer byte length must be a multiple of %u. Byte length: `%u`.", BYTES_PER_ELEMENT, buf.byteLength));
          }
          buf = new Float64Array2(buf);
        } else if (isObject(arguments[0])) {
          buf = arguments[0];
          if (HAS_ITERATOR_SYMBOL === false) {
            throw new TypeError(format("invalid argument. Environment lacks Symbol.iterator support. Must provide a length, ArrayBuffer, typed array, or array-like object. Value: `%s`.", buf));
          }
          if (!isFunction(buf[ITERATOR_SYMBOL])) {
            throw new TypeError(format("invalid argument. Must provide a length, ArrayBuffer, typed array, array-like object, or an iterable. Value: `%s`.", buf));
          }
          buf = buf[ITERATOR_SYMBOL]();
          if (!isFunction(buf.next)) {
            throw new TypeError(format("invalid argument. Must provide a length, ArrayBuffer, typed array, array-like object, or an iterable. Value: `%s`.", buf));
          }
          buf = fromIterator(buf);
          if (buf instanceof Error) {
            throw buf;
          }
          buf = new Float64Array2(buf);
        } else {
          throw new TypeError(format("invalid argument. Must provide a length, ArrayBuffer, typed array, array-like object, or an iterable. Value: `%s`.", arguments[0]));
        }
      } else {
        buf = arguments[0];
        if (!isArrayBuffer(buf)) {
          throw new TypeError(format("invalid argument. First argument must be an ArrayBuffer. Value: `%s`.", buf));
        }
        byteOffset = arguments[1];
        if (!isNonNegativeInteger(byteOffset)) {
          throw new TypeError(format("invalid argument. Byte offset must be a nonnegative integer. Value: `%s`.", byteOffset));
        }
        if (!isInteger(byteOffset / BYTES_PER_ELEMENT)) {
          throw new RangeError(format("invalid argument. Byte offset must be a multiple of %u. Value: `%u`.", BYTES_PER_ELEMENT, byteOffset));
        }
        if (nargs === 2) {
          len = buf.byteLength - byteOffset;
          if (!isInteger(len / BYTES_PER_ELEMENT)) {
            throw new RangeError(format("invalid arguments. ArrayBuffer view byte length must be a multiple of %u. View byte length: `%u`.", BYTES_PER_ELEMENT, len));
          }
          buf = new Float64Array2(buf, byteOffset);
        } else {
          len = arguments[2];
          if (!isNonNegativeInteger(len)) {
            throw new TypeError(format("invalid argument. Length must be a nonnegative integer. Value: `%s`.", len));
          }
          if (len * BYTES_PER_ELEMENT > buf.byteLength - byteOffset) {
            throw new RangeError(format("invalid arguments. ArrayBuffer has insufficient capacity. Either decrease the array length or provide a bigger buffer. Minimum capacity: `%u`.", len * BYTES_PER_ELEMENT));
          }
          buf = new Float64Array2(buf, byteOffset, len * 2);
        }
      }
      setReadOnly(this, "_buffer", buf);
      setReadOnly(this, "_length", buf.length / 2);
      return this;
    }
    setReadOnly(Complex128Array, "BYTES_PER_ELEMENT", BYTES_PER_ELEMENT);
    setReadOnly(Complex128Array, "name", "Complex128Array");
    setReadOnly(Complex128Array, "from", function from(src) {
      var thisArg;
      var nargs;
      var clbk;
      var out;
      var buf;
      var tmp;
      var get;
      var len;
      var flg;
      var v;
      var i;
      var j;
      if (!isFunction(this)) {
        throw new TypeError("invalid invocation. `this` context must be a constructor.");
      }
      if (!isComplexArrayConstructor(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      nargs = arguments.length;
      if (nargs > 1) {
        clbk = arguments[1];
        if (!isFunction(clbk)) {
          throw new TypeError(format("invalid argument. Second argument must be a function. Value: `%s`.", clbk));
        }
        if (nargs > 2) {
          thisArg = arguments[2];
        }
      }
      if (isComplexArray(src)) {
        len = src.length;
        if (clbk) {
          out = new this(len);
          buf = out._buffer;
          j = 0;
          for (i = 0; i < len; i++) {
            v = clbk.call(thisArg, src.get(i), i);
            if (isComplexLike(v)) {
              buf[j] = real(v);
              buf[j + 1] = imag(v);
            } else if (isArrayLikeObject(v) && v.length >= 2) {
              buf[j] = v[0];
              buf[j + 1] = v[1];
            } else {
              throw new TypeError(format("invalid argument. Callback must return either a two-element array containing real and imaginary components or a complex number. Value: `%s`.", v));
            }
            j += 2;
          }
          return out;
        }
        return new this(src);
      }
      if (isCollection(src)) {
        if (clbk) {
          len = src.length;
          if (src.get && src.set) {
            get = accessorGetter("default");
          } else {
            get = getter("default");
          }
          for (i = 0; i < len; i++) {
            if (!isComplexLike(get(src, i))) {
              flg = true;
              break;
            }
          }
          if (flg) {
            if (!isEven(len)) {
              throw new RangeError(format("invalid argument. First argument must have a length which is a multiple of two. Length: `%u`.", len));
            }
            out = new this(len / 2);
            buf = out._buffer;
            for (i = 0; i < len; i++) {
              buf[i] = clbk.call(thisArg, get(src, i), i);
            }
            return out;
          }
          out = new this(len);
          buf = out._buffer;
          j = 0;
          for (i = 0; i < len; i++) {
            v = clbk.call(thisArg, get(src, i), i);
            if (isComplexLike(v)) {
              buf[j] = real(v);
              buf[j + 1] = imag(v);
            } else if (isArrayLikeObject(v) && v.length >= 2) {
              buf[j] = v[0];
              buf[j + 1] = v[1];
            } else {
              throw new TypeError(format("invalid argument. Callback must return either a two-element array containing real and imaginary components or a complex number. Value: `%s`.", v));
            }
            j += 2;
          }
          return out;
        }
        return new this(src);
      }
      if (isObject(src) && HAS_ITERATOR_SYMBOL && isFunction(src[ITERATOR_SYMBOL])) {
        buf = src[ITERATOR_SYMBOL]();
        if (!isFunction(buf.next)) {
          throw new TypeError(format("invalid argument. First argument must be an array-like object or an iterable. Value: `%s`.", src));
        }
        if (clbk) {
          tmp = fromIteratorMap(buf, clbk, thisArg);
        } else {
          tmp = fromIterator(buf);
        }
        if (tmp instanceof Error) {
          throw tmp;
        }
        len = tmp.length / 2;
        out = new this(len);
        buf = out._buffer;
        for (i = 0; i < len; i++) {
          buf[i] = tmp[i];
        }
        return out;
      }
      throw new TypeError(format("invalid argument. First argument must be an array-like object or an iterable. Value: `%s`.", src));
    });
    setReadOnly(Complex128Array, "of", function of() {
      var args;
      var i;
      if (!isFunction(this)) {
        throw new TypeError("invalid invocation. `this` context must be a constructor.");
      }
      if (!isComplexArrayConstructor(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      args = [];
      for (i = 0; i < arguments.length; i++) {
        args.push(arguments[i]);
      }
      return new this(args);
    });
    setReadOnly(Complex128Array.prototype, "at", function at(idx) {
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isInteger(idx)) {
        throw new TypeError(format("invalid argument. Must provide an integer. Value: `%s`.", idx));
      }
      if (idx < 0) {
        idx += this._length;
      }
      if (idx < 0 || idx >= this._length) {
        return;
      }
      return getComplex128(this._buffer, idx);
    });
    setReadOnlyAccessor(Complex128Array.prototype, "buffer", function get() {
      return this._buffer.buffer;
    });
    setReadOnlyAccessor(Complex128Array.prototype, "byteLength", function get() {
      return this._buffer.byteLength;
    });
    setReadOnlyAccessor(Complex128Array.prototype, "byteOffset", function get() {
      return this._buffer.byteOffset;
    });
    setReadOnly(Complex128Array.prototype, "BYTES_PER_ELEMENT", Complex128Array.BYTES_PER_ELEMENT);
    setReadOnly(Complex128Array.prototype, "copyWithin", function copyWithin(target, start) {
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (arguments.length === 2) {
        this._buffer.copyWithin(target * 2, start * 2);
      } else {
        this._buffer.copyWithin(target * 2, start * 2, arguments[2] * 2);
      }
      return this;
    });
    setReadOnly(Complex128Array.prototype, "entries", function entries() {
      var buffer;
      var self2;
      var iter;
      var len;
      var FLG;
      var i;
      var j;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      self2 = this;
      buffer = this._buffer;
      len = this._length;
      i = -1;
      j = -2;
      iter = {};
      setReadOnly(iter, "next", next);
      setReadOnly(iter, "return", end);
      if (ITERATOR_SYMBOL) {
        setReadOnly(iter, ITERATOR_SYMBOL, factory);
      }
      return iter;
      function next() {
        var z;
        i += 1;
        if (FLG || i >= len) {
          return {
            "done": true
          };
        }
        j += 2;
        z = new Complex128(buffer[j], buffer[j + 1]);
        return {
          "value": [i, z],
          "done": false
        };
      }
      function end(value) {
        FLG = true;
        if (arguments.length) {
          return {
            "value": value,
            "done": true
          };
        }
        return {
          "done": true
        };
      }
      function factory() {
        return self2.entries();
      }
    });
    setReadOnly(Complex128Array.prototype, "every", function every(predicate, thisArg) {
      var buf;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        if (!predicate.call(thisArg, getComplex128(buf, i), i, this)) {
          return false;
        }
      }
      return true;
    });
    setReadOnly(Complex128Array.prototype, "fill", function fill(value, start, end) {
      var buf;
      var len;
      var idx;
      var re;
      var im;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isComplexLike(value)) {
        throw new TypeError(format("invalid argument. First argument must be a complex number. Value: `%s`.", value));
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length > 1) {
        if (!isInteger(start)) {
          throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", start));
        }
        if (start < 0) {
          start += len;
          if (start < 0) {
            start = 0;
          }
        }
        if (arguments.length > 2) {
          if (!isInteger(end)) {
            throw new TypeError(format("invalid argument. Third argument must be an integer. Value: `%s`.", end));
          }
          if (end < 0) {
            end += len;
            if (end < 0) {
              end = 0;
            }
          }
          if (end > len) {
            end = len;
          }
        } else {
          end = len;
        }
      } else {
        start = 0;
        end = len;
      }
      re = real(value);
      im = imag(value);
      for (i = start; i < end; i++) {
        idx = 2 * i;
        buf[idx] = re;
        buf[idx + 1] = im;
      }
      return this;
    });
    setReadOnly(Complex128Array.prototype, "filter", function filter(predicate, thisArg) {
      var buf;
      var out;
      var i;
      var z;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      out = [];
      for (i = 0; i < this._length; i++) {
        z = getComplex128(buf, i);
        if (predicate.call(thisArg, z, i, this)) {
          out.push(z);
        }
      }
      return new this.constructor(out);
    });
    setReadOnly(Complex128Array.prototype, "find", function find(predicate, thisArg) {
      var buf;
      var i;
      var z;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        z = getComplex128(buf, i);
        if (predicate.call(thisArg, z, i, this)) {
          return z;
        }
      }
    });
    setReadOnly(Complex128Array.prototype, "findIndex", function findIndex(predicate, thisArg) {
      var buf;
      var i;
      var z;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        z = getComplex128(buf, i);
        if (predicate.call(thisArg, z, i, this)) {
          return i;
        }
      }
      return -1;
    });
    setReadOnly(Complex128Array.prototype, "findLast", function findLast(predicate, thisArg) {
      var buf;
      var i;
      var z;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = this._length - 1; i >= 0; i--) {
        z = getComplex128(buf, i);
        if (predicate.call(thisArg, z, i, this)) {
          return z;
        }
      }
    });
    setReadOnly(Complex128Array.prototype, "findLastIndex", function findLastIndex(predicate, thisArg) {
      var buf;
      var i;
      var z;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = this._length - 1; i >= 0; i--) {
        z = getComplex128(buf, i);
        if (predicate.call(thisArg, z, i, this)) {
          return i;
        }
      }
      return -1;
    });
    setReadOnly(Complex128Array.prototype, "forEach", function forEach(fcn, thisArg) {
      var buf;
      var i;
      var z;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(fcn)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", fcn));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        z = getComplex128(buf, i);
        fcn.call(thisArg, z, i, this);
      }
    });
    setReadOnly(Complex128Array.prototype, "get", function get(idx) {
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isNonNegativeInteger(idx)) {
        throw new TypeError(format("invalid argument. Must provide a nonnegative integer. Value: `%s`.", idx));
      }
      if (idx >= this._length) {
        return;
      }
      return getComplex128(this._buffer, idx);
    });
    setReadOnlyAccessor(Complex128Array.prototype, "length", function get() {
      return this._length;
    });
    setReadOnly(Complex128Array.prototype, "includes", function includes(searchElement, fromIndex) {
      var buf;
      var idx;
      var re;
      var im;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isComplexLike(searchElement)) {
        throw new TypeError(format("invalid argument. First argument must be a complex number. Value: `%s`.", searchElement));
      }
      if (arguments.length > 1) {
        if (!isInteger(fromIndex)) {
          throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", fromIndex));
        }
        if (fromIndex < 0) {
          fromIndex += this._length;
          if (fromIndex < 0) {
            fromIndex = 0;
          }
        }
      } else {
        fromIndex = 0;
      }
      re = real(searchElement);
      im = imag(searchElement);
      buf = this._buffer;
      for (i = fromIndex; i < this._length; i++) {
        idx = 2 * i;
        if (re === buf[idx] && im === buf[idx + 1]) {
          return true;
        }
      }
      return false;
    });
    setReadOnly(Complex128Array.prototype, "indexOf", function indexOf(searchElement, fromIndex) {
      var buf;
      var idx;
      var re;
      var im;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isComplexLike(searchElement)) {
        throw new TypeError(format("invalid argument. First argument must be a complex number. Value: `%s`.", searchElement));
      }
      if (arguments.length > 1) {
        if (!isInteger(fromIndex)) {
          throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", fromIndex));
        }
        if (fromIndex < 0) {
          fromIndex += this._length;
          if (fromIndex < 0) {
            fromIndex = 0;
          }
        }
      } else {
        fromIndex = 0;
      }
      re = real(searchElement);
      im = imag(searchElement);
      buf = this._buffer;
      for (i = fromIndex; i < this._length; i++) {
        idx = 2 * i;
        if (re === buf[idx] && im === buf[idx + 1]) {
          return i;
        }
      }
      return -1;
    });
    setReadOnly(Complex128Array.prototype, "join", function join2(separator) {
      var out;
      var buf;
      var sep;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (arguments.length === 0) {
        sep = ",";
      } else if (isString(separator)) {
        sep = separator;
      } else {
        throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.", separator));
      }
      out = [];
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        out.push(getComplex128(buf, i).toString());
      }
      return out.join(sep);
    });
    setReadOnly(Complex128Array.prototype, "keys", function keys() {
      var self2;
      var iter;
      var len;
      var FLG;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      self2 = this;
      len = this._length;
      i = -1;
      iter = {};
      setReadOnly(iter, "next", next);
      setReadOnly(iter, "return", end);
      if (ITERATOR_SYMBOL) {
        setReadOnly(iter, ITERATOR_SYMBOL, factory);
      }
      return iter;
      function next() {
        i += 1;
        if (FLG || i >= len) {
          return {
            "done": true
          };
        }
        return {
          "value": i,
          "done": false
        };
      }
      function end(value) {
        FLG = true;
        if (arguments.length) {
          return {
            "value": value,
            "done": true
          };
        }
        return {
          "done": true
        };
      }
      function factory() {
        return self2.keys();
      }
    });
    setReadOnly(Complex128Array.prototype, "lastIndexOf", function lastIndexOf(searchElement, fromIndex) {
      var buf;
      var idx;
      var re;
      var im;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isComplexLike(searchElement)) {
        throw new TypeError(format("invalid argument. First argument must be a complex number. Value: `%s`.", searchElement));
      }
      if (arguments.length > 1) {
        if (!isInteger(fromIndex)) {
          throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", fromIndex));
        }
        if (fromIndex >= this._length) {
          fromIndex = this._length - 1;
        } else if (fromIndex < 0) {
          fromIndex += this._length;
        }
      } else {
        fromIndex = this._length - 1;
      }
      re = real(searchElement);
      im = imag(searchElement);
      buf = this._buffer;
      for (i = fromIndex; i >= 0; i--) {
        idx = 2 * i;
        if (re === buf[idx] && im === buf[idx + 1]) {
          return i;
        }
      }
      return -1;
    });
    setReadOnly(Complex128Array.prototype, "map", function map(fcn, thisArg) {
      var outbuf;
      var buf;
      var out;
      var i;
      var v;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(fcn)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", fcn));
      }
      buf = this._buffer;
      out = new this.constructor(this._length);
      outbuf = out._buffer;
      for (i = 0; i < this._length; i++) {
        v = fcn.call(thisArg, getComplex128(buf, i), i, this);
        if (isComplexLike(v)) {
          outbuf[2 * i] = real(v);
          outbuf[2 * i + 1] = imag(v);
        } else if (isArrayLikeObject(v) && v.length === 2) {
          outbuf[2 * i] = v[0];
          outbuf[2 * i + 1] = v[1];
        } else {
          throw new TypeError(format("invalid argument. Callback must return either a two-element array containing real and imaginary components or a complex number. Value: `%s`.", v));
        }
      }
      return out;
    });
    setReadOnly(Complex128Array.prototype, "reduce", function reduce(reducer, initialValue) {
      var buf;
      var acc;
      var len;
      var v;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(reducer)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", reducer));
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length > 1) {
        acc = initialValue;
        i = 0;
      } else {
        if (len === 0) {
          throw new Error("invalid operation. If not provided an initial value, an array must contain at least one element.");
        }
        acc = getComplex128(buf, 0);
        i = 1;
      }
      for (; i < len; i++) {
        v = getComplex128(buf, i);
        acc = reducer(acc, v, i, this);
      }
      return acc;
    });
    setReadOnly(Complex128Array.prototype, "reduceRight", function reduceRight(reducer, initialValue) {
      var buf;
      var acc;
      var len;
      var v;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(reducer)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", reducer));
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length > 1) {
        acc = initialValue;
        i = len - 1;
      } else {
        if (len === 0) {
          throw new Error("invalid operation. If not provided an initial value, an array must contain at least one element.");
        }
        acc = getComplex128(buf, len - 1);
        i = len - 2;
      }
      for (; i >= 0; i--) {
        v = getComplex128(buf, i);
        acc = reducer(acc, v, i, this);
      }
      return acc;
    });
    setReadOnly(Complex128Array.prototype, "reverse", function reverse() {
      var buf;
      var tmp;
      var len;
      var N2;
      var i;
      var j;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      len = this._length;
      buf = this._buffer;
      N2 = floor(len / 2);
      for (i = 0; i < N2; i++) {
        j = len - i - 1;
        tmp = buf[2 * i];
        buf[2 * i] = buf[2 * j];
        buf[2 * j] = tmp;
        tmp = buf[2 * i + 1];
        buf[2 * i + 1] = buf[2 * j + 1];
        buf[2 * j + 1] = tmp;
      }
      return this;
    });
    setReadOnly(Complex128Array.prototype, "set", function set(value) {
      var sbuf;
      var idx;
      var buf;
      var tmp;
      var flg;
      var N2;
      var v;
      var i;
      var j;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      buf = this._buffer;
      if (arguments.length > 1) {
        idx = arguments[1];
        if (!isNonNegativeInteger(idx)) {
          throw new TypeError(format("invalid argument. Index argument must be a nonnegative integer. Value: `%s`.", idx));
        }
      } else {
        idx = 0;
      }
      if (isComplexLike(value)) {
        if (idx >= this._length) {
          throw new RangeError(format("invalid argument. Index argument is out-of-bounds. Value: `%u`.", idx));
        }
        idx *= 2;
        buf[idx] = real(value);
        buf[idx + 1] = imag(value);
        return;
      }
      if (isComplexArray(value)) {
        N2 = value._length;
        if (idx + N2 > this._length) {
          throw new RangeError("invalid arguments. Target array lacks sufficient storage to accommodate source values.");
        }
        sbuf = value._buffer;
        j = buf.byteOffset + idx * BYTES_PER_ELEMENT;
        if (sbuf.buffer === buf.buffer && (sbuf.byteOffset < j && sbuf.byteOffset + sbuf.byteLength > j)) {
          tmp = new Float64Array2(sbuf.length);
          for (i = 0; i < sbuf.length; i++) {
            tmp[i] = sbuf[i];
          }
          sbuf = tmp;
        }
        idx *= 2;
        j = 0;
        for (i = 0; i < N2; i++) {
          buf[idx] = sbuf[j];
          buf[idx + 1] = sbuf[j + 1];
          idx += 2;
          j += 2;
        }
        return;
      }
      if (isCollection(value)) {
        N2 = value.length;
        for (i = 0; i < N2; i++) {
          if (!isComplexLike(value[i])) {
            flg = true;
            break;
          }
        }
        if (flg) {
          if (!isEven(N2)) {
            throw new RangeError(format("invalid argument. Array-like object arguments must have a length which is a multiple of two. Length: `%u`.", N2));
          }
          if (idx + N2 / 2 > this._length) {
            throw new RangeError("invalid arguments. Target array lacks sufficient storage to accommodate source values.");
          }
          sbuf = value;
          j = buf.byteOffset + idx * BYTES_PER_ELEMENT;
          if (sbuf.buffer === buf.buffer && (sbuf.byteOffset < j && sbuf.byteOffset + sbuf.byteLength > j)) {
            tmp = new Float64Array2(N2);
            for (i = 0; i < N2; i++) {
              tmp[i] = sbuf[i];
            }
            sbuf = tmp;
          }
          idx *= 2;
          N2 /= 2;
          j = 0;
          for (i = 0; i < N2; i++) {
            buf[idx] = sbuf[j];
            buf[idx + 1] = sbuf[j + 1];
            idx += 2;
            j += 2;
          }
          return;
        }
        if (idx + N2 > this._length) {
          throw new RangeError("invalid arguments. Target array lacks sufficient storage to accommodate source values.");
        }
        idx *= 2;
        for (i = 0; i < N2; i++) {
          v = value[i];
          buf[idx] = real(v);
          buf[idx + 1] = imag(v);
          idx += 2;
        }
        return;
      }
      throw new TypeError(format("invalid argument. First argument must be either a complex number, an array-like object, or a complex number array. Value: `%s`.", value));
    });
    setReadOnly(Complex128Array.prototype, "slice", function slice(start, end) {
      var outlen;
      var outbuf;
      var out;
      var idx;
      var buf;
      var len;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length === 0) {
        start = 0;
        end = len;
      } else {
        if (!isInteger(start)) {
          throw new TypeError(format("invalid argument. First argument must be an integer. Value: `%s`.", start));
        }
        if (start < 0) {
          start += len;
          if (start < 0) {
            start = 0;
          }
        }
        if (arguments.length === 1) {
          end = len;
        } else {
          if (!isInteger(end)) {
            throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", end));
          }
          if (end < 0) {
            end += len;
            if (end < 0) {
              end = 0;
            }
          } else if (end > len) {
            end = len;
          }
        }
      }
      if (start < end) {
        outlen = end - start;
      } else {
        outlen = 0;
      }
      out = new this.constructor(outlen);
      outbuf = out._buffer;
      for (i = 0; i < outlen; i++) {
        idx = 2 * (i + start);
        outbuf[2 * i] = buf[idx];
        outbuf[2 * i + 1] = buf[idx + 1];
      }
      return out;
    });
    setReadOnly(Complex128Array.prototype, "some", function some(predicate, thisArg) {
      var buf;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        if (predicate.call(thisArg, getComplex128(buf, i), i, this)) {
          return true;
        }
      }
      return false;
    });
    setReadOnly(Complex128Array.prototype, "sort", function sort(compareFcn) {
      var tmp;
      var buf;
      var len;
      var i;
      var j;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(compareFcn)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", compareFcn));
      }
      buf = this._buffer;
      len = this._length;
      tmp = [];
      for (i = 0; i < len; i++) {
        tmp.push(getComplex128(buf, i));
      }
      tmp.sort(compareFcn);
      for (i = 0; i < len; i++) {
        j = 2 * i;
        buf[j] = real(tmp[i]);
        buf[j + 1] = imag(tmp[i]);
      }
      return this;
    });
    setReadOnly(Complex128Array.prototype, "subarray", function subarray(begin, end) {
      var offset;
      var buf;
      var len;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length === 0) {
        begin = 0;
        end = len;
      } else {
        if (!isInteger(begin)) {
          throw new TypeError(format("invalid argument. First argument must be an integer. Value: `%s`.", begin));
        }
        if (begin < 0) {
          begin += len;
          if (begin < 0) {
            begin = 0;
          }
        }
        if (arguments.length === 1) {
          end = len;
        } else {
          if (!isInteger(end)) {
            throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", end));
          }
          if (end < 0) {
            end += len;
            if (end < 0) {
              end = 0;
            }
          } else if (end > len) {
            end = len;
          }
        }
      }
      if (begin >= len) {
        len = 0;
        offset = buf.byteLength;
      } else if (begin >= end) {
        len = 0;
        offset = buf.byteOffset + begin * BYTES_PER_ELEMENT;
      } else {
        len = end - begin;
        offset = buf.byteOffset + begin * BYTES_PER_ELEMENT;
      }
      return new this.constructor(buf.buffer, offset, len < 0 ? 0 : len);
    });
    setReadOnly(Complex128Array.prototype, "toLocaleString", function toLocaleString(locales, options) {
      var opts;
      var loc;
      var out;
      var buf;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (arguments.length === 0) {
        loc = [];
      } else if (isString(locales) || isStringArray(locales)) {
        loc = locales;
      } else {
        throw new TypeError(format("invalid argument. First argument must be a string or an array of strings. Value: `%s`.", locales));
      }
      if (arguments.length < 2) {
        opts = {};
      } else if (isObject(options)) {
        opts = options;
      } else {
        throw new TypeError(format("invalid argument. Options argument must be an object. Value: `%s`.", options));
      }
      buf = this._buffer;
      out = [];
      for (i = 0; i < this._length; i++) {
        out.push(getComplex128(buf, i).toLocaleString(loc, opts));
      }
      return out.join(",");
    });
    setReadOnly(Complex128Array.prototype, "toReversed", function toReversed() {
      var outbuf;
      var out;
      var len;
      var buf;
      var i;
      var j;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      len = this._length;
      out = new this.constructor(len);
      buf = this._buffer;
      outbuf = out._buffer;
      for (i = 0; i < len; i++) {
        j = len - i - 1;
        outbuf[2 * i] = buf[2 * j];
        outbuf[2 * i + 1] = buf[2 * j + 1];
      }
      return out;
    });
    setReadOnly(Complex128Array.prototype, "toSorted", function toSorted(compareFcn) {
      var tmp;
      var buf;
      var len;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isFunction(compareFcn)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", compareFcn));
      }
      buf = this._buffer;
      len = this._length;
      tmp = [];
      for (i = 0; i < len; i++) {
        tmp.push(getComplex128(buf, i));
      }
      tmp.sort(compareFcn);
      return new Complex128Array(tmp);
    });
    setReadOnly(Complex128Array.prototype, "toString", function toString() {
      var out;
      var buf;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      out = [];
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        out.push(getComplex128(buf, i).toString());
      }
      return out.join(",");
    });
    setReadOnly(Complex128Array.prototype, "values", function values() {
      var iter;
      var self2;
      var len;
      var FLG;
      var buf;
      var i;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      self2 = this;
      buf = this._buffer;
      len = this._length;
      i = -1;
      iter = {};
      setReadOnly(iter, "next", next);
      setReadOnly(iter, "return", end);
      if (ITERATOR_SYMBOL) {
        setReadOnly(iter, ITERATOR_SYMBOL, factory);
      }
      return iter;
      function next() {
        i += 1;
        if (FLG || i >= len) {
          return {
            "done": true
          };
        }
        return {
          "value": getComplex128(buf, i),
          "done": false
        };
      }
      function end(value) {
        FLG = true;
        if (arguments.length) {
          return {
            "value": value,
            "done": true
          };
        }
        return {
          "done": true
        };
      }
      function factory() {
        return self2.values();
      }
    });
    setReadOnly(Complex128Array.prototype, "with", function copyWith(index, value) {
      var buf;
      var out;
      var len;
      if (!isComplexArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a complex number array.");
      }
      if (!isInteger(index)) {
        throw new TypeError(format("invalid argument. First argument must be an integer. Value: `%s`.", index));
      }
      len = this._length;
      if (index < 0) {
        index += len;
      }
      if (index < 0 || index >= len) {
        throw new RangeError(format("invalid argument. Index argument is out-of-bounds. Value: `%s`.", index));
      }
      if (!isComplexLike(value)) {
        throw new TypeError(format("invalid argument. Second argument must be a complex number. Value: `%s`.", value));
      }
      out = new this.constructor(this._buffer);
      buf = out._buffer;
      buf[2 * index] = real(value);
      buf[2 * index + 1] = imag(value);
      return out;
    });
    module.exports = Complex128Array;
  }
});

// node_modules/@stdlib/array-complex128/lib/index.js
var require_lib107 = __commonJS({
  "node_modules/@stdlib/array-complex128/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main91();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-bool/lib/from_iterator.js
var require_from_iterator3 = __commonJS({
  "node_modules/@stdlib/array-bool/lib/from_iterator.js"(exports, module) {
    "use strict";
    var Boolean2 = require_lib15();
    function fromIterator(it) {
      var out;
      var v;
      out = [];
      while (true) {
        v = it.next();
        if (v.done) {
          break;
        }
        out.push(Boolean2(v.value));
      }
      return out;
    }
    module.exports = fromIterator;
  }
});

// node_modules/@stdlib/array-bool/lib/from_iterator_map.js
var require_from_iterator_map3 = __commonJS({
  "node_modules/@stdlib/array-bool/lib/from_iterator_map.js"(exports, module) {
    "use strict";
    var Boolean2 = require_lib15();
    function fromIteratorMap(it, clbk, thisArg) {
      var out;
      var v;
      var i;
      out = [];
      i = -1;
      while (true) {
        v = it.next();
        if (v.done) {
          break;
        }
        i += 1;
        out.push(Boolean2(clbk.call(thisArg, v.value, i)));
      }
      return out;
    }
    module.exports = fromIteratorMap;
  }
});

// node_modules/@stdlib/array-bool/lib/from_array.js
var require_from_array3 = __commonJS({
  "node_modules/@stdlib/array-bool/lib/from_array.js"(exports, module) {
    "use strict";
    var Boolean2 = require_lib15();
    function fromArray(buf, arr) {
      var len;
      var i;
      len = arr.length;
      for (i = 0; i < len; i++) {
        buf[i] = Boolean2(arr[i]);
      }
      return buf;
    }
    module.exports = fromArray;
  }
});

// node_modules/@stdlib/array-bool/lib/main.js
var require_main92 = __commonJS({
  "node_modules/@stdlib/array-bool/lib/main.js"(exports, module) {
    "use strict";
    var isNonNegativeInteger = require_lib84().isPrimitive;
    var isCollection = require_lib31();
    var isArrayBuffer = require_lib87();
    var isObject = require_lib14();
    var isFunction = require_lib24();
    var isBoolean = require_lib16().isPrimitive;
    var isInteger = require_lib37().isPrimitive;
    var isString = require_lib88().isPrimitive;
    var isStringArray = require_lib89().primitives;
    var hasIteratorSymbolSupport = require_lib98();
    var ITERATOR_SYMBOL = require_lib99();
    var setReadOnly = require_lib5();
    var setReadOnlyAccessor = require_lib6();
    var Uint8Array2 = require_lib75();
    var Boolean2 = require_lib15();
    var getter = require_lib48();
    var floor = require_lib28();
    var accessorGetter = require_lib50();
    var format = require_lib3();
    var fromIterator = require_from_iterator3();
    var fromIteratorMap = require_from_iterator_map3();
    var fromArray = require_from_array3();
    var BYTES_PER_ELEMENT = Uint8Array2.BYTES_PER_ELEMENT;
    var HAS_ITERATOR_SYMBOL = hasIteratorSymbolSupport();
    function isBooleanArray(value) {
      return typeof value === "object" && value !== null && value.constructor.name === "BooleanArray" && value.BYTES_PER_ELEMENT === BYTES_PER_ELEMENT;
    }
    function isBooleanArrayConstructor(value) {
      return value === BooleanArray;
    }
    function BooleanArray() {
      var byteOffset;
      var nargs;
      var buf;
      var len;
      var arg;
      nargs = arguments.length;
      if (!(this instanceof BooleanArray)) {
        if (nargs === 0) {
          return new BooleanArray();
        }
        if (nargs === 1) {
          return new BooleanArray(arguments[0]);
        }
        if (nargs === 2) {
          return new BooleanArray(arguments[0], arguments[1]);
        }
        return new BooleanArray(arguments[0], arguments[1], arguments[2]);
      }
      if (nargs === 0) {
        buf = new Uint8Array2(0);
      } else if (nargs === 1) {
        arg = arguments[0];
        if (isNonNegativeInteger(arg)) {
          buf = new Uint8Array2(arg);
        } else if (isCollection(arg)) {
          buf = fromArray(new Uint8Array2(arg.length), arg);
        } else if (isArrayBuffer(arg)) {
          buf = new Uint8Array2(arg);
        } else if (isObject(arg)) {
          if (HAS_ITERATOR_SYMBOL === false) {
            throw new TypeError(format("invalid argument. Environment lacks Symbol.iterator support. Must provide a length, ArrayBuffer, typed array, or array-like object. Value: `%s`.", arg));
          }
          if (!isFunction(arg[ITERATOR_SYMBOL])) {
            throw new TypeError(format("invalid argument. Must provide a length, ArrayBuffer, typed array, array-like object, or an iterable. Value: `%s`.", arg));
          }
          buf = arg[ITERATOR_SYMBOL]();
          if (!isFunction(buf.next)) {
            throw new TypeError(format("invalid argument. Must provide a length, ArrayBuffer, typed array, array-like object, or an iterable. Value: `%s`.", arg));
          }
          buf = new Uint8Array2(fromIterator(buf));
        } else {
          throw new TypeError(format("invalid argument. Must provide a length, ArrayBuffer, typed array, array-like object, or an iterable. Value: `%s`.", arg));
        }
      } else {
        buf = arguments[0];
        if (!isArrayBuffer(buf)) {
          throw new TypeError(format("invalid argument. First argument must be an ArrayBuffer. Value: `%s`.", buf));
        }
        byteOffset = arguments[1];
        if (!isNonNegativeInteger(byteOffset)) {
          throw new TypeError(format("invalid argument. Byte offset must be a nonnegative integer. Value: `%s`.", byteOffset));
        }
        if (nargs === 2) {
          buf = new Uint8Array2(buf, byteOffset);
        } else {
          len = arguments[2];
          if (!isNonNegativeInteger(len)) {
            throw new TypeError(format("invalid argument. Length must be a nonnegative integer. Value: `%s`.", len));
          }
          if (len * BYTES_PER_ELEMENT > buf.byteLength - byteOffset) {
            throw new RangeError(format("invalid arguments. ArrayBuffer has insufficient capacity. Either decrease the array length or provide a bigger buffer. Minimum capacity: `%u`.", len * BYTES_PER_ELEMENT));
          }
          buf = new Uint8Array2(buf, byteOffset, len);
        }
      }
      setReadOnly(this, "_buffer", buf);
      setReadOnly(this, "_length", buf.length);
      return this;
    }
    setReadOnly(BooleanArray, "BYTES_PER_ELEMENT", BYTES_PER_ELEMENT);
    setReadOnly(BooleanArray, "name", "BooleanArray");
    setReadOnly(BooleanArray, "from", function from(src) {
      var thisArg;
      var nargs;
      var clbk;
      var out;
      var buf;
      var tmp;
      var get;
      var len;
      var i;
      if (!isFunction(this)) {
        throw new TypeError("invalid invocation. `this` context must be a constructor.");
      }
      if (!isBooleanArrayConstructor(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      nargs = arguments.length;
      if (nargs > 1) {
        clbk = arguments[1];
        if (!isFunction(clbk)) {
          throw new TypeError(format("invalid argument. Second argument must be a function. Value: `%s`.", clbk));
        }
        if (nargs > 2) {
          thisArg = arguments[2];
        }
      }
      if (isCollection(src)) {
        if (clbk) {
          len = src.length;
          if (src.get && src.set) {
            get = accessorGetter("default");
          } else {
            get = getter("default");
          }
          out = new this(len);
          buf = out._buffer;
          for (i = 0; i < len; i++) {
            buf[i] = Boolean2(clbk.call(thisArg, get(src, i), i));
          }
          return out;
        }
        return new this(src);
      }
      if (isObject(src) && HAS_ITERATOR_SYMBOL && isFunction(src[ITERATOR_SYMBOL])) {
        buf = src[ITERATOR_SYMBOL]();
        if (!isFunction(buf.next)) {
          throw new TypeError(format("invalid argument. First argument must be an array-like object or an iterable. Value: `%s`.", src));
        }
        if (clbk) {
          tmp = fromIteratorMap(buf, clbk, thisArg);
        } else {
          tmp = fromIterator(buf);
        }
        len = tmp.length;
        out = new this(len);
        buf = out._buffer;
        for (i = 0; i < len; i++) {
          buf[i] = tmp[i];
        }
        return out;
      }
      throw new TypeError(format("invalid argument. First argument must be an array-like object or an iterable. Value: `%s`.", src));
    });
    setReadOnly(BooleanArray, "of", function of() {
      var args;
      var i;
      if (!isFunction(this)) {
        throw new TypeError("invalid invocation. `this` context must be a constructor.");
      }
      if (!isBooleanArrayConstructor(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      args = [];
      for (i = 0; i < arguments.length; i++) {
        args.push(arguments[i]);
      }
      return new this(args);
    });
    setReadOnly(BooleanArray.prototype, "at", function at(idx) {
      var buf;
      var len;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isInteger(idx)) {
        throw new TypeError(format("invalid argument. Must provide an integer. Value: `%s`.", idx));
      }
      len = this._length;
      buf = this._buffer;
      if (idx < 0) {
        idx += len;
      }
      if (idx < 0 || idx >= len) {
        return;
      }
      return Boolean2(buf[idx]);
    });
    setReadOnlyAccessor(BooleanArray.prototype, "buffer", function get() {
      return this._buffer.buffer;
    });
    setReadOnlyAccessor(BooleanArray.prototype, "byteLength", function get() {
      return this._buffer.byteLength;
    });
    setReadOnlyAccessor(BooleanArray.prototype, "byteOffset", function get() {
      return this._buffer.byteOffset;
    });
    setReadOnly(BooleanArray.prototype, "BYTES_PER_ELEMENT", BooleanArray.BYTES_PER_ELEMENT);
    setReadOnly(BooleanArray.prototype, "copyWithin", function copyWithin(target, start) {
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (arguments.length === 2) {
        this._buffer.copyWithin(target, start);
      } else {
        this._buffer.copyWithin(target, start, arguments[2]);
      }
      return this;
    });
    setReadOnly(BooleanArray.prototype, "entries", function entries() {
      var self2;
      var iter;
      var len;
      var buf;
      var FLG;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      self2 = this;
      buf = this._buffer;
      len = this._length;
      i = -1;
      iter = {};
      setReadOnly(iter, "next", next);
      setReadOnly(iter, "return", end);
      if (ITERATOR_SYMBOL) {
        setReadOnly(iter, ITERATOR_SYMBOL, factory);
      }
      return iter;
      function next() {
        i += 1;
        if (FLG || i >= len) {
          return {
            "done": true
          };
        }
        return {
          "value": [i, Boolean2(buf[i])],
          "done": false
        };
      }
      function end(value) {
        FLG = true;
        if (arguments.length) {
          return {
            "value": value,
            "done": true
          };
        }
        return {
          "done": true
        };
      }
      function factory() {
        return self2.entries();
      }
    });
    setReadOnly(BooleanArray.prototype, "every", function every(predicate, thisArg) {
      var buf;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        if (!predicate.call(thisArg, Boolean2(buf[i]), i, this)) {
          return false;
        }
      }
      return true;
    });
    setReadOnly(BooleanArray.prototype, "fill", function fill(value, start, end) {
      var buf;
      var len;
      var val;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isBoolean(value)) {
        throw new TypeError(format("invalid argument. First argument must be a boolean. Value: `%s`.", value));
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length > 1) {
        if (!isInteger(start)) {
          throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", start));
        }
        if (start < 0) {
          start += len;
          if (start < 0) {
            start = 0;
          }
        }
        if (arguments.length > 2) {
          if (!isInteger(end)) {
            throw new TypeError(format("invalid argument. Third argument must be an integer. Value: `%s`.", end));
          }
          if (end < 0) {
            end += len;
            if (end < 0) {
              end = 0;
            }
          }
          if (end > len) {
            end = len;
          }
        } else {
          end = len;
        }
      } else {
        start = 0;
        end = len;
      }
      if (value) {
        val = 1;
      } else {
        val = 0;
      }
      for (i = start; i < end; i++) {
        buf[i] = val;
      }
      return this;
    });
    setReadOnly(BooleanArray.prototype, "filter", function filter(predicate, thisArg) {
      var buf;
      var out;
      var i;
      var v;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      out = [];
      for (i = 0; i < this._length; i++) {
        v = Boolean2(buf[i]);
        if (predicate.call(thisArg, v, i, this)) {
          out.push(v);
        }
      }
      return new this.constructor(out);
    });
    setReadOnly(BooleanArray.prototype, "find", function find(predicate, thisArg) {
      var buf;
      var v;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        v = Boolean2(buf[i]);
        if (predicate.call(thisArg, v, i, this)) {
          return v;
        }
      }
    });
    setReadOnly(BooleanArray.prototype, "findIndex", function findIndex(predicate, thisArg) {
      var buf;
      var v;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        v = Boolean2(buf[i]);
        if (predicate.call(thisArg, v, i, this)) {
          return i;
        }
      }
      return -1;
    });
    setReadOnly(BooleanArray.prototype, "findLast", function findLast(predicate, thisArg) {
      var buf;
      var v;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = this._length - 1; i >= 0; i--) {
        v = Boolean2(buf[i]);
        if (predicate.call(thisArg, v, i, this)) {
          return v;
        }
      }
    });
    setReadOnly(BooleanArray.prototype, "findLastIndex", function findLastIndex(predicate, thisArg) {
      var buf;
      var v;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = this._length - 1; i >= 0; i--) {
        v = Boolean2(buf[i]);
        if (predicate.call(thisArg, v, i, this)) {
          return i;
        }
      }
      return -1;
    });
    setReadOnly(BooleanArray.prototype, "forEach", function forEach(fcn, thisArg) {
      var buf;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isFunction(fcn)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", fcn));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        fcn.call(thisArg, Boolean2(buf[i]), i, this);
      }
    });
    setReadOnly(BooleanArray.prototype, "get", function get(idx) {
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isNonNegativeInteger(idx)) {
        throw new TypeError(format("invalid argument. Must provide a nonnegative integer. Value: `%s`.", idx));
      }
      if (idx >= this._length) {
        return;
      }
      return Boolean2(this._buffer[idx]);
    });
    setReadOnly(BooleanArray.prototype, "includes", function includes(searchElement, fromIndex) {
      var buf;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isBoolean(searchElement)) {
        throw new TypeError(format("invalid argument. First argument must be a boolean. Value: `%s`.", searchElement));
      }
      if (arguments.length > 1) {
        if (!isInteger(fromIndex)) {
          throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", fromIndex));
        }
        if (fromIndex < 0) {
          fromIndex += this._length;
          if (fromIndex < 0) {
            fromIndex = 0;
          }
        }
      } else {
        fromIndex = 0;
      }
      buf = this._buffer;
      for (i = fromIndex; i < this._length; i++) {
        if (searchElement === Boolean2(buf[i])) {
          return true;
        }
      }
      return false;
    });
    setReadOnly(BooleanArray.prototype, "indexOf", function indexOf(searchElement, fromIndex) {
      var buf;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isBoolean(searchElement)) {
        throw new TypeError(format("invalid argument. First argument must be a boolean. Value: `%s`.", searchElement));
      }
      if (arguments.length > 1) {
        if (!isInteger(fromIndex)) {
          throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", fromIndex));
        }
        if (fromIndex < 0) {
          fromIndex += this._length;
          if (fromIndex < 0) {
            fromIndex = 0;
          }
        }
      } else {
        fromIndex = 0;
      }
      buf = this._buffer;
      for (i = fromIndex; i < this._length; i++) {
        if (searchElement === Boolean2(buf[i])) {
          return i;
        }
      }
      return -1;
    });
    setReadOnly(BooleanArray.prototype, "join", function join2(separator) {
      var buf;
      var out;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (arguments.length > 0) {
        if (!isString(separator)) {
          throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.", separator));
        }
      } else {
        separator = ",";
      }
      buf = this._buffer;
      out = [];
      for (i = 0; i < this._length; i++) {
        if (buf[i]) {
          out.push("true");
        } else {
          out.push("false");
        }
      }
      return out.join(separator);
    });
    setReadOnly(BooleanArray.prototype, "keys", function keys() {
      var self2;
      var iter;
      var len;
      var FLG;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      self2 = this;
      len = this._length;
      i = -1;
      iter = {};
      setReadOnly(iter, "next", next);
      setReadOnly(iter, "return", end);
      if (ITERATOR_SYMBOL) {
        setReadOnly(iter, ITERATOR_SYMBOL, factory);
      }
      return iter;
      function next() {
        i += 1;
        if (FLG || i >= len) {
          return {
            "done": true
          };
        }
        return {
          "value": i,
          "done": false
        };
      }
      function end(value) {
        FLG = true;
        if (arguments.length) {
          return {
            "value": value,
            "done": true
          };
        }
        return {
          "done": true
        };
      }
      function factory() {
        return self2.keys();
      }
    });
    setReadOnly(BooleanArray.prototype, "lastIndexOf", function lastIndexOf(searchElement, fromIndex) {
      var buf;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isBoolean(searchElement)) {
        throw new TypeError(format("invalid argument. First argument must be a boolean. Value: `%s`.", searchElement));
      }
      if (arguments.length > 1) {
        if (!isInteger(fromIndex)) {
          throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", fromIndex));
        }
        if (fromIndex >= this._length) {
          fromIndex = this._length - 1;
        } else if (fromIndex < 0) {
          fromIndex += this._length;
        }
      } else {
        fromIndex = this._length - 1;
      }
      buf = this._buffer;
      for (i = fromIndex; i >= 0; i--) {
        if (searchElement === Boolean2(buf[i])) {
          return i;
        }
      }
      return -1;
    });
    setReadOnlyAccessor(BooleanArray.prototype, "length", function get() {
      return this._length;
    });
    setReadOnly(BooleanArray.prototype, "map", function map(fcn, thisArg) {
      var outbuf;
      var out;
      var buf;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isFunction(fcn)) {
        throw new TypeError("invalid argument. First argument must be a function. Value: `%s`.", fcn);
      }
      buf = this._buffer;
      out = new this.constructor(this._length);
      outbuf = out._buffer;
      for (i = 0; i < this._length; i++) {
        outbuf[i] = Boolean2(fcn.call(thisArg, Boolean2(buf[i]), i, this));
      }
      return out;
    });
    setReadOnly(BooleanArray.prototype, "reduce", function reduce(reducer, initialValue) {
      var buf;
      var len;
      var acc;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isFunction(reducer)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", reducer));
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length > 1) {
        acc = initialValue;
        i = 0;
      } else {
        if (len === 0) {
          throw new Error("invalid operation. If not provided an initial value, an array must contain at least one element.");
        }
        acc = Boolean2(buf[0]);
        i = 1;
      }
      for (; i < len; i++) {
        acc = reducer(acc, Boolean2(buf[i]), i, this);
      }
      return acc;
    });
    setReadOnly(BooleanArray.prototype, "reduceRight", function reduceRight(reducer, initialValue) {
      var buf;
      var len;
      var acc;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isFunction(reducer)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", reducer));
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length > 1) {
        acc = initialValue;
        i = len - 1;
      } else {
        if (len === 0) {
          throw new Error("invalid operation. If not provided an initial value, an array must contain at least one element.");
        }
        acc = Boolean2(buf[len - 1]);
        i = len - 2;
      }
      for (; i >= 0; i--) {
        acc = reducer(acc, Boolean2(buf[i]), i, this);
      }
      return acc;
    });
    setReadOnly(BooleanArray.prototype, "reverse", function reverse() {
      var buf;
      var tmp;
      var len;
      var N2;
      var i;
      var j;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      buf = this._buffer;
      len = this._length;
      N2 = floor(len / 2);
      for (i = 0; i < N2; i++) {
        j = len - i - 1;
        tmp = buf[i];
        buf[i] = buf[j];
        buf[j] = tmp;
      }
      return this;
    });
    setReadOnly(BooleanArray.prototype, "set", function set(value) {
      var sbuf;
      var idx;
      var buf;
      var tmp;
      var N2;
      var i;
      var j;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      buf = this._buffer;
      if (arguments.length > 1) {
        idx = arguments[1];
        if (!isNonNegativeInteger(idx)) {
          throw new TypeError(format("invalid argument. Index argument must be a nonnegative integer. Value: `%s`.", idx));
        }
      } else {
        idx = 0;
      }
      if (isCollection(value)) {
        N2 = value.length;
        if (idx + N2 > this._length) {
          throw new RangeError("invalid arguments. Target array lacks sufficient storage to accommodate source values.");
        }
        if (isBooleanArray(value)) {
          sbuf = value._buffer;
        } else {
          sbuf = value;
        }
        j = buf.byteOffset + idx * BYTES_PER_ELEMENT;
        if (sbuf.buffer === buf.buffer && (sbuf.byteOffset < j && sbuf.byteOffset + sbuf.byteLength > j)) {
          tmp = new Uint8Array2(sbuf.length);
          for (i = 0; i < sbuf.length; i++) {
            tmp[i] = sbuf[i];
          }
          sbuf = tmp;
        }
        for (i = 0; i < N2; idx++, i++) {
          buf[idx] = sbuf[i] ? 1 : 0;
        }
        return;
      }
      if (idx >= this._length) {
        throw new RangeError(format("invalid argument. Index argument is out-of-bounds. Value: `%u`.", idx));
      }
      buf[idx] = value ? 1 : 0;
    });
    setReadOnly(BooleanArray.prototype, "slice", function slice(begin, end) {
      var outlen;
      var outbuf;
      var out;
      var buf;
      var len;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length === 0) {
        begin = 0;
        end = len;
      } else {
        if (!isInteger(begin)) {
          throw new TypeError(format("invalid argument. First argument must be an integer. Value: `%s`.", begin));
        }
        if (begin < 0) {
          begin += len;
          if (begin < 0) {
            begin = 0;
          }
        }
        if (arguments.length === 1) {
          end = len;
        } else {
          if (!isInteger(end)) {
            throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", end));
          }
          if (end < 0) {
            end += len;
            if (end < 0) {
              end = 0;
            }
          } else if (end > len) {
            end = len;
          }
        }
      }
      if (begin < end) {
        outlen = end - begin;
      } else {
        outlen = 0;
      }
      out = new this.constructor(outlen);
      outbuf = out._buffer;
      for (i = 0; i < outlen; i++) {
        outbuf[i] = buf[i + begin];
      }
      return out;
    });
    setReadOnly(BooleanArray.prototype, "some", function some(predicate, thisArg) {
      var buf;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isFunction(predicate)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", predicate));
      }
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        if (predicate.call(thisArg, Boolean2(buf[i]), i, this)) {
          return true;
        }
      }
      return false;
    });
    setReadOnly(BooleanArray.prototype, "sort", function sort(compareFcn) {
      var buf;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      buf = this._buffer;
      if (arguments.length === 0) {
        buf.sort();
        return this;
      }
      if (!isFunction(compareFcn)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", compareFcn));
      }
      buf.sort(compare);
      return this;
      function compare(a, b) {
        return compareFcn(Boolean2(a), Boolean2(b));
      }
    });
    setReadOnly(BooleanArray.prototype, "subarray", function subarray(begin, end) {
      var offset;
      var buf;
      var len;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      buf = this._buffer;
      len = this._length;
      if (arguments.length === 0) {
        begin = 0;
        end = len;
      } else {
        if (!isInteger(begin)) {
          throw new TypeError(format("invalid argument. First argument must be an integer. Value: `%s`.", begin));
        }
        if (begin < 0) {
          begin += len;
          if (begin < 0) {
            begin = 0;
          }
        }
        if (arguments.length === 1) {
          end = len;
        } else {
          if (!isInteger(end)) {
            throw new TypeError(format("invalid argument. Second argument must be an integer. Value: `%s`.", end));
          }
          if (end < 0) {
            end += len;
            if (end < 0) {
              end = 0;
            }
          } else if (end > len) {
            end = len;
          }
        }
      }
      if (begin >= len) {
        len = 0;
        offset = buf.byteLength;
      } else if (begin >= end) {
        len = 0;
        offset = buf.byteOffset + begin * BYTES_PER_ELEMENT;
      } else {
        len = end - begin;
        offset = buf.byteOffset + begin * BYTES_PER_ELEMENT;
      }
      return new this.constructor(buf.buffer, offset, len < 0 ? 0 : len);
    });
    setReadOnly(BooleanArray.prototype, "toLocaleString", function toLocaleString(locales, options) {
      var opts;
      var loc;
      var out;
      var buf;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (arguments.length === 0) {
        loc = [];
      } else if (isString(locales) || isStringArray(locales)) {
        loc = locales;
      } else {
        throw new TypeError(format("invalid argument. First argument must be a string or an array of strings. Value: `%s`.", locales));
      }
      if (arguments.length < 2) {
        opts = {};
      } else if (isObject(options)) {
        opts = options;
      } else {
        throw new TypeError(format("invalid argument. Options argument must be an object. Value: `%s`.", options));
      }
      buf = this._buffer;
      out = [];
      for (i = 0; i < this._length; i++) {
        out.push(Boolean2(buf[i]).toLocaleString(loc, opts));
      }
      return out.join(",");
    });
    setReadOnly(BooleanArray.prototype, "toReversed", function toReversed() {
      var outbuf;
      var out;
      var len;
      var buf;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      len = this._length;
      out = new this.constructor(len);
      buf = this._buffer;
      outbuf = out._buffer;
      for (i = 0; i < len; i++) {
        outbuf[i] = buf[len - i - 1];
      }
      return out;
    });
    setReadOnly(BooleanArray.prototype, "toSorted", function toSorted(compareFcn) {
      var outbuf;
      var out;
      var len;
      var buf;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      len = this._length;
      out = new this.constructor(len);
      buf = this._buffer;
      outbuf = out._buffer;
      for (i = 0; i < len; i++) {
        outbuf[i] = buf[i];
      }
      if (arguments.length === 0) {
        outbuf.sort();
        return out;
      }
      if (!isFunction(compareFcn)) {
        throw new TypeError(format("invalid argument. First argument must be a function. Value: `%s`.", compareFcn));
      }
      outbuf.sort(compare);
      return out;
      function compare(a, b) {
        return compareFcn(Boolean2(a), Boolean2(b));
      }
    });
    setReadOnly(BooleanArray.prototype, "toString", function toString() {
      var out;
      var buf;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      out = [];
      buf = this._buffer;
      for (i = 0; i < this._length; i++) {
        if (buf[i]) {
          out.push("true");
        } else {
          out.push("false");
        }
      }
      return out.join(",");
    });
    setReadOnly(BooleanArray.prototype, "values", function values() {
      var iter;
      var self2;
      var len;
      var FLG;
      var buf;
      var i;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      self2 = this;
      buf = this._buffer;
      len = this._length;
      i = -1;
      iter = {};
      setReadOnly(iter, "next", next);
      setReadOnly(iter, "return", end);
      if (ITERATOR_SYMBOL) {
        setReadOnly(iter, ITERATOR_SYMBOL, factory);
      }
      return iter;
      function next() {
        i += 1;
        if (FLG || i >= len) {
          return {
            "done": true
          };
        }
        return {
          "value": Boolean2(buf[i]),
          "done": false
        };
      }
      function end(value) {
        FLG = true;
        if (arguments.length) {
          return {
            "value": value,
            "done": true
          };
        }
        return {
          "done": true
        };
      }
      function factory() {
        return self2.values();
      }
    });
    setReadOnly(BooleanArray.prototype, "with", function copyWith(index, value) {
      var buf;
      var out;
      var len;
      if (!isBooleanArray(this)) {
        throw new TypeError("invalid invocation. `this` is not a boolean array.");
      }
      if (!isInteger(index)) {
        throw new TypeError(format("invalid argument. First argument must be an integer. Value: `%s`.", index));
      }
      len = this._length;
      if (index < 0) {
        index += len;
      }
      if (index < 0 || index >= len) {
        throw new RangeError(format("invalid argument. Index argument is out-of-bounds. Value: `%s`.", index));
      }
      if (!isBoolean(value)) {
        throw new TypeError(format("invalid argument. Second argument must be a boolean. Value: `%s`.", value));
      }
      out = new this.constructor(this._buffer);
      buf = out._buffer;
      if (value) {
        buf[index] = 1;
      } else {
        buf[index] = 0;
      }
      return out;
    });
    module.exports = BooleanArray;
  }
});

// node_modules/@stdlib/array-bool/lib/index.js
var require_lib108 = __commonJS({
  "node_modules/@stdlib/array-bool/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main92();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-dtype/lib/ctors.js
var require_ctors = __commonJS({
  "node_modules/@stdlib/array-dtype/lib/ctors.js"(exports, module) {
    "use strict";
    var Float64Array2 = require_lib54();
    var Float32Array2 = require_lib57();
    var Uint32Array2 = require_lib42();
    var Int32Array2 = require_lib62();
    var Uint16Array2 = require_lib66();
    var Int16Array2 = require_lib71();
    var Uint8Array2 = require_lib75();
    var Uint8ClampedArray2 = require_lib78();
    var Int8Array2 = require_lib83();
    var Complex64Array = require_lib104();
    var Complex128Array = require_lib107();
    var BooleanArray = require_lib108();
    var CTORS = [
      Float64Array2,
      Float32Array2,
      Int32Array2,
      Uint32Array2,
      Int16Array2,
      Uint16Array2,
      Int8Array2,
      Uint8Array2,
      Uint8ClampedArray2,
      Complex64Array,
      Complex128Array,
      BooleanArray
    ];
    module.exports = CTORS;
  }
});

// node_modules/@stdlib/array-dtype/lib/dtypes.js
var require_dtypes = __commonJS({
  "node_modules/@stdlib/array-dtype/lib/dtypes.js"(exports, module) {
    "use strict";
    var DTYPES = [
      "float64",
      "float32",
      "int32",
      "uint32",
      "int16",
      "uint16",
      "int8",
      "uint8",
      "uint8c",
      "complex64",
      "complex128",
      "bool"
    ];
    module.exports = DTYPES;
  }
});

// node_modules/@stdlib/array-dtype/lib/main.js
var require_main93 = __commonJS({
  "node_modules/@stdlib/array-dtype/lib/main.js"(exports, module) {
    "use strict";
    var isBuffer = require_lib21();
    var isArray = require_lib13();
    var constructorName = require_lib22();
    var ctor2dtype = require_ctor2dtype();
    var CTORS = require_ctors();
    var DTYPES = require_dtypes();
    var NTYPES = DTYPES.length;
    function dtype(value) {
      var i;
      if (isArray(value)) {
        return "generic";
      }
      if (isBuffer(value)) {
        return null;
      }
      for (i = 0; i < NTYPES; i++) {
        if (value instanceof CTORS[i]) {
          return DTYPES[i];
        }
      }
      return ctor2dtype[constructorName(value)] || null;
    }
    module.exports = dtype;
  }
});

// node_modules/@stdlib/array-dtype/lib/index.js
var require_lib109 = __commonJS({
  "node_modules/@stdlib/array-dtype/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main93();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-base-arraylike2object/lib/main.js
var require_main94 = __commonJS({
  "node_modules/@stdlib/array-base-arraylike2object/lib/main.js"(exports, module) {
    "use strict";
    var isAccessorArray = require_lib47();
    var getter = require_lib48();
    var setter = require_lib49();
    var accessorGetter = require_lib50();
    var accessorSetter = require_lib51();
    var dtype = require_lib109();
    function arraylike2object(x) {
      var dt = dtype(x);
      if (isAccessorArray(x)) {
        return {
          "data": x,
          "dtype": dt,
          "accessorProtocol": true,
          "accessors": [
            accessorGetter(dt),
            accessorSetter(dt)
          ]
        };
      }
      return {
        "data": x,
        "dtype": dt,
        "accessorProtocol": false,
        "accessors": [
          getter(dt),
          setter(dt)
        ]
      };
    }
    module.exports = arraylike2object;
  }
});

// node_modules/@stdlib/array-base-arraylike2object/lib/index.js
var require_lib110 = __commonJS({
  "node_modules/@stdlib/array-base-arraylike2object/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main94();
    module.exports = main;
  }
});

// node_modules/@stdlib/blas-base-gcopy/lib/accessors.js
var require_accessors = __commonJS({
  "node_modules/@stdlib/blas-base-gcopy/lib/accessors.js"(exports, module) {
    "use strict";
    function gcopy(N2, x, strideX, offsetX, y, strideY, offsetY) {
      var xbuf;
      var ybuf;
      var set;
      var get;
      var ix;
      var iy;
      var i;
      xbuf = x.data;
      ybuf = y.data;
      get = x.accessors[0];
      set = y.accessors[1];
      ix = offsetX;
      iy = offsetY;
      for (i = 0; i < N2; i++) {
        set(ybuf, iy, get(xbuf, ix));
        ix += strideX;
        iy += strideY;
      }
      return y;
    }
    module.exports = gcopy;
  }
});

// node_modules/@stdlib/blas-base-gcopy/lib/main.js
var require_main95 = __commonJS({
  "node_modules/@stdlib/blas-base-gcopy/lib/main.js"(exports, module) {
    "use strict";
    var arraylike2object = require_lib110();
    var accessors = require_accessors();
    var M2 = 8;
    function gcopy(N2, x, strideX, y, strideY) {
      var ix;
      var iy;
      var ox;
      var oy;
      var m;
      var i;
      if (N2 <= 0) {
        return y;
      }
      ox = arraylike2object(x);
      oy = arraylike2object(y);
      if (ox.accessorProtocol || oy.accessorProtocol) {
        if (strideX < 0) {
          ix = (1 - N2) * strideX;
        } else {
          ix = 0;
        }
        if (strideY < 0) {
          iy = (1 - N2) * strideY;
        } else {
          iy = 0;
        }
        accessors(N2, ox, strideX, ix, oy, strideY, iy);
        return oy.data;
      }
      if (strideX === 1 && strideY === 1) {
        m = N2 % M2;
        if (m > 0) {
          for (i = 0; i < m; i++) {
            y[i] = x[i];
          }
        }
        if (N2 < M2) {
          return y;
        }
        for (i = m; i < N2; i += M2) {
          y[i] = x[i];
          y[i + 1] = x[i + 1];
          y[i + 2] = x[i + 2];
          y[i + 3] = x[i + 3];
          y[i + 4] = x[i + 4];
          y[i + 5] = x[i + 5];
          y[i + 6] = x[i + 6];
          y[i + 7] = x[i + 7];
        }
        return y;
      }
      if (strideX < 0) {
        ix = (1 - N2) * strideX;
      } else {
        ix = 0;
      }
      if (strideY < 0) {
        iy = (1 - N2) * strideY;
      } else {
        iy = 0;
      }
      for (i = 0; i < N2; i++) {
        y[iy] = x[ix];
        ix += strideX;
        iy += strideY;
      }
      return y;
    }
    module.exports = gcopy;
  }
});

// node_modules/@stdlib/blas-base-gcopy/lib/ndarray.js
var require_ndarray = __commonJS({
  "node_modules/@stdlib/blas-base-gcopy/lib/ndarray.js"(exports, module) {
    "use strict";
    var arraylike2object = require_lib110();
    var accessors = require_accessors();
    var M2 = 8;
    function gcopy(N2, x, strideX, offsetX, y, strideY, offsetY) {
      var ix;
      var iy;
      var ox;
      var oy;
      var m;
      var i;
      if (N2 <= 0) {
        return y;
      }
      ox = arraylike2object(x);
      oy = arraylike2object(y);
      if (ox.accessorProtocol || oy.accessorProtocol) {
        accessors(N2, ox, strideX, offsetX, oy, strideY, offsetY);
        return oy.data;
      }
      ix = offsetX;
      iy = offsetY;
      if (strideX === 1 && strideY === 1) {
        m = N2 % M2;
        if (m > 0) {
          for (i = 0; i < m; i++) {
            y[iy] = x[ix];
            ix += strideX;
            iy += strideY;
          }
        }
        if (N2 < M2) {
          return y;
        }
        for (i = m; i < N2; i += M2) {
          y[iy] = x[ix];
          y[iy + 1] = x[ix + 1];
          y[iy + 2] = x[ix + 2];
          y[iy + 3] = x[ix + 3];
          y[iy + 4] = x[ix + 4];
          y[iy + 5] = x[ix + 5];
          y[iy + 6] = x[ix + 6];
          y[iy + 7] = x[ix + 7];
          ix += M2;
          iy += M2;
        }
        return y;
      }
      for (i = 0; i < N2; i++) {
        y[iy] = x[ix];
        ix += strideX;
        iy += strideY;
      }
      return y;
    }
    module.exports = gcopy;
  }
});

// node_modules/@stdlib/blas-base-gcopy/lib/index.js
var require_lib111 = __commonJS({
  "node_modules/@stdlib/blas-base-gcopy/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var main = require_main95();
    var ndarray = require_ndarray();
    setReadOnly(main, "ndarray", ndarray);
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-function-name-support/lib/foo.js
var require_foo = __commonJS({
  "node_modules/@stdlib/assert-has-function-name-support/lib/foo.js"(exports, module) {
    "use strict";
    function foo() {
    }
    module.exports = foo;
  }
});

// node_modules/@stdlib/assert-has-function-name-support/lib/main.js
var require_main96 = __commonJS({
  "node_modules/@stdlib/assert-has-function-name-support/lib/main.js"(exports, module) {
    "use strict";
    var foo = require_foo();
    function hasFunctionNameSupport() {
      return foo.name === "foo";
    }
    module.exports = hasFunctionNameSupport;
  }
});

// node_modules/@stdlib/assert-has-function-name-support/lib/index.js
var require_lib112 = __commonJS({
  "node_modules/@stdlib/assert-has-function-name-support/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main96();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-function-name/lib/main.js
var require_main97 = __commonJS({
  "node_modules/@stdlib/utils-function-name/lib/main.js"(exports, module) {
    "use strict";
    var isFunction = require_lib24();
    var hasFunctionNameSupport = require_lib112();
    var format = require_lib3();
    var RE = require_lib18().REGEXP;
    var isFunctionNameSupported = hasFunctionNameSupport();
    function functionName(fcn) {
      if (isFunction(fcn) === false) {
        throw new TypeError(format("invalid argument. Must provide a function. Value: `%s`.", fcn));
      }
      if (isFunctionNameSupported) {
        return fcn.name;
      }
      return RE.exec(fcn.toString())[1];
    }
    module.exports = functionName;
  }
});

// node_modules/@stdlib/utils-function-name/lib/index.js
var require_lib113 = __commonJS({
  "node_modules/@stdlib/utils-function-name/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main97();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-typed-array/lib/ctors.js
var require_ctors2 = __commonJS({
  "node_modules/@stdlib/assert-is-typed-array/lib/ctors.js"(exports, module) {
    "use strict";
    var Int8Array2 = require_lib83();
    var Uint8Array2 = require_lib75();
    var Uint8ClampedArray2 = require_lib78();
    var Int16Array2 = require_lib71();
    var Uint16Array2 = require_lib66();
    var Int32Array2 = require_lib62();
    var Uint32Array2 = require_lib42();
    var Float32Array2 = require_lib57();
    var Float64Array2 = require_lib54();
    var CTORS = [
      Float64Array2,
      Float32Array2,
      Int32Array2,
      Uint32Array2,
      Int16Array2,
      Uint16Array2,
      Int8Array2,
      Uint8Array2,
      Uint8ClampedArray2
    ];
    module.exports = CTORS;
  }
});

// node_modules/@stdlib/assert-is-typed-array/lib/names.json
var require_names = __commonJS({
  "node_modules/@stdlib/assert-is-typed-array/lib/names.json"(exports, module) {
    module.exports = [
      "Int8Array",
      "Uint8Array",
      "Uint8ClampedArray",
      "Int16Array",
      "Uint16Array",
      "Int32Array",
      "Uint32Array",
      "Float32Array",
      "Float64Array"
    ];
  }
});

// node_modules/@stdlib/assert-is-typed-array/lib/main.js
var require_main98 = __commonJS({
  "node_modules/@stdlib/assert-is-typed-array/lib/main.js"(exports, module) {
    "use strict";
    var ctorName = require_lib22();
    var fcnName = require_lib113();
    var getPrototypeOf = require_lib26();
    var hasFloat64ArraySupport = require_lib53();
    var Float64Array2 = require_lib54();
    var CTORS = require_ctors2();
    var NAMES = require_names();
    var TypedArray = hasFloat64ArraySupport() ? getPrototypeOf(Float64Array2) : Dummy;
    TypedArray = fcnName(TypedArray) === "TypedArray" ? TypedArray : Dummy;
    function Dummy() {
    }
    function isTypedArray(value) {
      var v;
      var i;
      if (typeof value !== "object" || value === null) {
        return false;
      }
      if (value instanceof TypedArray) {
        return true;
      }
      for (i = 0; i < CTORS.length; i++) {
        if (value instanceof CTORS[i]) {
          return true;
        }
      }
      while (value) {
        v = ctorName(value);
        for (i = 0; i < NAMES.length; i++) {
          if (NAMES[i] === v) {
            return true;
          }
        }
        value = getPrototypeOf(value);
      }
      return false;
    }
    module.exports = isTypedArray;
  }
});

// node_modules/@stdlib/assert-is-typed-array/lib/index.js
var require_lib114 = __commonJS({
  "node_modules/@stdlib/assert-is-typed-array/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main98();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-complex-typed-array/lib/ctors.js
var require_ctors3 = __commonJS({
  "node_modules/@stdlib/assert-is-complex-typed-array/lib/ctors.js"(exports, module) {
    "use strict";
    var Complex64Array = require_lib104();
    var Complex128Array = require_lib107();
    var CTORS = [
      Complex128Array,
      Complex64Array
    ];
    module.exports = CTORS;
  }
});

// node_modules/@stdlib/assert-is-complex-typed-array/lib/names.json
var require_names2 = __commonJS({
  "node_modules/@stdlib/assert-is-complex-typed-array/lib/names.json"(exports, module) {
    module.exports = [
      "Complex64Array",
      "Complex128Array"
    ];
  }
});

// node_modules/@stdlib/assert-is-complex-typed-array/lib/main.js
var require_main99 = __commonJS({
  "node_modules/@stdlib/assert-is-complex-typed-array/lib/main.js"(exports, module) {
    "use strict";
    var ctorName = require_lib22();
    var getPrototypeOf = require_lib26();
    var CTORS = require_ctors3();
    var NAMES = require_names2();
    function isComplexTypedArray(value) {
      var v;
      var i;
      if (typeof value !== "object" || value === null) {
        return false;
      }
      for (i = 0; i < CTORS.length; i++) {
        if (value instanceof CTORS[i]) {
          return true;
        }
      }
      while (value) {
        v = ctorName(value);
        for (i = 0; i < NAMES.length; i++) {
          if (NAMES[i] === v) {
            return true;
          }
        }
        value = getPrototypeOf(value);
      }
      return false;
    }
    module.exports = isComplexTypedArray;
  }
});

// node_modules/@stdlib/assert-is-complex-typed-array/lib/index.js
var require_lib115 = __commonJS({
  "node_modules/@stdlib/assert-is-complex-typed-array/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main99();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-booleanarray/lib/main.js
var require_main100 = __commonJS({
  "node_modules/@stdlib/assert-is-booleanarray/lib/main.js"(exports, module) {
    "use strict";
    var BooleanArray = require_lib108();
    var constructorName = require_lib22();
    function isBooleanArray(value) {
      return value instanceof BooleanArray || constructorName(value) === "BooleanArray";
    }
    module.exports = isBooleanArray;
  }
});

// node_modules/@stdlib/assert-is-booleanarray/lib/index.js
var require_lib116 = __commonJS({
  "node_modules/@stdlib/assert-is-booleanarray/lib/index.js"(exports, module) {
    "use strict";
    var isBooleanArray = require_main100();
    module.exports = isBooleanArray;
  }
});

// node_modules/@stdlib/strided-base-reinterpret-boolean/lib/main.js
var require_main101 = __commonJS({
  "node_modules/@stdlib/strided-base-reinterpret-boolean/lib/main.js"(exports, module) {
    "use strict";
    var Uint8Array2 = require_lib75();
    function reinterpret(x, offset) {
      return new Uint8Array2(x.buffer, x.byteOffset + x.BYTES_PER_ELEMENT * offset, x.length - offset);
    }
    module.exports = reinterpret;
  }
});

// node_modules/@stdlib/strided-base-reinterpret-boolean/lib/index.js
var require_lib117 = __commonJS({
  "node_modules/@stdlib/strided-base-reinterpret-boolean/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main101();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-has-instance-symbol-support/lib/main.js
var require_main102 = __commonJS({
  "node_modules/@stdlib/assert-has-has-instance-symbol-support/lib/main.js"(exports, module) {
    "use strict";
    var hasOwnProp = require_lib8();
    var Symbol2 = require_lib11();
    function hasHasInstanceSymbolSupport() {
      return typeof Symbol2 === "function" && typeof Symbol2("foo") === "symbol" && hasOwnProp(Symbol2, "hasInstance") && typeof Symbol2.hasInstance === "symbol";
    }
    module.exports = hasHasInstanceSymbolSupport;
  }
});

// node_modules/@stdlib/assert-has-has-instance-symbol-support/lib/index.js
var require_lib118 = __commonJS({
  "node_modules/@stdlib/assert-has-has-instance-symbol-support/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main102();
    module.exports = main;
  }
});

// node_modules/@stdlib/symbol-has-instance/lib/main.js
var require_main103 = __commonJS({
  "node_modules/@stdlib/symbol-has-instance/lib/main.js"(exports, module) {
    "use strict";
    var hasHasInstanceSymbolSupport = require_lib118();
    var HasInstanceSymbol = hasHasInstanceSymbolSupport() ? Symbol.hasInstance : null;
    module.exports = HasInstanceSymbol;
  }
});

// node_modules/@stdlib/symbol-has-instance/lib/index.js
var require_lib119 = __commonJS({
  "node_modules/@stdlib/symbol-has-instance/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main103();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-instance-of/lib/main.js
var require_main104 = __commonJS({
  "node_modules/@stdlib/assert-instance-of/lib/main.js"(exports, module) {
    "use strict";
    var hasHasInstanceSymbolSupport = require_lib118();
    var HasInstanceSymbol = require_lib119();
    var format = require_lib3();
    var hasSupport = hasHasInstanceSymbolSupport();
    function instanceOf(value, constructor) {
      if (typeof constructor !== "function" && !(hasSupport && typeof constructor === "object" && typeof constructor[HasInstanceSymbol] === "function")) {
        throw new TypeError(format("invalid argument. Second argument must be callable. Value: `%s`.", constructor));
      }
      return value instanceof constructor;
    }
    module.exports = instanceOf;
  }
});

// node_modules/@stdlib/assert-instance-of/lib/index.js
var require_lib120 = __commonJS({
  "node_modules/@stdlib/assert-instance-of/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main104();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-to-json/lib/ctors.js
var require_ctors4 = __commonJS({
  "node_modules/@stdlib/array-to-json/lib/ctors.js"(exports, module) {
    "use strict";
    var Int8Array2 = require_lib83();
    var Uint8Array2 = require_lib75();
    var Uint8ClampedArray2 = require_lib78();
    var Int16Array2 = require_lib71();
    var Uint16Array2 = require_lib66();
    var Int32Array2 = require_lib62();
    var Uint32Array2 = require_lib42();
    var Float32Array2 = require_lib57();
    var Float64Array2 = require_lib54();
    var Complex64Array = require_lib104();
    var Complex128Array = require_lib107();
    var BooleanArray = require_lib108();
    var CTORS = [
      [Float64Array2, "Float64Array"],
      [Float32Array2, "Float32Array"],
      [Int32Array2, "Int32Array"],
      [Uint32Array2, "Uint32Array"],
      [Int16Array2, "Int16Array"],
      [Uint16Array2, "Uint16Array"],
      [Int8Array2, "Int8Array"],
      [Uint8Array2, "Uint8Array"],
      [Uint8ClampedArray2, "Uint8ClampedArray"],
      [Complex64Array, "Complex64Array"],
      [Complex128Array, "Complex128Array"],
      [BooleanArray, "BooleanArray"]
    ];
    module.exports = CTORS;
  }
});

// node_modules/@stdlib/array-to-json/lib/type.js
var require_type = __commonJS({
  "node_modules/@stdlib/array-to-json/lib/type.js"(exports, module) {
    "use strict";
    var instanceOf = require_lib120();
    var ctorName = require_lib22();
    var getPrototypeOf = require_lib26();
    var CTORS = require_ctors4();
    function typeName(arr) {
      var v;
      var i;
      for (i = 0; i < CTORS.length; i++) {
        if (instanceOf(arr, CTORS[i][0])) {
          return CTORS[i][1];
        }
      }
      while (arr) {
        v = ctorName(arr);
        for (i = 0; i < CTORS.length; i++) {
          if (v === CTORS[i][1]) {
            return CTORS[i][1];
          }
        }
        arr = getPrototypeOf(arr);
      }
    }
    module.exports = typeName;
  }
});

// node_modules/@stdlib/array-to-json/lib/main.js
var require_main105 = __commonJS({
  "node_modules/@stdlib/array-to-json/lib/main.js"(exports, module) {
    "use strict";
    var isTypedArray = require_lib114();
    var isComplexTypedArray = require_lib115();
    var isBooleanArray = require_lib116();
    var reinterpret64 = require_lib102();
    var reinterpret128 = require_lib103();
    var reinterpretBoolean = require_lib117();
    var format = require_lib3();
    var typeName = require_type();
    function typedarray2json(arr) {
      var data;
      var out;
      var i;
      if (isTypedArray(arr)) {
        data = arr;
      } else if (isComplexTypedArray(arr)) {
        if (arr.BYTES_PER_ELEMENT === 8) {
          data = reinterpret64(arr, 0);
        } else {
          data = reinterpret128(arr, 0);
        }
      } else if (isBooleanArray(arr)) {
        data = reinterpretBoolean(arr, 0);
      } else {
        throw new TypeError(format("invalid argument. Must provide a typed array. Value: `%s`.", arr));
      }
      out = {
        "type": typeName(arr),
        "data": []
      };
      for (i = 0; i < data.length; i++) {
        out.data.push(data[i]);
      }
      return out;
    }
    module.exports = typedarray2json;
  }
});

// node_modules/@stdlib/array-to-json/lib/index.js
var require_lib121 = __commonJS({
  "node_modules/@stdlib/array-to-json/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main105();
    module.exports = main;
  }
});

// node_modules/@stdlib/random-base-mt19937/lib/rand_uint32.js
var require_rand_uint32 = __commonJS({
  "node_modules/@stdlib/random-base-mt19937/lib/rand_uint32.js"(exports, module) {
    "use strict";
    var UINT32_MAX = require_lib40();
    var floor = require_lib28();
    var MAX = UINT32_MAX - 1;
    function randuint32() {
      var v = floor(1 + MAX * Math.random());
      return v >>> 0;
    }
    module.exports = randuint32;
  }
});

// node_modules/@stdlib/random-base-mt19937/lib/factory.js
var require_factory = __commonJS({
  "node_modules/@stdlib/random-base-mt19937/lib/factory.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var setReadOnlyAccessor = require_lib6();
    var setReadWriteAccessor = require_lib7();
    var hasOwnProp = require_lib8();
    var isObject = require_lib27();
    var isCollection = require_lib31();
    var isUint32Array = require_lib32();
    var isBoolean = require_lib16().isPrimitive;
    var isPositiveInteger = require_lib38().isPrimitive;
    var FLOAT64_MAX_SAFE_INTEGER = require_lib39();
    var UINT32_MAX = require_lib40();
    var Uint32Array2 = require_lib42();
    var max = require_lib45();
    var umul = require_lib46();
    var gcopy = require_lib111();
    var typedarray2json = require_lib121();
    var format = require_lib3();
    var randuint32 = require_rand_uint32();
    var N2 = 624;
    var M2 = 397;
    var MAX_SEED = UINT32_MAX >>> 0;
    var SEED_ARRAY_INIT_STATE = 19650218 >>> 0;
    var UPPER_MASK = 2147483648 >>> 0;
    var LOWER_MASK = 2147483647 >>> 0;
    var KNUTH_MULTIPLIER = 1812433253 >>> 0;
    var MAGIC_MULTIPLIER_1 = 1664525 >>> 0;
    var MAGIC_MULTIPLIER_2 = 1566083941 >>> 0;
    var TEMPERING_COEFFICIENT_1 = 2636928640 >>> 0;
    var TEMPERING_COEFFICIENT_2 = 4022730752 >>> 0;
    var MATRIX_A = 2567483615 >>> 0;
    var MAG01 = [0 >>> 0, MATRIX_A >>> 0];
    var FLOAT64_NORMALIZATION_CONSTANT = 1 / (FLOAT64_MAX_SAFE_INTEGER + 1);
    var TWO_26 = 67108864 >>> 0;
    var TWO_32 = 2147483648 >>> 0;
    var ONE = 1 >>> 0;
    var MAX_NORMALIZED = FLOAT64_MAX_SAFE_INTEGER * FLOAT64_NORMALIZATION_CONSTANT;
    var STATE_ARRAY_VERSION = 1;
    var NUM_STATE_SECTIONS = 3;
    var STATE_SECTION_OFFSET = 2;
    var OTHER_SECTION_OFFSET = N2 + 3;
    var SEED_SECTION_OFFSET = N2 + 5;
    var STATE_FIXED_LENGTH = N2 + 6;
    function verifyState(state, FLG) {
      var s1;
      if (FLG) {
        s1 = "option";
      } else {
        s1 = "argument";
      }
      if (state.length < STATE_FIXED_LENGTH + 1) {
        return new RangeError(format("invalid %s. `state` array has insufficient length.", s1));
      }
      if (state[0] !== STATE_ARRAY_VERSION) {
        return new RangeError(format("invalid %s. `state` array has an incompatible schema version. Expected: `%s`. Actual: `%s.`", s1, STATE_ARRAY_VERSION, state[0]));
      }
      if (state[1] !== NUM_STATE_SECTIONS) {
        return new RangeError(format("invalid %s. `state` array has an incompatible number of sections. Expected: `%s`. Actual: `%s`.", s1, NUM_STATE_SECTIONS, state[1]));
      }
      if (state[STATE_SECTION_OFFSET] !== N2) {
        return new RangeError(format("invalid %s. `state` array has an incompatible state length. Expected: `%u`. Actual: `%u`.", s1, N2, state[STATE_SECTION_OFFSET]));
      }
      if (state[OTHER_SECTION_OFFSET] !== 1) {
        return new RangeError(format("invalid %s. `state` array has an incompatible section length. Expected: `%u`. Actual: `%u`.", s1, 1, state[OTHER_SECTION_OFFSET]));
      }
      if (state[SEED_SECTION_OFFSET] !== state.length - STATE_FIXED_LENGTH) {
        return new RangeError(format("invalid %s. `state` array length is incompatible with seed section length. Expected: `%u`. Actual: `%u`.", s1, state.length - STATE_FIXED_LENGTH, state[SEED_SECTION_OFFSET]));
      }
      return null;
    }
    function createState(state, N3, s) {
      var i;
      state[0] = s >>> 0;
      for (i = 1; i < N3; i++) {
        s = state[i - 1] >>> 0;
        s = (s ^ s >>> 30) >>> 0;
        state[i] = umul(s, KNUTH_MULTIPLIER) + i >>> 0;
      }
      return state;
    }
    function initState(state, N3, seed, M3) {
      var s;
      var i;
      var j;
      var k;
      i = 1;
      j = 0;
      for (k = max(N3, M3); k > 0; k--) {
        s = state[i - 1] >>> 0;
        s = (s ^ s >>> 30) >>> 0;
        s = umul(s, MAGIC_MULTIPLIER_1) >>> 0;
        state[i] = (state[i] >>> 0 ^ s) + seed[j] + j >>> 0;
        i += 1;
        j += 1;
        if (i >= N3) {
          state[0] = state[N3 - 1];
          i = 1;
        }
        if (j >= M3) {
          j = 0;
        }
      }
      for (k = N3 - 1; k > 0; k--) {
        s = state[i - 1] >>> 0;
        s = (s ^ s >>> 30) >>> 0;
        s = umul(s, MAGIC_MULTIPLIER_2) >>> 0;
        state[i] = (state[i] >>> 0 ^ s) - i >>> 0;
        i += 1;
        if (i >= N3) {
          state[0] = state[N3 - 1];
          i = 1;
        }
      }
      state[0] = TWO_32;
      return state;
    }
    function twist(state) {
      var w;
      var i;
      var j;
      var k;
      k = N2 - M2;
      for (i = 0; i < k; i++) {
        w = state[i] & UPPER_MASK | state[i + 1] & LOWER_MASK;
        state[i] = state[i + M2] ^ w >>> 1 ^ MAG01[w & ONE];
      }
      j = N2 - 1;
      for (; i < j; i++) {
        w = state[i] & UPPER_MASK | state[i + 1] & LOWER_MASK;
        state[i] = state[i - k] ^ w >>> 1 ^ MAG01[w & ONE];
      }
      w = state[j] & UPPER_MASK | state[0] & LOWER_MASK;
      state[j] = state[M2 - 1] ^ w >>> 1 ^ MAG01[w & ONE];
      return state;
    }
    function factory(options) {
      var STATE;
      var state;
      var opts;
      var seed;
      var slen;
      var err;
      opts = {};
      if (arguments.length) {
        if (!isObject(options)) {
          throw new TypeError(format("invalid argument. Options argument must be an object. Value: `%s`.", options));
        }
        if (hasOwnProp(options, "copy")) {
          opts.copy = options.copy;
          if (!isBoolean(options.copy)) {
            throw new TypeError(format("invalid option. `%s` option must be a boolean. Option: `%s`.", "copy", options.copy));
          }
        }
        if (hasOwnProp(options, "state")) {
          state = options.state;
          opts.state = true;
          if (!isUint32Array(state)) {
            throw new TypeError(format("invalid option. `%s` option must be a Uint32Array. Option: `%s`.", "state", state));
          }
          err = verifyState(state, true);
          if (err) {
            throw err;
          }
          if (opts.copy === false) {
            STATE = state;
          } else {
            STATE = new Uint32Array2(state.length);
            gcopy(state.length, state, 1, STATE, 1);
          }
          state = new Uint32Array2(STATE.buffer, STATE.byteOffset + (STATE_SECTION_OFFSET + 1) * STATE.BYTES_PER_ELEMENT, N2);
          seed = new Uint32Array2(STATE.buffer, STATE.byteOffset + (SEED_SECTION_OFFSET + 1) * STATE.BYTES_PER_ELEMENT, state[SEED_SECTION_OFFSET]);
        }
        if (seed === void 0) {
          if (hasOwnProp(options, "seed")) {
            seed = options.seed;
            opts.seed = true;
            if (isPositiveInteger(seed)) {
              if (seed > MAX_SEED) {
                throw new RangeError(format("invalid option. `%s` option must be a positive integer less than or equal to the maximum unsigned 32-bit integer. Option: `%u`.", "seed", seed));
              }
              seed >>>= 0;
            } else if (isCollection(seed) === false || seed.length < 1) {
              throw new TypeError(format("invalid option. `%s` option must be either a positive integer less than or equal to the maximum unsigned 32-bit integer or an array-like object containing integer values less than or equal to the maximum unsigned 32-bit integer. Option: `%s`.", "seed", seed));
            } else if (seed.length === 1) {
              seed = seed[0];
              if (!isPositiveInteger(seed)) {
                throw new TypeError(format("invalid option. `%s` option must be either a positive integer less than or equal to the maximum unsigned 32-bit integer or an array-like object containing integer values less than or equal to the maximum unsigned 32-bit integer. Option: `%s`.", "seed", seed));
              }
              if (seed > MAX_SEED) {
                throw new RangeError(format("invalid option. `%s` option must be either a positive integer less than or equal to the maximum unsigned 32-bit integer or an array-like object containing integer values less than or equal to the maximum unsigned 32-bit integer. Option: `%u`.", "seed", seed));
              }
              seed >>>= 0;
            } else {
              slen = seed.length;
              STATE = new Uint32Array2(STATE_FIXED_LENGTH + slen);
              STATE[0] = STATE_ARRAY_VERSION;
              STATE[1] = NUM_STATE_SECTIONS;
              STATE[STATE_SECTION_OFFSET] = N2;
              STATE[OTHER_SECTION_OFFSET] = 1;
              STATE[OTHER_SECTION_OFFSET + 1] = N2;
              STATE[SEED_SECTION_OFFSET] = slen;
              gcopy.ndarray(slen, seed, 1, 0, STATE, 1, SEED_SECTION_OFFSET + 1);
              state = new Uint32Array2(STATE.buffer, STATE.byteOffset + (STATE_SECTION_OFFSET + 1) * STATE.BYTES_PER_ELEMENT, N2);
              seed = new Uint32Array2(STATE.buffer, STATE.byteOffset + (SEED_SECTION_OFFSET + 1) * STATE.BYTES_PER_ELEMENT, slen);
              state = createState(state, N2, SEED_ARRAY_INIT_STATE);
              state = initState(state, N2, seed, slen);
            }
          } else {
            seed = randuint32() >>> 0;
          }
        }
      } else {
        seed = randuint32() >>> 0;
      }
      if (state === void 0) {
        STATE = new Uint32Array2(STATE_FIXED_LENGTH + 1);
        STATE[0] = STATE_ARRAY_VERSION;
        STATE[1] = NUM_STATE_SECTIONS;
        STATE[STATE_SECTION_OFFSET] = N2;
        STATE[OTHER_SECTION_OFFSET] = 1;
        STATE[OTHER_SECTION_OFFSET + 1] = N2;
        STATE[SEED_SECTION_OFFSET] = 1;
        STATE[SEED_SECTION_OFFSET + 1] = seed;
        state = new Uint32Array2(STATE.buffer, STATE.byteOffset + (STATE_SECTION_OFFSET + 1) * STATE.BYTES_PER_ELEMENT, N2);
        seed = new Uint32Array2(STATE.buffer, STATE.byteOffset + (SEED_SECTION_OFFSET + 1) * STATE.BYTES_PER_ELEMENT, 1);
        state = createState(state, N2, seed);
      }
      setReadOnly(mt199372, "NAME", "mt19937");
      setReadOnlyAccessor(mt199372, "seed", getSeed);
      setReadOnlyAccessor(mt199372, "seedLength", getSeedLength);
      setReadWriteAccessor(mt199372, "state", getState, setState);
      setReadOnlyAccessor(mt199372, "stateLength", getStateLength);
      setReadOnlyAccessor(mt199372, "byteLength", getStateSize);
      setReadOnly(mt199372, "toJSON", toJSON);
      setReadOnly(mt199372, "MIN", 0);
      setReadOnly(mt199372, "MAX", UINT32_MAX);
      setReadOnly(mt199372, "normalized", normalized);
      setReadOnly(normalized, "NAME", mt199372.NAME);
      setReadOnlyAccessor(normalized, "seed", getSeed);
      setReadOnlyAccessor(normalized, "seedLength", getSeedLength);
      setReadWriteAccessor(normalized, "state", getState, setState);
      setReadOnlyAccessor(normalized, "stateLength", getStateLength);
      setReadOnlyAccessor(normalized, "byteLength", getStateSize);
      setReadOnly(normalized, "toJSON", toJSON);
      setReadOnly(normalized, "MIN", 0);
      setReadOnly(normalized, "MAX", MAX_NORMALIZED);
      return mt199372;
      function getSeed() {
        var len = STATE[SEED_SECTION_OFFSET];
        return gcopy(len, seed, 1, new Uint32Array2(len), 1);
      }
      function getSeedLength() {
        return STATE[SEED_SECTION_OFFSET];
      }
      function getStateLength() {
        return STATE.length;
      }
      function getStateSize() {
        return STATE.byteLength;
      }
      function getState() {
        var len = STATE.length;
        return gcopy(len, STATE, 1, new Uint32Array2(len), 1);
      }
      function setState(s) {
        var err2;
        if (!isUint32Array(s)) {
          throw new TypeError(format("invalid argument. Must provide a Uint32Array. Value: `%s`.", s));
        }
        err2 = verifyState(s, false);
        if (err2) {
          throw err2;
        }
        if (opts.copy === false) {
          if (opts.state && s.length === STATE.length) {
            gcopy(s.length, s, 1, STATE, 1);
          } else {
            STATE = s;
            opts.state = true;
          }
        } else {
          if (s.length !== STATE.length) {
            STATE = new Uint32Array2(s.length);
          }
          gcopy(s.length, s, 1, STATE, 1);
        }
        state = new Uint32Array2(STATE.buffer, STATE.byteOffset + (STATE_SECTION_OFFSET + 1) * STATE.BYTES_PER_ELEMENT, N2);
        seed = new Uint32Array2(STATE.buffer, STATE.byteOffset + (SEED_SECTION_OFFSET + 1) * STATE.BYTES_PER_ELEMENT, STATE[SEED_SECTION_OFFSET]);
      }
      function toJSON() {
        var out = {};
        out.type = "PRNG";
        out.name = mt199372.NAME;
        out.state = typedarray2json(STATE);
        out.params = [];
        return out;
      }
      function mt199372() {
        var r;
        var i;
        i = STATE[OTHER_SECTION_OFFSET + 1];
        if (i >= N2) {
          state = twist(state);
          i = 0;
        }
        r = state[i];
        STATE[OTHER_SECTION_OFFSET + 1] = i + 1;
        r ^= r >>> 11;
        r ^= r << 7 & TEMPERING_COEFFICIENT_1;
        r ^= r << 15 & TEMPERING_COEFFICIENT_2;
        r ^= r >>> 18;
        return r >>> 0;
      }
      function normalized() {
        var x = mt199372() >>> 5;
        var y = mt199372() >>> 6;
        return (x * TWO_26 + y) * FLOAT64_NORMALIZATION_CONSTANT;
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/random-base-mt19937/lib/main.js
var require_main106 = __commonJS({
  "node_modules/@stdlib/random-base-mt19937/lib/main.js"(exports, module) {
    "use strict";
    var factory = require_factory();
    var randuint32 = require_rand_uint32();
    var mt199372 = factory({
      "seed": randuint32()
    });
    module.exports = mt199372;
  }
});

// node_modules/@stdlib/random-base-mt19937/lib/index.js
var require_lib122 = __commonJS({
  "node_modules/@stdlib/random-base-mt19937/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var main = require_main106();
    var factory = require_factory();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// node_modules/ml-matrix/matrix.js
var require_matrix = __commonJS({
  "node_modules/ml-matrix/matrix.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var toString = Object.prototype.toString;
    function isAnyArray(value) {
      const tag = toString.call(value);
      return tag.endsWith("Array]") && !tag.includes("Big");
    }
    function max(input, options = {}) {
      if (!isAnyArray(input)) {
        throw new TypeError("input must be an array");
      }
      if (input.length === 0) {
        throw new TypeError("input must not be empty");
      }
      const { fromIndex = 0, toIndex = input.length } = options;
      if (fromIndex < 0 || fromIndex >= input.length || !Number.isInteger(fromIndex)) {
        throw new Error("fromIndex must be a positive integer smaller than length");
      }
      if (toIndex <= fromIndex || toIndex > input.length || !Number.isInteger(toIndex)) {
        throw new Error("toIndex must be an integer greater than fromIndex and at most equal to length");
      }
      let maxValue = input[fromIndex];
      for (let i = fromIndex + 1; i < toIndex; i++) {
        if (input[i] > maxValue)
          maxValue = input[i];
      }
      return maxValue;
    }
    function min(input, options = {}) {
      if (!isAnyArray(input)) {
        throw new TypeError("input must be an array");
      }
      if (input.length === 0) {
        throw new TypeError("input must not be empty");
      }
      const { fromIndex = 0, toIndex = input.length } = options;
      if (fromIndex < 0 || fromIndex >= input.length || !Number.isInteger(fromIndex)) {
        throw new Error("fromIndex must be a positive integer smaller than length");
      }
      if (toIndex <= fromIndex || toIndex > input.length || !Number.isInteger(toIndex)) {
        throw new Error("toIndex must be an integer greater than fromIndex and at most equal to length");
      }
      let minValue = input[fromIndex];
      for (let i = fromIndex + 1; i < toIndex; i++) {
        if (input[i] < minValue)
          minValue = input[i];
      }
      return minValue;
    }
    function rescale(input, options = {}) {
      if (!isAnyArray(input)) {
        throw new TypeError("input must be an array");
      } else if (input.length === 0) {
        throw new TypeError("input must not be empty");
      }
      let output;
      if (options.output !== void 0) {
        if (!isAnyArray(options.output)) {
          throw new TypeError("output option must be an array if specified");
        }
        output = options.output;
      } else {
        output = new Array(input.length);
      }
      const currentMin = min(input);
      const currentMax = max(input);
      if (currentMin === currentMax) {
        throw new RangeError("minimum and maximum input values are equal. Cannot rescale a constant array");
      }
      const { min: minValue = options.autoMinMax ? currentMin : 0, max: maxValue = options.autoMinMax ? currentMax : 1 } = options;
      if (minValue >= maxValue) {
        throw new RangeError("min option must be smaller than max option");
      }
      const factor = (maxValue - minValue) / (currentMax - currentMin);
      for (let i = 0; i < input.length; i++) {
        output[i] = (input[i] - currentMin) * factor + minValue;
      }
      return output;
    }
    var indent = " ".repeat(2);
    var indentData = " ".repeat(4);
    function inspectMatrix() {
      return inspectMatrixWithOptions(this);
    }
    function inspectMatrixWithOptions(matrix2, options = {}) {
      const {
        maxRows = 15,
        maxColumns = 10,
        maxNumSize = 8,
        padMinus = "auto"
      } = options;
      return `${matrix2.constructor.name} {
${indent}[
${indentData}${inspectData(matrix2, maxRows, maxColumns, maxNumSize, padMinus)}
${indent}]
${indent}rows: ${matrix2.rows}
${indent}columns: ${matrix2.columns}
}`;
    }
    function inspectData(matrix2, maxRows, maxColumns, maxNumSize, padMinus) {
      const { rows, columns } = matrix2;
      const maxI = Math.min(rows, maxRows);
      const maxJ = Math.min(columns, maxColumns);
      const result = [];
      if (padMinus === "auto") {
        padMinus = false;
        loop: for (let i = 0; i < maxI; i++) {
          for (let j = 0; j < maxJ; j++) {
            if (matrix2.get(i, j) < 0) {
              padMinus = true;
              break loop;
            }
          }
        }
      }
      for (let i = 0; i < maxI; i++) {
        let line = [];
        for (let j = 0; j < maxJ; j++) {
          line.push(formatNumber(matrix2.get(i, j), maxNumSize, padMinus));
        }
        result.push(`${line.join(" ")}`);
      }
      if (maxJ !== columns) {
        result[result.length - 1] += ` ... ${columns - maxColumns} more columns`;
      }
      if (maxI !== rows) {
        result.push(`... ${rows - maxRows} more rows`);
      }
      return result.join(`
${indentData}`);
    }
    function formatNumber(num, maxNumSize, padMinus) {
      return (num >= 0 && padMinus ? ` ${formatNumber2(num, maxNumSize - 1)}` : formatNumber2(num, maxNumSize)).padEnd(maxNumSize);
    }
    function formatNumber2(num, len) {
      let str = num.toString();
      if (str.length <= len) return str;
      let fix = num.toFixed(len);
      if (fix.length > len) {
        fix = num.toFixed(Math.max(0, len - (fix.length - len)));
      }
      if (fix.length <= len && !fix.startsWith("0.000") && !fix.startsWith("-0.000")) {
        return fix;
      }
      let exp = num.toExponential(len);
      if (exp.length > len) {
        exp = num.toExponential(Math.max(0, len - (exp.length - len)));
      }
      return exp.slice(0);
    }
    function installMathOperations(AbstractMatrix3, Matrix4) {
      AbstractMatrix3.prototype.add = function add(value) {
        if (typeof value === "number") return this.addS(value);
        return this.addM(value);
      };
      AbstractMatrix3.prototype.addS = function addS(value) {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) + value);
          }
        }
        return this;
      };
      AbstractMatrix3.prototype.addM = function addM(matrix2) {
        matrix2 = Matrix4.checkMatrix(matrix2);
        if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
          throw new RangeError("Matrices dimensions must be equal");
        }
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) + matrix2.get(i, j));
          }
        }
        return this;
      };
      AbstractMatrix3.add = function add(matrix2, value) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.add(value);
      };
      AbstractMatrix3.prototype.sub = function sub(value) {
        if (typeof value === "number") return this.subS(value);
        return this.subM(value);
      };
      AbstractMatrix3.prototype.subS = function subS(value) {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) - value);
          }
        }
        return this;
      };
      AbstractMatrix3.prototype.subM = function subM(matrix2) {
        matrix2 = Matrix4.checkMatrix(matrix2);
        if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
          throw new RangeError("Matrices dimensions must be equal");
        }
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) - matrix2.get(i, j));
          }
        }
        return this;
      };
      AbstractMatrix3.sub = function sub(matrix2, value) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.sub(value);
      };
      AbstractMatrix3.prototype.subtract = AbstractMatrix3.prototype.sub;
      AbstractMatrix3.prototype.subtractS = AbstractMatrix3.prototype.subS;
      AbstractMatrix3.prototype.subtractM = AbstractMatrix3.prototype.subM;
      AbstractMatrix3.subtract = AbstractMatrix3.sub;
      AbstractMatrix3.prototype.mul = function mul(value) {
        if (typeof value === "number") return this.mulS(value);
        return this.mulM(value);
      };
      AbstractMatrix3.prototype.mulS = function mulS(value) {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) * value);
          }
        }
        return this;
      };
      AbstractMatrix3.prototype.mulM = function mulM(matrix2) {
        matrix2 = Matrix4.checkMatrix(matrix2);
        if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
          throw new RangeError("Matrices dimensions must be equal");
        }
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) * matrix2.get(i, j));
          }
        }
        return this;
      };
      AbstractMatrix3.mul = function mul(matrix2, value) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.mul(value);
      };
      AbstractMatrix3.prototype.multiply = AbstractMatrix3.prototype.mul;
      AbstractMatrix3.prototype.multiplyS = AbstractMatrix3.prototype.mulS;
      AbstractMatrix3.prototype.multiplyM = AbstractMatrix3.prototype.mulM;
      AbstractMatrix3.multiply = AbstractMatrix3.mul;
      AbstractMatrix3.prototype.div = function div(value) {
        if (typeof value === "number") return this.divS(value);
        return this.divM(value);
      };
      AbstractMatrix3.prototype.divS = function divS(value) {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) / value);
          }
        }
        return this;
      };
      AbstractMatrix3.prototype.divM = function divM(matrix2) {
        matrix2 = Matrix4.checkMatrix(matrix2);
        if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
          throw new RangeError("Matrices dimensions must be equal");
        }
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) / matrix2.get(i, j));
          }
        }
        return this;
      };
      AbstractMatrix3.div = function div(matrix2, value) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.div(value);
      };
      AbstractMatrix3.prototype.divide = AbstractMatrix3.prototype.div;
      AbstractMatrix3.prototype.divideS = AbstractMatrix3.prototype.divS;
      AbstractMatrix3.prototype.divideM = AbstractMatrix3.prototype.divM;
      AbstractMatrix3.divide = AbstractMatrix3.div;
      AbstractMatrix3.prototype.mod = function mod(value) {
        if (typeof value === "number") return this.modS(value);
        return this.modM(value);
      };
      AbstractMatrix3.prototype.modS = function modS(value) {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) % value);
          }
        }
        return this;
      };
      AbstractMatrix3.prototype.modM = function modM(matrix2) {
        matrix2 = Matrix4.checkMatrix(matrix2);
        if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
          throw new RangeError("Matrices dimensions must be equal");
        }
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) % matrix2.get(i, j));
          }
        }
        return this;
      };
      AbstractMatrix3.mod = function mod(matrix2, value) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.mod(value);
      };
      AbstractMatrix3.prototype.modulus = AbstractMatrix3.prototype.mod;
      AbstractMatrix3.prototype.modulusS = AbstractMatrix3.prototype.modS;
      AbstractMatrix3.prototype.modulusM = AbstractMatrix3.prototype.modM;
      AbstractMatrix3.modulus = AbstractMatrix3.mod;
      AbstractMatrix3.prototype.and = function and(value) {
        if (typeof value === "number") return this.andS(value);
        return this.andM(value);
      };
      AbstractMatrix3.prototype.andS = function andS(value) {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) & value);
          }
        }
        return this;
      };
      AbstractMatrix3.prototype.andM = function andM(matrix2) {
        matrix2 = Matrix4.checkMatrix(matrix2);
        if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
          throw new RangeError("Matrices dimensions must be equal");
        }
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) & matrix2.get(i, j));
          }
        }
        return this;
      };
      AbstractMatrix3.and = function and(matrix2, value) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.and(value);
      };
      AbstractMatrix3.prototype.or = function or(value) {
        if (typeof value === "number") return this.orS(value);
        return this.orM(value);
      };
      AbstractMatrix3.prototype.orS = function orS(value) {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) | value);
          }
        }
        return this;
      };
      AbstractMatrix3.prototype.orM = function orM(matrix2) {
        matrix2 = Matrix4.checkMatrix(matrix2);
        if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
          throw new RangeError("Matrices dimensions must be equal");
        }
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) | matrix2.get(i, j));
          }
        }
        return this;
      };
      AbstractMatrix3.or = function or(matrix2, value) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.or(value);
      };
      AbstractMatrix3.prototype.xor = function xor(value) {
        if (typeof value === "number") return this.xorS(value);
        return this.xorM(value);
      };
      AbstractMatrix3.prototype.xorS = function xorS(value) {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) ^ value);
          }
        }
        return this;
      };
      AbstractMatrix3.prototype.xorM = function xorM(matrix2) {
        matrix2 = Matrix4.checkMatrix(matrix2);
        if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
          throw new RangeError("Matrices dimensions must be equal");
        }
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) ^ matrix2.get(i, j));
          }
        }
        return this;
      };
      AbstractMatrix3.xor = function xor(matrix2, value) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.xor(value);
      };
      AbstractMatrix3.prototype.leftShift = function leftShift(value) {
        if (typeof value === "number") return this.leftShiftS(value);
        return this.leftShiftM(value);
      };
      AbstractMatrix3.prototype.leftShiftS = function leftShiftS(value) {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) << value);
          }
        }
        return this;
      };
      AbstractMatrix3.prototype.leftShiftM = function leftShiftM(matrix2) {
        matrix2 = Matrix4.checkMatrix(matrix2);
        if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
          throw new RangeError("Matrices dimensions must be equal");
        }
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) << matrix2.get(i, j));
          }
        }
        return this;
      };
      AbstractMatrix3.leftShift = function leftShift(matrix2, value) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.leftShift(value);
      };
      AbstractMatrix3.prototype.signPropagatingRightShift = function signPropagatingRightShift(value) {
        if (typeof value === "number") return this.signPropagatingRightShiftS(value);
        return this.signPropagatingRightShiftM(value);
      };
      AbstractMatrix3.prototype.signPropagatingRightShiftS = function signPropagatingRightShiftS(value) {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) >> value);
          }
        }
        return this;
      };
      AbstractMatrix3.prototype.signPropagatingRightShiftM = function signPropagatingRightShiftM(matrix2) {
        matrix2 = Matrix4.checkMatrix(matrix2);
        if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
          throw new RangeError("Matrices dimensions must be equal");
        }
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) >> matrix2.get(i, j));
          }
        }
        return this;
      };
      AbstractMatrix3.signPropagatingRightShift = function signPropagatingRightShift(matrix2, value) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.signPropagatingRightShift(value);
      };
      AbstractMatrix3.prototype.rightShift = function rightShift(value) {
        if (typeof value === "number") return this.rightShiftS(value);
        return this.rightShiftM(value);
      };
      AbstractMatrix3.prototype.rightShiftS = function rightShiftS(value) {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) >>> value);
          }
        }
        return this;
      };
      AbstractMatrix3.prototype.rightShiftM = function rightShiftM(matrix2) {
        matrix2 = Matrix4.checkMatrix(matrix2);
        if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
          throw new RangeError("Matrices dimensions must be equal");
        }
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) >>> matrix2.get(i, j));
          }
        }
        return this;
      };
      AbstractMatrix3.rightShift = function rightShift(matrix2, value) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.rightShift(value);
      };
      AbstractMatrix3.prototype.zeroFillRightShift = AbstractMatrix3.prototype.rightShift;
      AbstractMatrix3.prototype.zeroFillRightShiftS = AbstractMatrix3.prototype.rightShiftS;
      AbstractMatrix3.prototype.zeroFillRightShiftM = AbstractMatrix3.prototype.rightShiftM;
      AbstractMatrix3.zeroFillRightShift = AbstractMatrix3.rightShift;
      AbstractMatrix3.prototype.not = function not() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, ~this.get(i, j));
          }
        }
        return this;
      };
      AbstractMatrix3.not = function not(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.not();
      };
      AbstractMatrix3.prototype.abs = function abs() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.abs(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.abs = function abs(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.abs();
      };
      AbstractMatrix3.prototype.acos = function acos() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.acos(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.acos = function acos(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.acos();
      };
      AbstractMatrix3.prototype.acosh = function acosh() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.acosh(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.acosh = function acosh(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.acosh();
      };
      AbstractMatrix3.prototype.asin = function asin() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.asin(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.asin = function asin(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.asin();
      };
      AbstractMatrix3.prototype.asinh = function asinh() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.asinh(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.asinh = function asinh(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.asinh();
      };
      AbstractMatrix3.prototype.atan = function atan() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.atan(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.atan = function atan(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.atan();
      };
      AbstractMatrix3.prototype.atanh = function atanh() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.atanh(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.atanh = function atanh(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.atanh();
      };
      AbstractMatrix3.prototype.cbrt = function cbrt() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.cbrt(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.cbrt = function cbrt(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.cbrt();
      };
      AbstractMatrix3.prototype.ceil = function ceil() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.ceil(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.ceil = function ceil(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.ceil();
      };
      AbstractMatrix3.prototype.clz32 = function clz32() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.clz32(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.clz32 = function clz32(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.clz32();
      };
      AbstractMatrix3.prototype.cos = function cos() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.cos(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.cos = function cos(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.cos();
      };
      AbstractMatrix3.prototype.cosh = function cosh() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.cosh(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.cosh = function cosh(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.cosh();
      };
      AbstractMatrix3.prototype.exp = function exp() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.exp(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.exp = function exp(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.exp();
      };
      AbstractMatrix3.prototype.expm1 = function expm1() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.expm1(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.expm1 = function expm1(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.expm1();
      };
      AbstractMatrix3.prototype.floor = function floor() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.floor(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.floor = function floor(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.floor();
      };
      AbstractMatrix3.prototype.fround = function fround() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.fround(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.fround = function fround(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.fround();
      };
      AbstractMatrix3.prototype.log = function log() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.log(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.log = function log(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.log();
      };
      AbstractMatrix3.prototype.log1p = function log1p() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.log1p(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.log1p = function log1p(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.log1p();
      };
      AbstractMatrix3.prototype.log10 = function log10() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.log10(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.log10 = function log10(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.log10();
      };
      AbstractMatrix3.prototype.log2 = function log2() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.log2(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.log2 = function log2(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.log2();
      };
      AbstractMatrix3.prototype.round = function round() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.round(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.round = function round(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.round();
      };
      AbstractMatrix3.prototype.sign = function sign() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.sign(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.sign = function sign(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.sign();
      };
      AbstractMatrix3.prototype.sin = function sin() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.sin(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.sin = function sin(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.sin();
      };
      AbstractMatrix3.prototype.sinh = function sinh() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.sinh(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.sinh = function sinh(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.sinh();
      };
      AbstractMatrix3.prototype.sqrt = function sqrt() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.sqrt(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.sqrt = function sqrt(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.sqrt();
      };
      AbstractMatrix3.prototype.tan = function tan() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.tan(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.tan = function tan(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.tan();
      };
      AbstractMatrix3.prototype.tanh = function tanh() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.tanh(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.tanh = function tanh(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.tanh();
      };
      AbstractMatrix3.prototype.trunc = function trunc() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.trunc(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.trunc = function trunc(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.trunc();
      };
      AbstractMatrix3.pow = function pow(matrix2, arg0) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.pow(arg0);
      };
      AbstractMatrix3.prototype.pow = function pow(value) {
        if (typeof value === "number") return this.powS(value);
        return this.powM(value);
      };
      AbstractMatrix3.prototype.powS = function powS(value) {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) ** value);
          }
        }
        return this;
      };
      AbstractMatrix3.prototype.powM = function powM(matrix2) {
        matrix2 = Matrix4.checkMatrix(matrix2);
        if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
          throw new RangeError("Matrices dimensions must be equal");
        }
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) ** matrix2.get(i, j));
          }
        }
        return this;
      };
    }
    function checkRowIndex(matrix2, index, outer) {
      let max2 = outer ? matrix2.rows : matrix2.rows - 1;
      if (index < 0 || index > max2) {
        throw new RangeError("Row index out of range");
      }
    }
    function checkColumnIndex(matrix2, index, outer) {
      let max2 = outer ? matrix2.columns : matrix2.columns - 1;
      if (index < 0 || index > max2) {
        throw new RangeError("Column index out of range");
      }
    }
    function checkRowVector(matrix2, vector) {
      if (vector.to1DArray) {
        vector = vector.to1DArray();
      }
      if (vector.length !== matrix2.columns) {
        throw new RangeError(
          "vector size must be the same as the number of columns"
        );
      }
      return vector;
    }
    function checkColumnVector(matrix2, vector) {
      if (vector.to1DArray) {
        vector = vector.to1DArray();
      }
      if (vector.length !== matrix2.rows) {
        throw new RangeError("vector size must be the same as the number of rows");
      }
      return vector;
    }
    function checkRowIndices(matrix2, rowIndices) {
      if (!isAnyArray(rowIndices)) {
        throw new TypeError("row indices must be an array");
      }
      for (let i = 0; i < rowIndices.length; i++) {
        if (rowIndices[i] < 0 || rowIndices[i] >= matrix2.rows) {
          throw new RangeError("row indices are out of range");
        }
      }
    }
    function checkColumnIndices(matrix2, columnIndices) {
      if (!isAnyArray(columnIndices)) {
        throw new TypeError("column indices must be an array");
      }
      for (let i = 0; i < columnIndices.length; i++) {
        if (columnIndices[i] < 0 || columnIndices[i] >= matrix2.columns) {
          throw new RangeError("column indices are out of range");
        }
      }
    }
    function checkRange(matrix2, startRow, endRow, startColumn, endColumn) {
      if (arguments.length !== 5) {
        throw new RangeError("expected 4 arguments");
      }
      checkNumber("startRow", startRow);
      checkNumber("endRow", endRow);
      checkNumber("startColumn", startColumn);
      checkNumber("endColumn", endColumn);
      if (startRow > endRow || startColumn > endColumn || startRow < 0 || startRow >= matrix2.rows || endRow < 0 || endRow >= matrix2.rows || startColumn < 0 || startColumn >= matrix2.columns || endColumn < 0 || endColumn >= matrix2.columns) {
        throw new RangeError("Submatrix indices are out of range");
      }
    }
    function newArray(length, value = 0) {
      let array = [];
      for (let i = 0; i < length; i++) {
        array.push(value);
      }
      return array;
    }
    function checkNumber(name, value) {
      if (typeof value !== "number") {
        throw new TypeError(`${name} must be a number`);
      }
    }
    function checkNonEmpty(matrix2) {
      if (matrix2.isEmpty()) {
        throw new Error("Empty matrix has no elements to index");
      }
    }
    function sumByRow(matrix2) {
      let sum = newArray(matrix2.rows);
      for (let i = 0; i < matrix2.rows; ++i) {
        for (let j = 0; j < matrix2.columns; ++j) {
          sum[i] += matrix2.get(i, j);
        }
      }
      return sum;
    }
    function sumByColumn(matrix2) {
      let sum = newArray(matrix2.columns);
      for (let i = 0; i < matrix2.rows; ++i) {
        for (let j = 0; j < matrix2.columns; ++j) {
          sum[j] += matrix2.get(i, j);
        }
      }
      return sum;
    }
    function sumAll(matrix2) {
      let v = 0;
      for (let i = 0; i < matrix2.rows; i++) {
        for (let j = 0; j < matrix2.columns; j++) {
          v += matrix2.get(i, j);
        }
      }
      return v;
    }
    function productByRow(matrix2) {
      let sum = newArray(matrix2.rows, 1);
      for (let i = 0; i < matrix2.rows; ++i) {
        for (let j = 0; j < matrix2.columns; ++j) {
          sum[i] *= matrix2.get(i, j);
        }
      }
      return sum;
    }
    function productByColumn(matrix2) {
      let sum = newArray(matrix2.columns, 1);
      for (let i = 0; i < matrix2.rows; ++i) {
        for (let j = 0; j < matrix2.columns; ++j) {
          sum[j] *= matrix2.get(i, j);
        }
      }
      return sum;
    }
    function productAll(matrix2) {
      let v = 1;
      for (let i = 0; i < matrix2.rows; i++) {
        for (let j = 0; j < matrix2.columns; j++) {
          v *= matrix2.get(i, j);
        }
      }
      return v;
    }
    function varianceByRow(matrix2, unbiased, mean) {
      const rows = matrix2.rows;
      const cols = matrix2.columns;
      const variance = [];
      for (let i = 0; i < rows; i++) {
        let sum1 = 0;
        let sum2 = 0;
        let x = 0;
        for (let j = 0; j < cols; j++) {
          x = matrix2.get(i, j) - mean[i];
          sum1 += x;
          sum2 += x * x;
        }
        if (unbiased) {
          variance.push((sum2 - sum1 * sum1 / cols) / (cols - 1));
        } else {
          variance.push((sum2 - sum1 * sum1 / cols) / cols);
        }
      }
      return variance;
    }
    function varianceByColumn(matrix2, unbiased, mean) {
      const rows = matrix2.rows;
      const cols = matrix2.columns;
      const variance = [];
      for (let j = 0; j < cols; j++) {
        let sum1 = 0;
        let sum2 = 0;
        let x = 0;
        for (let i = 0; i < rows; i++) {
          x = matrix2.get(i, j) - mean[j];
          sum1 += x;
          sum2 += x * x;
        }
        if (unbiased) {
          variance.push((sum2 - sum1 * sum1 / rows) / (rows - 1));
        } else {
          variance.push((sum2 - sum1 * sum1 / rows) / rows);
        }
      }
      return variance;
    }
    function varianceAll(matrix2, unbiased, mean) {
      const rows = matrix2.rows;
      const cols = matrix2.columns;
      const size = rows * cols;
      let sum1 = 0;
      let sum2 = 0;
      let x = 0;
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < cols; j++) {
          x = matrix2.get(i, j) - mean;
          sum1 += x;
          sum2 += x * x;
        }
      }
      if (unbiased) {
        return (sum2 - sum1 * sum1 / size) / (size - 1);
      } else {
        return (sum2 - sum1 * sum1 / size) / size;
      }
    }
    function centerByRow(matrix2, mean) {
      for (let i = 0; i < matrix2.rows; i++) {
        for (let j = 0; j < matrix2.columns; j++) {
          matrix2.set(i, j, matrix2.get(i, j) - mean[i]);
        }
      }
    }
    function centerByColumn(matrix2, mean) {
      for (let i = 0; i < matrix2.rows; i++) {
        for (let j = 0; j < matrix2.columns; j++) {
          matrix2.set(i, j, matrix2.get(i, j) - mean[j]);
        }
      }
    }
    function centerAll(matrix2, mean) {
      for (let i = 0; i < matrix2.rows; i++) {
        for (let j = 0; j < matrix2.columns; j++) {
          matrix2.set(i, j, matrix2.get(i, j) - mean);
        }
      }
    }
    function getScaleByRow(matrix2) {
      const scale = [];
      for (let i = 0; i < matrix2.rows; i++) {
        let sum = 0;
        for (let j = 0; j < matrix2.columns; j++) {
          sum += matrix2.get(i, j) ** 2 / (matrix2.columns - 1);
        }
        scale.push(Math.sqrt(sum));
      }
      return scale;
    }
    function scaleByRow(matrix2, scale) {
      for (let i = 0; i < matrix2.rows; i++) {
        for (let j = 0; j < matrix2.columns; j++) {
          matrix2.set(i, j, matrix2.get(i, j) / scale[i]);
        }
      }
    }
    function getScaleByColumn(matrix2) {
      const scale = [];
      for (let j = 0; j < matrix2.columns; j++) {
        let sum = 0;
        for (let i = 0; i < matrix2.rows; i++) {
          sum += matrix2.get(i, j) ** 2 / (matrix2.rows - 1);
        }
        scale.push(Math.sqrt(sum));
      }
      return scale;
    }
    function scaleByColumn(matrix2, scale) {
      for (let i = 0; i < matrix2.rows; i++) {
        for (let j = 0; j < matrix2.columns; j++) {
          matrix2.set(i, j, matrix2.get(i, j) / scale[j]);
        }
      }
    }
    function getScaleAll(matrix2) {
      const divider = matrix2.size - 1;
      let sum = 0;
      for (let j = 0; j < matrix2.columns; j++) {
        for (let i = 0; i < matrix2.rows; i++) {
          sum += matrix2.get(i, j) ** 2 / divider;
        }
      }
      return Math.sqrt(sum);
    }
    function scaleAll(matrix2, scale) {
      for (let i = 0; i < matrix2.rows; i++) {
        for (let j = 0; j < matrix2.columns; j++) {
          matrix2.set(i, j, matrix2.get(i, j) / scale);
        }
      }
    }
    var AbstractMatrix2 = class _AbstractMatrix {
      static from1DArray(newRows, newColumns, newData) {
        let length = newRows * newColumns;
        if (length !== newData.length) {
          throw new RangeError("data length does not match given dimensions");
        }
        let newMatrix = new Matrix3(newRows, newColumns);
        for (let row = 0; row < newRows; row++) {
          for (let column = 0; column < newColumns; column++) {
            newMatrix.set(row, column, newData[row * newColumns + column]);
          }
        }
        return newMatrix;
      }
      static rowVector(newData) {
        let vector = new Matrix3(1, newData.length);
        for (let i = 0; i < newData.length; i++) {
          vector.set(0, i, newData[i]);
        }
        return vector;
      }
      static columnVector(newData) {
        let vector = new Matrix3(newData.length, 1);
        for (let i = 0; i < newData.length; i++) {
          vector.set(i, 0, newData[i]);
        }
        return vector;
      }
      static zeros(rows, columns) {
        return new Matrix3(rows, columns);
      }
      static ones(rows, columns) {
        return new Matrix3(rows, columns).fill(1);
      }
      static rand(rows, columns, options = {}) {
        if (typeof options !== "object") {
          throw new TypeError("options must be an object");
        }
        const { random = Math.random } = options;
        let matrix2 = new Matrix3(rows, columns);
        for (let i = 0; i < rows; i++) {
          for (let j = 0; j < columns; j++) {
            matrix2.set(i, j, random());
          }
        }
        return matrix2;
      }
      static randInt(rows, columns, options = {}) {
        if (typeof options !== "object") {
          throw new TypeError("options must be an object");
        }
        const { min: min2 = 0, max: max2 = 1e3, random = Math.random } = options;
        if (!Number.isInteger(min2)) throw new TypeError("min must be an integer");
        if (!Number.isInteger(max2)) throw new TypeError("max must be an integer");
        if (min2 >= max2) throw new RangeError("min must be smaller than max");
        let interval = max2 - min2;
        let matrix2 = new Matrix3(rows, columns);
        for (let i = 0; i < rows; i++) {
          for (let j = 0; j < columns; j++) {
            let value = min2 + Math.round(random() * interval);
            matrix2.set(i, j, value);
          }
        }
        return matrix2;
      }
      static eye(rows, columns, value) {
        if (columns === void 0) columns = rows;
        if (value === void 0) value = 1;
        let min2 = Math.min(rows, columns);
        let matrix2 = this.zeros(rows, columns);
        for (let i = 0; i < min2; i++) {
          matrix2.set(i, i, value);
        }
        return matrix2;
      }
      static diag(data, rows, columns) {
        let l = data.length;
        if (rows === void 0) rows = l;
        if (columns === void 0) columns = rows;
        let min2 = Math.min(l, rows, columns);
        let matrix2 = this.zeros(rows, columns);
        for (let i = 0; i < min2; i++) {
          matrix2.set(i, i, data[i]);
        }
        return matrix2;
      }
      static min(matrix1, matrix2) {
        matrix1 = this.checkMatrix(matrix1);
        matrix2 = this.checkMatrix(matrix2);
        let rows = matrix1.rows;
        let columns = matrix1.columns;
        let result = new Matrix3(rows, columns);
        for (let i = 0; i < rows; i++) {
          for (let j = 0; j < columns; j++) {
            result.set(i, j, Math.min(matrix1.get(i, j), matrix2.get(i, j)));
          }
        }
        return result;
      }
      static max(matrix1, matrix2) {
        matrix1 = this.checkMatrix(matrix1);
        matrix2 = this.checkMatrix(matrix2);
        let rows = matrix1.rows;
        let columns = matrix1.columns;
        let result = new this(rows, columns);
        for (let i = 0; i < rows; i++) {
          for (let j = 0; j < columns; j++) {
            result.set(i, j, Math.max(matrix1.get(i, j), matrix2.get(i, j)));
          }
        }
        return result;
      }
      static checkMatrix(value) {
        return _AbstractMatrix.isMatrix(value) ? value : new Matrix3(value);
      }
      static isMatrix(value) {
        return value != null && value.klass === "Matrix";
      }
      get size() {
        return this.rows * this.columns;
      }
      apply(callback) {
        if (typeof callback !== "function") {
          throw new TypeError("callback must be a function");
        }
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            callback.call(this, i, j);
          }
        }
        return this;
      }
      applyAlongAxis(callback, by) {
        if (typeof callback !== "function") {
          throw new TypeError("callback must be a function");
        }
        const result = [];
        switch (by) {
          case "row": {
            for (let i = 0; i < this.rows; i++) {
              result.push(callback.call(this, this.getRow(i), i));
            }
            break;
          }
          case "column": {
            for (let i = 0; i < this.columns; i++) {
              result.push(callback.call(this, this.getColumn(i), i));
            }
            break;
          }
          default:
            throw new Error(`invalid option: ${by}`);
        }
        return result;
      }
      to1DArray() {
        let array = [];
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            array.push(this.get(i, j));
          }
        }
        return array;
      }
      to2DArray() {
        let copy = [];
        for (let i = 0; i < this.rows; i++) {
          copy.push([]);
          for (let j = 0; j < this.columns; j++) {
            copy[i].push(this.get(i, j));
          }
        }
        return copy;
      }
      toJSON() {
        return this.to2DArray();
      }
      isRowVector() {
        return this.rows === 1;
      }
      isColumnVector() {
        return this.columns === 1;
      }
      isVector() {
        return this.rows === 1 || this.columns === 1;
      }
      isSquare() {
        return this.rows === this.columns;
      }
      isEmpty() {
        return this.rows === 0 || this.columns === 0;
      }
      isSymmetric() {
        if (this.isSquare()) {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j <= i; j++) {
              if (this.get(i, j) !== this.get(j, i)) {
                return false;
              }
            }
          }
          return true;
        }
        return false;
      }
      isDistance() {
        if (!this.isSymmetric()) return false;
        for (let i = 0; i < this.rows; i++) {
          if (this.get(i, i) !== 0) return false;
        }
        return true;
      }
      isEchelonForm() {
        let i = 0;
        let j = 0;
        let previousColumn = -1;
        let isEchelonForm = true;
        let checked = false;
        while (i < this.rows && isEchelonForm) {
          j = 0;
          checked = false;
          while (j < this.columns && checked === false) {
            if (this.get(i, j) === 0) {
              j++;
            } else if (this.get(i, j) === 1 && j > previousColumn) {
              checked = true;
              previousColumn = j;
            } else {
              isEchelonForm = false;
              checked = true;
            }
          }
          i++;
        }
        return isEchelonForm;
      }
      isReducedEchelonForm() {
        let i = 0;
        let j = 0;
        let previousColumn = -1;
        let isReducedEchelonForm = true;
        let checked = false;
        while (i < this.rows && isReducedEchelonForm) {
          j = 0;
          checked = false;
          while (j < this.columns && checked === false) {
            if (this.get(i, j) === 0) {
              j++;
            } else if (this.get(i, j) === 1 && j > previousColumn) {
              checked = true;
              previousColumn = j;
            } else {
              isReducedEchelonForm = false;
              checked = true;
            }
          }
          for (let k = j + 1; k < this.rows; k++) {
            if (this.get(i, k) !== 0) {
              isReducedEchelonForm = false;
            }
          }
          i++;
        }
        return isReducedEchelonForm;
      }
      echelonForm() {
        let result = this.clone();
        let h = 0;
        let k = 0;
        while (h < result.rows && k < result.columns) {
          let iMax = h;
          for (let i = h; i < result.rows; i++) {
            if (result.get(i, k) > result.get(iMax, k)) {
              iMax = i;
            }
          }
          if (result.get(iMax, k) === 0) {
            k++;
          } else {
            result.swapRows(h, iMax);
            let tmp = result.get(h, k);
            for (let j = k; j < result.columns; j++) {
              result.set(h, j, result.get(h, j) / tmp);
            }
            for (let i = h + 1; i < result.rows; i++) {
              let factor = result.get(i, k) / result.get(h, k);
              result.set(i, k, 0);
              for (let j = k + 1; j < result.columns; j++) {
                result.set(i, j, result.get(i, j) - result.get(h, j) * factor);
              }
            }
            h++;
            k++;
          }
        }
        return result;
      }
      reducedEchelonForm() {
        let result = this.echelonForm();
        let m = result.columns;
        let n = result.rows;
        let h = n - 1;
        while (h >= 0) {
          if (result.maxRow(h) === 0) {
            h--;
          } else {
            let p = 0;
            let pivot = false;
            while (p < n && pivot === false) {
              if (result.get(h, p) === 1) {
                pivot = true;
              } else {
                p++;
              }
            }
            for (let i = 0; i < h; i++) {
              let factor = result.get(i, p);
              for (let j = p; j < m; j++) {
                let tmp = result.get(i, j) - factor * result.get(h, j);
                result.set(i, j, tmp);
              }
            }
            h--;
          }
        }
        return result;
      }
      set() {
        throw new Error("set method is unimplemented");
      }
      get() {
        throw new Error("get method is unimplemented");
      }
      repeat(options = {}) {
        if (typeof options !== "object") {
          throw new TypeError("options must be an object");
        }
        const { rows = 1, columns = 1 } = options;
        if (!Number.isInteger(rows) || rows <= 0) {
          throw new TypeError("rows must be a positive integer");
        }
        if (!Number.isInteger(columns) || columns <= 0) {
          throw new TypeError("columns must be a positive integer");
        }
        let matrix2 = new Matrix3(this.rows * rows, this.columns * columns);
        for (let i = 0; i < rows; i++) {
          for (let j = 0; j < columns; j++) {
            matrix2.setSubMatrix(this, this.rows * i, this.columns * j);
          }
        }
        return matrix2;
      }
      fill(value) {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, value);
          }
        }
        return this;
      }
      neg() {
        return this.mulS(-1);
      }
      getRow(index) {
        checkRowIndex(this, index);
        let row = [];
        for (let i = 0; i < this.columns; i++) {
          row.push(this.get(index, i));
        }
        return row;
      }
      getRowVector(index) {
        return Matrix3.rowVector(this.getRow(index));
      }
      setRow(index, array) {
        checkRowIndex(this, index);
        array = checkRowVector(this, array);
        for (let i = 0; i < this.columns; i++) {
          this.set(index, i, array[i]);
        }
        return this;
      }
      swapRows(row1, row2) {
        checkRowIndex(this, row1);
        checkRowIndex(this, row2);
        for (let i = 0; i < this.columns; i++) {
          let temp = this.get(row1, i);
          this.set(row1, i, this.get(row2, i));
          this.set(row2, i, temp);
        }
        return this;
      }
      getColumn(index) {
        checkColumnIndex(this, index);
        let column = [];
        for (let i = 0; i < this.rows; i++) {
          column.push(this.get(i, index));
        }
        return column;
      }
      getColumnVector(index) {
        return Matrix3.columnVector(this.getColumn(index));
      }
      setColumn(index, array) {
        checkColumnIndex(this, index);
        array = checkColumnVector(this, array);
        for (let i = 0; i < this.rows; i++) {
          this.set(i, index, array[i]);
        }
        return this;
      }
      swapColumns(column1, column2) {
        checkColumnIndex(this, column1);
        checkColumnIndex(this, column2);
        for (let i = 0; i < this.rows; i++) {
          let temp = this.get(i, column1);
          this.set(i, column1, this.get(i, column2));
          this.set(i, column2, temp);
        }
        return this;
      }
      addRowVector(vector) {
        vector = checkRowVector(this, vector);
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) + vector[j]);
          }
        }
        return this;
      }
      subRowVector(vector) {
        vector = checkRowVector(this, vector);
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) - vector[j]);
          }
        }
        return this;
      }
      mulRowVector(vector) {
        vector = checkRowVector(this, vector);
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) * vector[j]);
          }
        }
        return this;
      }
      divRowVector(vector) {
        vector = checkRowVector(this, vector);
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) / vector[j]);
          }
        }
        return this;
      }
      addColumnVector(vector) {
        vector = checkColumnVector(this, vector);
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) + vector[i]);
          }
        }
        return this;
      }
      subColumnVector(vector) {
        vector = checkColumnVector(this, vector);
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) - vector[i]);
          }
        }
        return this;
      }
      mulColumnVector(vector) {
        vector = checkColumnVector(this, vector);
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) * vector[i]);
          }
        }
        return this;
      }
      divColumnVector(vector) {
        vector = checkColumnVector(this, vector);
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) / vector[i]);
          }
        }
        return this;
      }
      mulRow(index, value) {
        checkRowIndex(this, index);
        for (let i = 0; i < this.columns; i++) {
          this.set(index, i, this.get(index, i) * value);
        }
        return this;
      }
      mulColumn(index, value) {
        checkColumnIndex(this, index);
        for (let i = 0; i < this.rows; i++) {
          this.set(i, index, this.get(i, index) * value);
        }
        return this;
      }
      max(by) {
        if (this.isEmpty()) {
          return NaN;
        }
        switch (by) {
          case "row": {
            const max2 = new Array(this.rows).fill(Number.NEGATIVE_INFINITY);
            for (let row = 0; row < this.rows; row++) {
              for (let column = 0; column < this.columns; column++) {
                if (this.get(row, column) > max2[row]) {
                  max2[row] = this.get(row, column);
                }
              }
            }
            return max2;
          }
          case "column": {
            const max2 = new Array(this.columns).fill(Number.NEGATIVE_INFINITY);
            for (let row = 0; row < this.rows; row++) {
              for (let column = 0; column < this.columns; column++) {
                if (this.get(row, column) > max2[column]) {
                  max2[column] = this.get(row, column);
                }
              }
            }
            return max2;
          }
          case void 0: {
            let max2 = this.get(0, 0);
            for (let row = 0; row < this.rows; row++) {
              for (let column = 0; column < this.columns; column++) {
                if (this.get(row, column) > max2) {
                  max2 = this.get(row, column);
                }
              }
            }
            return max2;
          }
          default:
            throw new Error(`invalid option: ${by}`);
        }
      }
      maxIndex() {
        checkNonEmpty(this);
        let v = this.get(0, 0);
        let idx = [0, 0];
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            if (this.get(i, j) > v) {
              v = this.get(i, j);
              idx[0] = i;
              idx[1] = j;
            }
          }
        }
        return idx;
      }
      min(by) {
        if (this.isEmpty()) {
          return NaN;
        }
        switch (by) {
          case "row": {
            const min2 = new Array(this.rows).fill(Number.POSITIVE_INFINITY);
            for (let row = 0; row < this.rows; row++) {
              for (let column = 0; column < this.columns; column++) {
                if (this.get(row, column) < min2[row]) {
                  min2[row] = this.get(row, column);
                }
              }
            }
            return min2;
          }
          case "column": {
            const min2 = new Array(this.columns).fill(Number.POSITIVE_INFINITY);
            for (let row = 0; row < this.rows; row++) {
              for (let column = 0; column < this.columns; column++) {
                if (this.get(row, column) < min2[column]) {
                  min2[column] = this.get(row, column);
                }
              }
            }
            return min2;
          }
          case void 0: {
            let min2 = this.get(0, 0);
            for (let row = 0; row < this.rows; row++) {
              for (let column = 0; column < this.columns; column++) {
                if (this.get(row, column) < min2) {
                  min2 = this.get(row, column);
                }
              }
            }
            return min2;
          }
          default:
            throw new Error(`invalid option: ${by}`);
        }
      }
      minIndex() {
        checkNonEmpty(this);
        let v = this.get(0, 0);
        let idx = [0, 0];
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            if (this.get(i, j) < v) {
              v = this.get(i, j);
              idx[0] = i;
              idx[1] = j;
            }
          }
        }
        return idx;
      }
      maxRow(row) {
        checkRowIndex(this, row);
        if (this.isEmpty()) {
          return NaN;
        }
        let v = this.get(row, 0);
        for (let i = 1; i < this.columns; i++) {
          if (this.get(row, i) > v) {
            v = this.get(row, i);
          }
        }
        return v;
      }
      maxRowIndex(row) {
        checkRowIndex(this, row);
        checkNonEmpty(this);
        let v = this.get(row, 0);
        let idx = [row, 0];
        for (let i = 1; i < this.columns; i++) {
          if (this.get(row, i) > v) {
            v = this.get(row, i);
            idx[1] = i;
          }
        }
        return idx;
      }
      minRow(row) {
        checkRowIndex(this, row);
        if (this.isEmpty()) {
          return NaN;
        }
        let v = this.get(row, 0);
        for (let i = 1; i < this.columns; i++) {
          if (this.get(row, i) < v) {
            v = this.get(row, i);
          }
        }
        return v;
      }
      minRowIndex(row) {
        checkRowIndex(this, row);
        checkNonEmpty(this);
        let v = this.get(row, 0);
        let idx = [row, 0];
        for (let i = 1; i < this.columns; i++) {
          if (this.get(row, i) < v) {
            v = this.get(row, i);
            idx[1] = i;
          }
        }
        return idx;
      }
      maxColumn(column) {
        checkColumnIndex(this, column);
        if (this.isEmpty()) {
          return NaN;
        }
        let v = this.get(0, column);
        for (let i = 1; i < this.rows; i++) {
          if (this.get(i, column) > v) {
            v = this.get(i, column);
          }
        }
        return v;
      }
      maxColumnIndex(column) {
        checkColumnIndex(this, column);
        checkNonEmpty(this);
        let v = this.get(0, column);
        let idx = [0, column];
        for (let i = 1; i < this.rows; i++) {
          if (this.get(i, column) > v) {
            v = this.get(i, column);
            idx[0] = i;
          }
        }
        return idx;
      }
      minColumn(column) {
        checkColumnIndex(this, column);
        if (this.isEmpty()) {
          return NaN;
        }
        let v = this.get(0, column);
        for (let i = 1; i < this.rows; i++) {
          if (this.get(i, column) < v) {
            v = this.get(i, column);
          }
        }
        return v;
      }
      minColumnIndex(column) {
        checkColumnIndex(this, column);
        checkNonEmpty(this);
        let v = this.get(0, column);
        let idx = [0, column];
        for (let i = 1; i < this.rows; i++) {
          if (this.get(i, column) < v) {
            v = this.get(i, column);
            idx[0] = i;
          }
        }
        return idx;
      }
      diag() {
        let min2 = Math.min(this.rows, this.columns);
        let diag = [];
        for (let i = 0; i < min2; i++) {
          diag.push(this.get(i, i));
        }
        return diag;
      }
      norm(type = "frobenius") {
        switch (type) {
          case "max":
            return Matrix3.abs(this).max();
          case "frobenius":
            return Math.sqrt(this.dot(this));
          default:
            throw new RangeError(`unknown norm type: ${type}`);
        }
      }
      cumulativeSum() {
        let sum = 0;
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            sum += this.get(i, j);
            this.set(i, j, sum);
          }
        }
        return this;
      }
      dot(vector2) {
        if (_AbstractMatrix.isMatrix(vector2)) vector2 = vector2.to1DArray();
        let vector1 = this.to1DArray();
        if (vector1.length !== vector2.length) {
          throw new RangeError("vectors do not have the same size");
        }
        let dot = 0;
        for (let i = 0; i < vector1.length; i++) {
          dot += vector1[i] * vector2[i];
        }
        return dot;
      }
      mmul(other) {
        other = Matrix3.checkMatrix(other);
        let m = this.rows;
        let n = this.columns;
        let p = other.columns;
        let result = new Matrix3(m, p);
        let Bcolj = new Float64Array(n);
        for (let j = 0; j < p; j++) {
          for (let k = 0; k < n; k++) {
            Bcolj[k] = other.get(k, j);
          }
          for (let i = 0; i < m; i++) {
            let s = 0;
            for (let k = 0; k < n; k++) {
              s += this.get(i, k) * Bcolj[k];
            }
            result.set(i, j, s);
          }
        }
        return result;
      }
      gram() {
        const rows = this.rows;
        const n = this.columns;
        const gramData = new Float64Array(n * n);
        for (let r = 0; r < rows; r++) {
          for (let i = 0; i < n; i++) {
            const value = this.get(r, i);
            if (value === 0) continue;
            const offset = i * n;
            for (let j = i; j < n; j++) {
              gramData[offset + j] += value * this.get(r, j);
            }
          }
        }
        const result = new Matrix3(n, n);
        for (let i = 0; i < n; i++) {
          const offset = i * n;
          for (let j = i; j < n; j++) {
            const value = gramData[offset + j];
            result.set(i, j, value);
            result.set(j, i, value);
          }
        }
        return result;
      }
      transposeMultiply(other) {
        other = Matrix3.checkMatrix(other);
        if (this.rows !== other.rows) {
          throw new RangeError(
            "the number of rows of the two matrices must be equal"
          );
        }
        const n = this.columns;
        const p = other.columns;
        const result = new Matrix3(n, p);
        const otherRow = new Float64Array(p);
        for (let r = 0; r < this.rows; r++) {
          for (let j = 0; j < p; j++) {
            otherRow[j] = other.get(r, j);
          }
          for (let i = 0; i < n; i++) {
            const value = this.get(r, i);
            if (value === 0) continue;
            const resultRow = result.data[i];
            for (let j = 0; j < p; j++) {
              resultRow[j] += value * otherRow[j];
            }
          }
        }
        return result;
      }
      mmulByTranspose(scale) {
        let m = this.rows;
        let n = this.columns;
        if (scale !== void 0 && scale.length !== n) {
          throw new RangeError("scale must have one value per column");
        }
        let result = new Matrix3(m, m);
        let rowj = new Float64Array(n);
        for (let j = 0; j < m; j++) {
          if (scale === void 0) {
            for (let k = 0; k < n; k++) {
              rowj[k] = this.get(j, k);
            }
          } else {
            for (let k = 0; k < n; k++) {
              rowj[k] = scale[k] * this.get(j, k);
            }
          }
          for (let i = j; i < m; i++) {
            let s = 0;
            for (let k = 0; k < n; k++) {
              s += this.get(i, k) * rowj[k];
            }
            result.set(i, j, s);
            result.set(j, i, s);
          }
        }
        return result;
      }
      mpow(scalar) {
        if (!this.isSquare()) {
          throw new RangeError("Matrix must be square");
        }
        if (!Number.isInteger(scalar) || scalar < 0) {
          throw new RangeError("Exponent must be a non-negative integer");
        }
        let result = Matrix3.eye(this.rows);
        let bb = this;
        for (let e = scalar; e >= 1; e /= 2) {
          if ((e & 1) !== 0) {
            result = result.mmul(bb);
          }
          bb = bb.mmul(bb);
        }
        return result;
      }
      strassen2x2(other) {
        other = Matrix3.checkMatrix(other);
        let result = new Matrix3(2, 2);
        const a11 = this.get(0, 0);
        const b11 = other.get(0, 0);
        const a12 = this.get(0, 1);
        const b12 = other.get(0, 1);
        const a21 = this.get(1, 0);
        const b21 = other.get(1, 0);
        const a22 = this.get(1, 1);
        const b22 = other.get(1, 1);
        const m1 = (a11 + a22) * (b11 + b22);
        const m2 = (a21 + a22) * b11;
        const m3 = a11 * (b12 - b22);
        const m4 = a22 * (b21 - b11);
        const m5 = (a11 + a12) * b22;
        const m6 = (a21 - a11) * (b11 + b12);
        const m7 = (a12 - a22) * (b21 + b22);
        const c00 = m1 + m4 - m5 + m7;
        const c01 = m3 + m5;
        const c10 = m2 + m4;
        const c11 = m1 - m2 + m3 + m6;
        result.set(0, 0, c00);
        result.set(0, 1, c01);
        result.set(1, 0, c10);
        result.set(1, 1, c11);
        return result;
      }
      strassen3x3(other) {
        other = Matrix3.checkMatrix(other);
        let result = new Matrix3(3, 3);
        const a00 = this.get(0, 0);
        const a01 = this.get(0, 1);
        const a02 = this.get(0, 2);
        const a10 = this.get(1, 0);
        const a11 = this.get(1, 1);
        const a12 = this.get(1, 2);
        const a20 = this.get(2, 0);
        const a21 = this.get(2, 1);
        const a22 = this.get(2, 2);
        const b00 = other.get(0, 0);
        const b01 = other.get(0, 1);
        const b02 = other.get(0, 2);
        const b10 = other.get(1, 0);
        const b11 = other.get(1, 1);
        const b12 = other.get(1, 2);
        const b20 = other.get(2, 0);
        const b21 = other.get(2, 1);
        const b22 = other.get(2, 2);
        const m1 = (a00 + a01 + a02 - a10 - a11 - a21 - a22) * b11;
        const m2 = (a00 - a10) * (-b01 + b11);
        const m3 = a11 * (-b00 + b01 + b10 - b11 - b12 - b20 + b22);
        const m4 = (-a00 + a10 + a11) * (b00 - b01 + b11);
        const m5 = (a10 + a11) * (-b00 + b01);
        const m6 = a00 * b00;
        const m7 = (-a00 + a20 + a21) * (b00 - b02 + b12);
        const m8 = (-a00 + a20) * (b02 - b12);
        const m9 = (a20 + a21) * (-b00 + b02);
        const m10 = (a00 + a01 + a02 - a11 - a12 - a20 - a21) * b12;
        const m11 = a21 * (-b00 + b02 + b10 - b11 - b12 - b20 + b21);
        const m12 = (-a02 + a21 + a22) * (b11 + b20 - b21);
        const m13 = (a02 - a22) * (b11 - b21);
        const m14 = a02 * b20;
        const m15 = (a21 + a22) * (-b20 + b21);
        const m16 = (-a02 + a11 + a12) * (b12 + b20 - b22);
        const m17 = (a02 - a12) * (b12 - b22);
        const m18 = (a11 + a12) * (-b20 + b22);
        const m19 = a01 * b10;
        const m20 = a12 * b21;
        const m21 = a10 * b02;
        const m22 = a20 * b01;
        const m23 = a22 * b22;
        const c00 = m6 + m14 + m19;
        const c01 = m1 + m4 + m5 + m6 + m12 + m14 + m15;
        const c02 = m6 + m7 + m9 + m10 + m14 + m16 + m18;
        const c10 = m2 + m3 + m4 + m6 + m14 + m16 + m17;
        const c11 = m2 + m4 + m5 + m6 + m20;
        const c12 = m14 + m16 + m17 + m18 + m21;
        const c20 = m6 + m7 + m8 + m11 + m12 + m13 + m14;
        const c21 = m12 + m13 + m14 + m15 + m22;
        const c22 = m6 + m7 + m8 + m9 + m23;
        result.set(0, 0, c00);
        result.set(0, 1, c01);
        result.set(0, 2, c02);
        result.set(1, 0, c10);
        result.set(1, 1, c11);
        result.set(1, 2, c12);
        result.set(2, 0, c20);
        result.set(2, 1, c21);
        result.set(2, 2, c22);
        return result;
      }
      mmulStrassen(y) {
        y = Matrix3.checkMatrix(y);
        let x = this.clone();
        let r1 = x.rows;
        let c1 = x.columns;
        let r2 = y.rows;
        let c2 = y.columns;
        if (c1 !== r2) {
          console.warn(
            `Multiplying ${r1} x ${c1} and ${r2} x ${c2} matrix: dimensions do not match.`
          );
        }
        function embed(mat, rows, cols) {
          let r3 = mat.rows;
          let c3 = mat.columns;
          if (r3 === rows && c3 === cols) {
            return mat;
          } else {
            let resultat = _AbstractMatrix.zeros(rows, cols);
            resultat = resultat.setSubMatrix(mat, 0, 0);
            return resultat;
          }
        }
        let r = Math.max(r1, r2);
        let c = Math.max(c1, c2);
        x = embed(x, r, c);
        y = embed(y, r, c);
        function blockMult(a, b, rows, cols) {
          if (rows <= 512 || cols <= 512) {
            return a.mmul(b);
          }
          if (rows % 2 === 1 && cols % 2 === 1) {
            a = embed(a, rows + 1, cols + 1);
            b = embed(b, rows + 1, cols + 1);
          } else if (rows % 2 === 1) {
            a = embed(a, rows + 1, cols);
            b = embed(b, rows + 1, cols);
          } else if (cols % 2 === 1) {
            a = embed(a, rows, cols + 1);
            b = embed(b, rows, cols + 1);
          }
          let halfRows = parseInt(a.rows / 2, 10);
          let halfCols = parseInt(a.columns / 2, 10);
          let a11 = a.subMatrix(0, halfRows - 1, 0, halfCols - 1);
          let b11 = b.subMatrix(0, halfRows - 1, 0, halfCols - 1);
          let a12 = a.subMatrix(0, halfRows - 1, halfCols, a.columns - 1);
          let b12 = b.subMatrix(0, halfRows - 1, halfCols, b.columns - 1);
          let a21 = a.subMatrix(halfRows, a.rows - 1, 0, halfCols - 1);
          let b21 = b.subMatrix(halfRows, b.rows - 1, 0, halfCols - 1);
          let a22 = a.subMatrix(halfRows, a.rows - 1, halfCols, a.columns - 1);
          let b22 = b.subMatrix(halfRows, b.rows - 1, halfCols, b.columns - 1);
          let m1 = blockMult(
            _AbstractMatrix.add(a11, a22),
            _AbstractMatrix.add(b11, b22),
            halfRows,
            halfCols
          );
          let m2 = blockMult(_AbstractMatrix.add(a21, a22), b11, halfRows, halfCols);
          let m3 = blockMult(a11, _AbstractMatrix.sub(b12, b22), halfRows, halfCols);
          let m4 = blockMult(a22, _AbstractMatrix.sub(b21, b11), halfRows, halfCols);
          let m5 = blockMult(_AbstractMatrix.add(a11, a12), b22, halfRows, halfCols);
          let m6 = blockMult(
            _AbstractMatrix.sub(a21, a11),
            _AbstractMatrix.add(b11, b12),
            halfRows,
            halfCols
          );
          let m7 = blockMult(
            _AbstractMatrix.sub(a12, a22),
            _AbstractMatrix.add(b21, b22),
            halfRows,
            halfCols
          );
          let c11 = _AbstractMatrix.add(m1, m4);
          c11.sub(m5);
          c11.add(m7);
          let c12 = _AbstractMatrix.add(m3, m5);
          let c21 = _AbstractMatrix.add(m2, m4);
          let c22 = _AbstractMatrix.sub(m1, m2);
          c22.add(m3);
          c22.add(m6);
          let result = _AbstractMatrix.zeros(2 * c11.rows, 2 * c11.columns);
          result = result.setSubMatrix(c11, 0, 0);
          result = result.setSubMatrix(c12, c11.rows, 0);
          result = result.setSubMatrix(c21, 0, c11.columns);
          result = result.setSubMatrix(c22, c11.rows, c11.columns);
          return result.subMatrix(0, rows - 1, 0, cols - 1);
        }
        return blockMult(x, y, r, c);
      }
      scaleRows(options = {}) {
        if (typeof options !== "object") {
          throw new TypeError("options must be an object");
        }
        const { min: min2 = 0, max: max2 = 1 } = options;
        if (!Number.isFinite(min2)) throw new TypeError("min must be a number");
        if (!Number.isFinite(max2)) throw new TypeError("max must be a number");
        if (min2 >= max2) throw new RangeError("min must be smaller than max");
        let newMatrix = new Matrix3(this.rows, this.columns);
        for (let i = 0; i < this.rows; i++) {
          const row = this.getRow(i);
          if (row.length > 0) {
            rescale(row, { min: min2, max: max2, output: row });
          }
          newMatrix.setRow(i, row);
        }
        return newMatrix;
      }
      scaleColumns(options = {}) {
        if (typeof options !== "object") {
          throw new TypeError("options must be an object");
        }
        const { min: min2 = 0, max: max2 = 1 } = options;
        if (!Number.isFinite(min2)) throw new TypeError("min must be a number");
        if (!Number.isFinite(max2)) throw new TypeError("max must be a number");
        if (min2 >= max2) throw new RangeError("min must be smaller than max");
        let newMatrix = new Matrix3(this.rows, this.columns);
        for (let i = 0; i < this.columns; i++) {
          const column = this.getColumn(i);
          if (column.length) {
            rescale(column, {
              min: min2,
              max: max2,
              output: column
            });
          }
          newMatrix.setColumn(i, column);
        }
        return newMatrix;
      }
      flipRows() {
        const middle = Math.ceil(this.columns / 2);
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < middle; j++) {
            let first = this.get(i, j);
            let last = this.get(i, this.columns - 1 - j);
            this.set(i, j, last);
            this.set(i, this.columns - 1 - j, first);
          }
        }
        return this;
      }
      flipColumns() {
        const middle = Math.ceil(this.rows / 2);
        for (let j = 0; j < this.columns; j++) {
          for (let i = 0; i < middle; i++) {
            let first = this.get(i, j);
            let last = this.get(this.rows - 1 - i, j);
            this.set(i, j, last);
            this.set(this.rows - 1 - i, j, first);
          }
        }
        return this;
      }
      kroneckerProduct(other) {
        other = Matrix3.checkMatrix(other);
        let m = this.rows;
        let n = this.columns;
        let p = other.rows;
        let q = other.columns;
        let result = new Matrix3(m * p, n * q);
        for (let i = 0; i < m; i++) {
          for (let j = 0; j < n; j++) {
            for (let k = 0; k < p; k++) {
              for (let l = 0; l < q; l++) {
                result.set(p * i + k, q * j + l, this.get(i, j) * other.get(k, l));
              }
            }
          }
        }
        return result;
      }
      kroneckerSum(other) {
        other = Matrix3.checkMatrix(other);
        if (!this.isSquare() || !other.isSquare()) {
          throw new Error("Kronecker Sum needs two Square Matrices");
        }
        let m = this.rows;
        let n = other.rows;
        let AxI = this.kroneckerProduct(Matrix3.eye(n, n));
        let IxB = Matrix3.eye(m, m).kroneckerProduct(other);
        return AxI.add(IxB);
      }
      transpose() {
        let result = new Matrix3(this.columns, this.rows);
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            result.set(j, i, this.get(i, j));
          }
        }
        return result;
      }
      sortRows(compareFunction = compareNumbers) {
        for (let i = 0; i < this.rows; i++) {
          this.setRow(i, this.getRow(i).sort(compareFunction));
        }
        return this;
      }
      sortColumns(compareFunction = compareNumbers) {
        for (let i = 0; i < this.columns; i++) {
          this.setColumn(i, this.getColumn(i).sort(compareFunction));
        }
        return this;
      }
      subMatrix(startRow, endRow, startColumn, endColumn) {
        checkRange(this, startRow, endRow, startColumn, endColumn);
        let newMatrix = new Matrix3(
          endRow - startRow + 1,
          endColumn - startColumn + 1
        );
        for (let i = startRow; i <= endRow; i++) {
          for (let j = startColumn; j <= endColumn; j++) {
            newMatrix.set(i - startRow, j - startColumn, this.get(i, j));
          }
        }
        return newMatrix;
      }
      subMatrixRow(indices, startColumn, endColumn) {
        if (startColumn === void 0) startColumn = 0;
        if (endColumn === void 0) endColumn = this.columns - 1;
        if (startColumn > endColumn || startColumn < 0 || startColumn >= this.columns || endColumn < 0 || endColumn >= this.columns) {
          throw new RangeError("Argument out of range");
        }
        let newMatrix = new Matrix3(indices.length, endColumn - startColumn + 1);
        for (let i = 0; i < indices.length; i++) {
          for (let j = startColumn; j <= endColumn; j++) {
            if (indices[i] < 0 || indices[i] >= this.rows) {
              throw new RangeError(`Row index out of range: ${indices[i]}`);
            }
            newMatrix.set(i, j - startColumn, this.get(indices[i], j));
          }
        }
        return newMatrix;
      }
      subMatrixColumn(indices, startRow, endRow) {
        if (startRow === void 0) startRow = 0;
        if (endRow === void 0) endRow = this.rows - 1;
        if (startRow > endRow || startRow < 0 || startRow >= this.rows || endRow < 0 || endRow >= this.rows) {
          throw new RangeError("Argument out of range");
        }
        let newMatrix = new Matrix3(endRow - startRow + 1, indices.length);
        for (let i = 0; i < indices.length; i++) {
          for (let j = startRow; j <= endRow; j++) {
            if (indices[i] < 0 || indices[i] >= this.columns) {
              throw new RangeError(`Column index out of range: ${indices[i]}`);
            }
            newMatrix.set(j - startRow, i, this.get(j, indices[i]));
          }
        }
        return newMatrix;
      }
      setSubMatrix(matrix2, startRow, startColumn) {
        matrix2 = Matrix3.checkMatrix(matrix2);
        if (matrix2.isEmpty()) {
          return this;
        }
        let endRow = startRow + matrix2.rows - 1;
        let endColumn = startColumn + matrix2.columns - 1;
        checkRange(this, startRow, endRow, startColumn, endColumn);
        for (let i = 0; i < matrix2.rows; i++) {
          for (let j = 0; j < matrix2.columns; j++) {
            this.set(startRow + i, startColumn + j, matrix2.get(i, j));
          }
        }
        return this;
      }
      concat(other, by = "row") {
        other = Matrix3.checkMatrix(other);
        switch (by) {
          case "row": {
            if (this.columns !== other.columns) {
              throw new RangeError(
                "both matrices must have the same number of columns"
              );
            }
            const result = new Matrix3(this.rows + other.rows, this.columns);
            result.setSubMatrix(this, 0, 0);
            result.setSubMatrix(other, this.rows, 0);
            return result;
          }
          case "column": {
            if (this.rows !== other.rows) {
              throw new RangeError(
                "both matrices must have the same number of rows"
              );
            }
            const result = new Matrix3(this.rows, this.columns + other.columns);
            result.setSubMatrix(this, 0, 0);
            result.setSubMatrix(other, 0, this.columns);
            return result;
          }
          default:
            throw new Error(`invalid option: ${by}`);
        }
      }
      selection(rowIndices, columnIndices) {
        checkRowIndices(this, rowIndices);
        checkColumnIndices(this, columnIndices);
        let newMatrix = new Matrix3(rowIndices.length, columnIndices.length);
        for (let i = 0; i < rowIndices.length; i++) {
          let rowIndex = rowIndices[i];
          for (let j = 0; j < columnIndices.length; j++) {
            let columnIndex = columnIndices[j];
            newMatrix.set(i, j, this.get(rowIndex, columnIndex));
          }
        }
        return newMatrix;
      }
      trace() {
        let min2 = Math.min(this.rows, this.columns);
        let trace = 0;
        for (let i = 0; i < min2; i++) {
          trace += this.get(i, i);
        }
        return trace;
      }
      clone() {
        return this.constructor.copy(this, new Matrix3(this.rows, this.columns));
      }
      /**
       * @template {AbstractMatrix} M
       * @param {AbstractMatrix} from
       * @param {M} to
       * @return {M}
       */
      static copy(from, to) {
        for (const [row, column, value] of from.entries()) {
          to.set(row, column, value);
        }
        return to;
      }
      sum(by) {
        switch (by) {
          case "row":
            return sumByRow(this);
          case "column":
            return sumByColumn(this);
          case void 0:
            return sumAll(this);
          default:
            throw new Error(`invalid option: ${by}`);
        }
      }
      product(by) {
        switch (by) {
          case "row":
            return productByRow(this);
          case "column":
            return productByColumn(this);
          case void 0:
            return productAll(this);
          default:
            throw new Error(`invalid option: ${by}`);
        }
      }
      mean(by) {
        const sum = this.sum(by);
        switch (by) {
          case "row": {
            for (let i = 0; i < this.rows; i++) {
              sum[i] /= this.columns;
            }
            return sum;
          }
          case "column": {
            for (let i = 0; i < this.columns; i++) {
              sum[i] /= this.rows;
            }
            return sum;
          }
          case void 0:
            return sum / this.size;
          default:
            throw new Error(`invalid option: ${by}`);
        }
      }
      variance(by, options = {}) {
        if (typeof by === "object") {
          options = by;
          by = void 0;
        }
        if (typeof options !== "object") {
          throw new TypeError("options must be an object");
        }
        const { unbiased = true, mean = this.mean(by) } = options;
        if (typeof unbiased !== "boolean") {
          throw new TypeError("unbiased must be a boolean");
        }
        switch (by) {
          case "row": {
            if (!isAnyArray(mean)) {
              throw new TypeError("mean must be an array");
            }
            return varianceByRow(this, unbiased, mean);
          }
          case "column": {
            if (!isAnyArray(mean)) {
              throw new TypeError("mean must be an array");
            }
            return varianceByColumn(this, unbiased, mean);
          }
          case void 0: {
            if (typeof mean !== "number") {
              throw new TypeError("mean must be a number");
            }
            return varianceAll(this, unbiased, mean);
          }
          default:
            throw new Error(`invalid option: ${by}`);
        }
      }
      standardDeviation(by, options) {
        if (typeof by === "object") {
          options = by;
          by = void 0;
        }
        const variance = this.variance(by, options);
        if (by === void 0) {
          return Math.sqrt(variance);
        } else {
          for (let i = 0; i < variance.length; i++) {
            variance[i] = Math.sqrt(variance[i]);
          }
          return variance;
        }
      }
      center(by, options = {}) {
        if (typeof by === "object") {
          options = by;
          by = void 0;
        }
        if (typeof options !== "object") {
          throw new TypeError("options must be an object");
        }
        const { center = this.mean(by) } = options;
        switch (by) {
          case "row": {
            if (!isAnyArray(center)) {
              throw new TypeError("center must be an array");
            }
            centerByRow(this, center);
            return this;
          }
          case "column": {
            if (!isAnyArray(center)) {
              throw new TypeError("center must be an array");
            }
            centerByColumn(this, center);
            return this;
          }
          case void 0: {
            if (typeof center !== "number") {
              throw new TypeError("center must be a number");
            }
            centerAll(this, center);
            return this;
          }
          default:
            throw new Error(`invalid option: ${by}`);
        }
      }
      scale(by, options = {}) {
        if (typeof by === "object") {
          options = by;
          by = void 0;
        }
        if (typeof options !== "object") {
          throw new TypeError("options must be an object");
        }
        let scale = options.scale;
        switch (by) {
          case "row": {
            if (scale === void 0) {
              scale = getScaleByRow(this);
            } else if (!isAnyArray(scale)) {
              throw new TypeError("scale must be an array");
            }
            scaleByRow(this, scale);
            return this;
          }
          case "column": {
            if (scale === void 0) {
              scale = getScaleByColumn(this);
            } else if (!isAnyArray(scale)) {
              throw new TypeError("scale must be an array");
            }
            scaleByColumn(this, scale);
            return this;
          }
          case void 0: {
            if (scale === void 0) {
              scale = getScaleAll(this);
            } else if (typeof scale !== "number") {
              throw new TypeError("scale must be a number");
            }
            scaleAll(this, scale);
            return this;
          }
          default:
            throw new Error(`invalid option: ${by}`);
        }
      }
      toString(options) {
        return inspectMatrixWithOptions(this, options);
      }
      [Symbol.iterator]() {
        return this.entries();
      }
      /**
       * iterator from left to right, from top to bottom
       * yield [row, column, value]
       * @returns {Generator<[number, number, number], void, void>}
       */
      *entries() {
        for (let row = 0; row < this.rows; row++) {
          for (let col = 0; col < this.columns; col++) {
            yield [row, col, this.get(row, col)];
          }
        }
      }
      /**
       * iterator from left to right, from top to bottom
       * yield value
       * @returns {Generator<number, void, void>}
       */
      *values() {
        for (let row = 0; row < this.rows; row++) {
          for (let col = 0; col < this.columns; col++) {
            yield this.get(row, col);
          }
        }
      }
    };
    AbstractMatrix2.prototype.klass = "Matrix";
    if (typeof Symbol !== "undefined") {
      AbstractMatrix2.prototype[/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")] = inspectMatrix;
    }
    function compareNumbers(a, b) {
      return a - b;
    }
    function isArrayOfNumbers(array) {
      return array.every((element) => {
        return typeof element === "number";
      });
    }
    AbstractMatrix2.random = AbstractMatrix2.rand;
    AbstractMatrix2.randomInt = AbstractMatrix2.randInt;
    AbstractMatrix2.diagonal = AbstractMatrix2.diag;
    AbstractMatrix2.prototype.diagonal = AbstractMatrix2.prototype.diag;
    AbstractMatrix2.identity = AbstractMatrix2.eye;
    AbstractMatrix2.prototype.negate = AbstractMatrix2.prototype.neg;
    AbstractMatrix2.prototype.tensorProduct = AbstractMatrix2.prototype.kroneckerProduct;
    var Matrix3 = class _Matrix extends AbstractMatrix2 {
      /**
       * @type {Float64Array[]}
       */
      data;
      /**
       * Init an empty matrix
       * @param {number} nRows
       * @param {number} nColumns
       */
      #initData(nRows, nColumns) {
        this.data = [];
        if (Number.isInteger(nColumns) && nColumns >= 0) {
          for (let i = 0; i < nRows; i++) {
            this.data.push(new Float64Array(nColumns));
          }
        } else {
          throw new TypeError("nColumns must be a positive integer");
        }
        this.rows = nRows;
        this.columns = nColumns;
      }
      constructor(nRows, nColumns) {
        super();
        if (_Matrix.isMatrix(nRows)) {
          this.#initData(nRows.rows, nRows.columns);
          _Matrix.copy(nRows, this);
        } else if (Number.isInteger(nRows) && nRows >= 0) {
          this.#initData(nRows, nColumns);
        } else if (isAnyArray(nRows)) {
          const arrayData = nRows;
          nRows = arrayData.length;
          nColumns = nRows ? arrayData[0].length : 0;
          if (typeof nColumns !== "number") {
            throw new TypeError(
              "Data must be a 2D array with at least one element"
            );
          }
          this.data = [];
          for (let i = 0; i < nRows; i++) {
            if (arrayData[i].length !== nColumns) {
              throw new RangeError("Inconsistent array dimensions");
            }
            if (!isArrayOfNumbers(arrayData[i])) {
              throw new TypeError("Input data contains non-numeric values");
            }
            this.data.push(Float64Array.from(arrayData[i]));
          }
          this.rows = nRows;
          this.columns = nColumns;
        } else {
          throw new TypeError(
            "First argument must be a positive number or an array"
          );
        }
      }
      set(rowIndex, columnIndex, value) {
        this.data[rowIndex][columnIndex] = value;
        return this;
      }
      get(rowIndex, columnIndex) {
        return this.data[rowIndex][columnIndex];
      }
      removeRow(index) {
        checkRowIndex(this, index);
        this.data.splice(index, 1);
        this.rows -= 1;
        return this;
      }
      addRow(index, array) {
        if (array === void 0) {
          array = index;
          index = this.rows;
        }
        checkRowIndex(this, index, true);
        array = Float64Array.from(checkRowVector(this, array));
        this.data.splice(index, 0, array);
        this.rows += 1;
        return this;
      }
      removeColumn(index) {
        checkColumnIndex(this, index);
        for (let i = 0; i < this.rows; i++) {
          const newRow = new Float64Array(this.columns - 1);
          for (let j = 0; j < index; j++) {
            newRow[j] = this.data[i][j];
          }
          for (let j = index + 1; j < this.columns; j++) {
            newRow[j - 1] = this.data[i][j];
          }
          this.data[i] = newRow;
        }
        this.columns -= 1;
        return this;
      }
      addColumn(index, array) {
        if (typeof array === "undefined") {
          array = index;
          index = this.columns;
        }
        checkColumnIndex(this, index, true);
        array = checkColumnVector(this, array);
        for (let i = 0; i < this.rows; i++) {
          const newRow = new Float64Array(this.columns + 1);
          let j = 0;
          for (; j < index; j++) {
            newRow[j] = this.data[i][j];
          }
          newRow[j++] = array[i];
          for (; j < this.columns + 1; j++) {
            newRow[j] = this.data[i][j - 1];
          }
          this.data[i] = newRow;
        }
        this.columns += 1;
        return this;
      }
    };
    installMathOperations(AbstractMatrix2, Matrix3);
    var SymmetricMatrix2 = class _SymmetricMatrix extends AbstractMatrix2 {
      /** @type {Matrix} */
      #matrix;
      get size() {
        return this.#matrix.size;
      }
      get rows() {
        return this.#matrix.rows;
      }
      get columns() {
        return this.#matrix.columns;
      }
      get diagonalSize() {
        return this.rows;
      }
      /**
       * not the same as matrix.isSymmetric()
       * Here is to check if it's instanceof SymmetricMatrix without bundling issues
       *
       * @param value
       * @returns {boolean}
       */
      static isSymmetricMatrix(value) {
        return Matrix3.isMatrix(value) && value.klassType === "SymmetricMatrix";
      }
      /**
       * @param diagonalSize
       * @return {SymmetricMatrix}
       */
      static zeros(diagonalSize) {
        return new this(diagonalSize);
      }
      /**
       * @param diagonalSize
       * @return {SymmetricMatrix}
       */
      static ones(diagonalSize) {
        return new this(diagonalSize).fill(1);
      }
      /**
       * @param {number | AbstractMatrix | ArrayLike<ArrayLike<number>>} diagonalSize
       * @return {this}
       */
      constructor(diagonalSize) {
        super();
        if (Matrix3.isMatrix(diagonalSize)) {
          if (!diagonalSize.isSymmetric()) {
            throw new TypeError("not symmetric data");
          }
          this.#matrix = Matrix3.copy(
            diagonalSize,
            new Matrix3(diagonalSize.rows, diagonalSize.rows)
          );
        } else if (Number.isInteger(diagonalSize) && diagonalSize >= 0) {
          this.#matrix = new Matrix3(diagonalSize, diagonalSize);
        } else {
          this.#matrix = new Matrix3(diagonalSize);
          if (!this.isSymmetric()) {
            throw new TypeError("not symmetric data");
          }
        }
      }
      clone() {
        const matrix2 = new _SymmetricMatrix(this.diagonalSize);
        for (const [row, col, value] of this.upperRightEntries()) {
          matrix2.set(row, col, value);
        }
        return matrix2;
      }
      toMatrix() {
        return new Matrix3(this);
      }
      get(rowIndex, columnIndex) {
        return this.#matrix.get(rowIndex, columnIndex);
      }
      set(rowIndex, columnIndex, value) {
        this.#matrix.set(rowIndex, columnIndex, value);
        this.#matrix.set(columnIndex, rowIndex, value);
        return this;
      }
      removeCross(index) {
        this.#matrix.removeRow(index);
        this.#matrix.removeColumn(index);
        return this;
      }
      addCross(index, array) {
        if (array === void 0) {
          array = index;
          index = this.diagonalSize;
        }
        const row = array.slice();
        row.splice(index, 1);
        this.#matrix.addRow(index, row);
        this.#matrix.addColumn(index, array);
        return this;
      }
      /**
       * @param {Mask[]} mask
       */
      applyMask(mask) {
        if (mask.length !== this.diagonalSize) {
          throw new RangeError("Mask size do not match with matrix size");
        }
        const sidesToRemove = [];
        for (const [index, passthroughs] of mask.entries()) {
          if (passthroughs) continue;
          sidesToRemove.push(index);
        }
        sidesToRemove.reverse();
        for (const sideIndex of sidesToRemove) {
          this.removeCross(sideIndex);
        }
        return this;
      }
      /**
       * Compact format upper-right corner of matrix
       * iterate from left to right, from top to bottom.
       *
       * ```
       *   A B C D
       * A 1 2 3 4
       * B 2 5 6 7
       * C 3 6 8 9
       * D 4 7 9 10
       * ```
       *
       * will return compact 1D array `[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]`
       *
       * length is S(i=0, n=sideSize) => 10 for a 4 sideSized matrix
       *
       * @returns {number[]}
       */
      toCompact() {
        const { diagonalSize } = this;
        const compact = new Array(diagonalSize * (diagonalSize + 1) / 2);
        for (let col = 0, row = 0, index = 0; index < compact.length; index++) {
          compact[index] = this.get(row, col);
          if (++col >= diagonalSize) col = ++row;
        }
        return compact;
      }
      /**
       * @param {number[]} compact
       * @return {SymmetricMatrix}
       */
      static fromCompact(compact) {
        const compactSize = compact.length;
        const diagonalSize = (Math.sqrt(8 * compactSize + 1) - 1) / 2;
        if (!Number.isInteger(diagonalSize)) {
          throw new TypeError(
            `This array is not a compact representation of a Symmetric Matrix, ${JSON.stringify(
              compact
            )}`
          );
        }
        const matrix2 = new _SymmetricMatrix(diagonalSize);
        for (let col = 0, row = 0, index = 0; index < compactSize; index++) {
          matrix2.set(col, row, compact[index]);
          if (++col >= diagonalSize) col = ++row;
        }
        return matrix2;
      }
      /**
       * half iterator upper-right-corner from left to right, from top to bottom
       * yield [row, column, value]
       *
       * @returns {Generator<[number, number, number], void, void>}
       */
      *upperRightEntries() {
        for (let row = 0, col = 0; row < this.diagonalSize; void 0) {
          const value = this.get(row, col);
          yield [row, col, value];
          if (++col >= this.diagonalSize) col = ++row;
        }
      }
      /**
       * half iterator upper-right-corner from left to right, from top to bottom
       * yield value
       *
       * @returns {Generator<[number, number, number], void, void>}
       */
      *upperRightValues() {
        for (let row = 0, col = 0; row < this.diagonalSize; void 0) {
          const value = this.get(row, col);
          yield value;
          if (++col >= this.diagonalSize) col = ++row;
        }
      }
    };
    SymmetricMatrix2.prototype.klassType = "SymmetricMatrix";
    var DistanceMatrix2 = class _DistanceMatrix extends SymmetricMatrix2 {
      /**
       * not the same as matrix.isSymmetric()
       * Here is to check if it's instanceof SymmetricMatrix without bundling issues
       *
       * @param value
       * @returns {boolean}
       */
      static isDistanceMatrix(value) {
        return SymmetricMatrix2.isSymmetricMatrix(value) && value.klassSubType === "DistanceMatrix";
      }
      constructor(sideSize) {
        super(sideSize);
        if (!this.isDistance()) {
          throw new TypeError("Provided arguments do no produce a distance matrix");
        }
      }
      set(rowIndex, columnIndex, value) {
        if (rowIndex === columnIndex) value = 0;
        return super.set(rowIndex, columnIndex, value);
      }
      addCross(index, array) {
        if (array === void 0) {
          array = index;
          index = this.diagonalSize;
        }
        array = array.slice();
        array[index] = 0;
        return super.addCross(index, array);
      }
      toSymmetricMatrix() {
        return new SymmetricMatrix2(this);
      }
      clone() {
        const matrix2 = new _DistanceMatrix(this.diagonalSize);
        for (const [row, col, value] of this.upperRightEntries()) {
          if (row === col) continue;
          matrix2.set(row, col, value);
        }
        return matrix2;
      }
      /**
       * Compact format upper-right corner of matrix
       * no diagonal (only zeros)
       * iterable from left to right, from top to bottom.
       *
       * ```
       *   A B C D
       * A 0 1 2 3
       * B 1 0 4 5
       * C 2 4 0 6
       * D 3 5 6 0
       * ```
       *
       * will return compact 1D array `[1, 2, 3, 4, 5, 6]`
       *
       * length is S(i=0, n=sideSize-1) => 6 for a 4 side sized matrix
       *
       * @returns {number[]}
       */
      toCompact() {
        const { diagonalSize } = this;
        const compactLength = (diagonalSize - 1) * diagonalSize / 2;
        const compact = new Array(compactLength);
        for (let col = 1, row = 0, index = 0; index < compact.length; index++) {
          compact[index] = this.get(row, col);
          if (++col >= diagonalSize) col = ++row + 1;
        }
        return compact;
      }
      /**
       * @param {number[]} compact
       */
      static fromCompact(compact) {
        const compactSize = compact.length;
        if (compactSize === 0) {
          return new this(0);
        }
        const diagonalSize = (Math.sqrt(8 * compactSize + 1) + 1) / 2;
        if (!Number.isInteger(diagonalSize)) {
          throw new TypeError(
            `This array is not a compact representation of a DistanceMatrix, ${JSON.stringify(
              compact
            )}`
          );
        }
        const matrix2 = new this(diagonalSize);
        for (let col = 1, row = 0, index = 0; index < compactSize; index++) {
          matrix2.set(col, row, compact[index]);
          if (++col >= diagonalSize) col = ++row + 1;
        }
        return matrix2;
      }
    };
    DistanceMatrix2.prototype.klassSubType = "DistanceMatrix";
    var BaseView = class extends AbstractMatrix2 {
      constructor(matrix2, rows, columns) {
        super();
        this.matrix = matrix2;
        this.rows = rows;
        this.columns = columns;
      }
    };
    var MatrixColumnView2 = class extends BaseView {
      constructor(matrix2, column) {
        checkColumnIndex(matrix2, column);
        super(matrix2, matrix2.rows, 1);
        this.column = column;
      }
      set(rowIndex, columnIndex, value) {
        this.matrix.set(rowIndex, this.column, value);
        return this;
      }
      get(rowIndex) {
        return this.matrix.get(rowIndex, this.column);
      }
    };
    var MatrixColumnSelectionView2 = class extends BaseView {
      constructor(matrix2, columnIndices) {
        checkColumnIndices(matrix2, columnIndices);
        super(matrix2, matrix2.rows, columnIndices.length);
        this.columnIndices = columnIndices;
      }
      set(rowIndex, columnIndex, value) {
        this.matrix.set(rowIndex, this.columnIndices[columnIndex], value);
        return this;
      }
      get(rowIndex, columnIndex) {
        return this.matrix.get(rowIndex, this.columnIndices[columnIndex]);
      }
    };
    var MatrixFlipColumnView2 = class extends BaseView {
      constructor(matrix2) {
        super(matrix2, matrix2.rows, matrix2.columns);
      }
      set(rowIndex, columnIndex, value) {
        this.matrix.set(rowIndex, this.columns - columnIndex - 1, value);
        return this;
      }
      get(rowIndex, columnIndex) {
        return this.matrix.get(rowIndex, this.columns - columnIndex - 1);
      }
    };
    var MatrixFlipRowView2 = class extends BaseView {
      constructor(matrix2) {
        super(matrix2, matrix2.rows, matrix2.columns);
      }
      set(rowIndex, columnIndex, value) {
        this.matrix.set(this.rows - rowIndex - 1, columnIndex, value);
        return this;
      }
      get(rowIndex, columnIndex) {
        return this.matrix.get(this.rows - rowIndex - 1, columnIndex);
      }
    };
    var MatrixRowView2 = class extends BaseView {
      constructor(matrix2, row) {
        checkRowIndex(matrix2, row);
        super(matrix2, 1, matrix2.columns);
        this.row = row;
      }
      set(rowIndex, columnIndex, value) {
        this.matrix.set(this.row, columnIndex, value);
        return this;
      }
      get(rowIndex, columnIndex) {
        return this.matrix.get(this.row, columnIndex);
      }
    };
    var MatrixRowSelectionView2 = class extends BaseView {
      constructor(matrix2, rowIndices) {
        checkRowIndices(matrix2, rowIndices);
        super(matrix2, rowIndices.length, matrix2.columns);
        this.rowIndices = rowIndices;
      }
      set(rowIndex, columnIndex, value) {
        this.matrix.set(this.rowIndices[rowIndex], columnIndex, value);
        return this;
      }
      get(rowIndex, columnIndex) {
        return this.matrix.get(this.rowIndices[rowIndex], columnIndex);
      }
    };
    var MatrixSelectionView2 = class extends BaseView {
      constructor(matrix2, rowIndices, columnIndices) {
        checkRowIndices(matrix2, rowIndices);
        checkColumnIndices(matrix2, columnIndices);
        super(matrix2, rowIndices.length, columnIndices.length);
        this.rowIndices = rowIndices;
        this.columnIndices = columnIndices;
      }
      set(rowIndex, columnIndex, value) {
        this.matrix.set(
          this.rowIndices[rowIndex],
          this.columnIndices[columnIndex],
          value
        );
        return this;
      }
      get(rowIndex, columnIndex) {
        return this.matrix.get(
          this.rowIndices[rowIndex],
          this.columnIndices[columnIndex]
        );
      }
    };
    var MatrixSubView2 = class extends BaseView {
      constructor(matrix2, startRow, endRow, startColumn, endColumn) {
        checkRange(matrix2, startRow, endRow, startColumn, endColumn);
        super(matrix2, endRow - startRow + 1, endColumn - startColumn + 1);
        this.startRow = startRow;
        this.startColumn = startColumn;
      }
      set(rowIndex, columnIndex, value) {
        this.matrix.set(
          this.startRow + rowIndex,
          this.startColumn + columnIndex,
          value
        );
        return this;
      }
      get(rowIndex, columnIndex) {
        return this.matrix.get(
          this.startRow + rowIndex,
          this.startColumn + columnIndex
        );
      }
    };
    var MatrixTransposeView2 = class extends BaseView {
      constructor(matrix2) {
        super(matrix2, matrix2.columns, matrix2.rows);
      }
      set(rowIndex, columnIndex, value) {
        this.matrix.set(columnIndex, rowIndex, value);
        return this;
      }
      get(rowIndex, columnIndex) {
        return this.matrix.get(columnIndex, rowIndex);
      }
    };
    var WrapperMatrix1D2 = class extends AbstractMatrix2 {
      constructor(data, options = {}) {
        const { rows = 1 } = options;
        if (data.length % rows !== 0) {
          throw new Error("the data length is not divisible by the number of rows");
        }
        super();
        this.rows = rows;
        this.columns = data.length / rows;
        this.data = data;
      }
      set(rowIndex, columnIndex, value) {
        let index = this._calculateIndex(rowIndex, columnIndex);
        this.data[index] = value;
        return this;
      }
      get(rowIndex, columnIndex) {
        let index = this._calculateIndex(rowIndex, columnIndex);
        return this.data[index];
      }
      _calculateIndex(row, column) {
        return row * this.columns + column;
      }
    };
    var WrapperMatrix2D2 = class extends AbstractMatrix2 {
      constructor(data) {
        super();
        this.data = data;
        this.rows = data.length;
        this.columns = data[0].length;
      }
      set(rowIndex, columnIndex, value) {
        this.data[rowIndex][columnIndex] = value;
        return this;
      }
      get(rowIndex, columnIndex) {
        return this.data[rowIndex][columnIndex];
      }
    };
    function wrap2(array, options) {
      if (isAnyArray(array)) {
        if (array[0] && isAnyArray(array[0])) {
          return new WrapperMatrix2D2(array);
        } else {
          return new WrapperMatrix1D2(array, options);
        }
      } else {
        throw new Error("the argument is not an array");
      }
    }
    var LuDecomposition3 = class {
      constructor(matrix2) {
        matrix2 = WrapperMatrix2D2.checkMatrix(matrix2);
        let lu = matrix2.clone();
        let rows = lu.rows;
        let columns = lu.columns;
        let pivotVector = new Float64Array(rows);
        let pivotSign = 1;
        let i, j, k, p, s, t, v;
        let LUcolj, kmax;
        for (i = 0; i < rows; i++) {
          pivotVector[i] = i;
        }
        LUcolj = new Float64Array(rows);
        for (j = 0; j < columns; j++) {
          for (i = 0; i < rows; i++) {
            LUcolj[i] = lu.get(i, j);
          }
          for (i = 0; i < rows; i++) {
            kmax = Math.min(i, j);
            s = 0;
            for (k = 0; k < kmax; k++) {
              s += lu.get(i, k) * LUcolj[k];
            }
            LUcolj[i] -= s;
            lu.set(i, j, LUcolj[i]);
          }
          p = j;
          for (i = j + 1; i < rows; i++) {
            if (Math.abs(LUcolj[i]) > Math.abs(LUcolj[p])) {
              p = i;
            }
          }
          if (p !== j) {
            for (k = 0; k < columns; k++) {
              t = lu.get(p, k);
              lu.set(p, k, lu.get(j, k));
              lu.set(j, k, t);
            }
            v = pivotVector[p];
            pivotVector[p] = pivotVector[j];
            pivotVector[j] = v;
            pivotSign = -pivotSign;
          }
          if (j < rows && lu.get(j, j) !== 0) {
            for (i = j + 1; i < rows; i++) {
              lu.set(i, j, lu.get(i, j) / lu.get(j, j));
            }
          }
        }
        this.LU = lu;
        this.pivotVector = pivotVector;
        this.pivotSign = pivotSign;
      }
      isSingular() {
        let data = this.LU;
        let col = data.columns;
        for (let j = 0; j < col; j++) {
          if (data.get(j, j) === 0) {
            return true;
          }
        }
        return false;
      }
      solve(value) {
        value = Matrix3.checkMatrix(value);
        let lu = this.LU;
        let rows = lu.rows;
        if (rows !== value.rows) {
          throw new Error("Invalid matrix dimensions");
        }
        if (this.isSingular()) {
          throw new Error("LU matrix is singular");
        }
        let count = value.columns;
        let X = value.subMatrixRow(this.pivotVector, 0, count - 1);
        let columns = lu.columns;
        let i, j, k;
        for (k = 0; k < columns; k++) {
          for (i = k + 1; i < columns; i++) {
            for (j = 0; j < count; j++) {
              X.set(i, j, X.get(i, j) - X.get(k, j) * lu.get(i, k));
            }
          }
        }
        for (k = columns - 1; k >= 0; k--) {
          for (j = 0; j < count; j++) {
            X.set(k, j, X.get(k, j) / lu.get(k, k));
          }
          for (i = 0; i < k; i++) {
            for (j = 0; j < count; j++) {
              X.set(i, j, X.get(i, j) - X.get(k, j) * lu.get(i, k));
            }
          }
        }
        return X;
      }
      get determinant() {
        let data = this.LU;
        if (!data.isSquare()) {
          throw new Error("Matrix must be square");
        }
        let determinant3 = this.pivotSign;
        let col = data.columns;
        for (let j = 0; j < col; j++) {
          determinant3 *= data.get(j, j);
        }
        return determinant3;
      }
      get lowerTriangularMatrix() {
        let data = this.LU;
        let rows = data.rows;
        let columns = data.columns;
        let X = new Matrix3(rows, columns);
        for (let i = 0; i < rows; i++) {
          for (let j = 0; j < columns; j++) {
            if (i > j) {
              X.set(i, j, data.get(i, j));
            } else if (i === j) {
              X.set(i, j, 1);
            } else {
              X.set(i, j, 0);
            }
          }
        }
        return X;
      }
      get upperTriangularMatrix() {
        let data = this.LU;
        let rows = data.rows;
        let columns = data.columns;
        let X = new Matrix3(rows, columns);
        for (let i = 0; i < rows; i++) {
          for (let j = 0; j < columns; j++) {
            if (i <= j) {
              X.set(i, j, data.get(i, j));
            } else {
              X.set(i, j, 0);
            }
          }
        }
        return X;
      }
      get pivotPermutationVector() {
        return Array.from(this.pivotVector);
      }
    };
    function transposeSquareInPlace(matrix2) {
      const data = matrix2.data;
      const n = matrix2.rows;
      for (let i = 0; i < n; i++) {
        const rowI = data[i];
        for (let j = i + 1; j < n; j++) {
          const tmp = rowI[j];
          rowI[j] = data[j][i];
          data[j][i] = tmp;
        }
      }
      return matrix2;
    }
    function hypotenuse(a, b) {
      let r = 0;
      if (Math.abs(a) > Math.abs(b)) {
        r = b / a;
        return Math.abs(a) * Math.sqrt(1 + r * r);
      }
      if (b !== 0) {
        r = a / b;
        return Math.abs(b) * Math.sqrt(1 + r * r);
      }
      return 0;
    }
    var QrDecomposition3 = class {
      constructor(value) {
        value = WrapperMatrix2D2.checkMatrix(value);
        let qr = value.clone();
        let m = value.rows;
        let n = value.columns;
        let rdiag = new Float64Array(n);
        let i, j, k, s;
        for (k = 0; k < n; k++) {
          let nrm = 0;
          for (i = k; i < m; i++) {
            nrm = hypotenuse(nrm, qr.get(i, k));
          }
          if (nrm !== 0) {
            if (qr.get(k, k) < 0) {
              nrm = -nrm;
            }
            for (i = k; i < m; i++) {
              qr.set(i, k, qr.get(i, k) / nrm);
            }
            qr.set(k, k, qr.get(k, k) + 1);
            for (j = k + 1; j < n; j++) {
              s = 0;
              for (i = k; i < m; i++) {
                s += qr.get(i, k) * qr.get(i, j);
              }
              s = -s / qr.get(k, k);
              for (i = k; i < m; i++) {
                qr.set(i, j, qr.get(i, j) + s * qr.get(i, k));
              }
            }
          }
          rdiag[k] = -nrm;
        }
        this.QR = qr;
        this.Rdiag = rdiag;
      }
      solve(value) {
        value = Matrix3.checkMatrix(value);
        let qr = this.QR;
        let m = qr.rows;
        if (value.rows !== m) {
          throw new Error("Matrix row dimensions must agree");
        }
        if (!this.isFullRank()) {
          throw new Error("Matrix is rank deficient");
        }
        let count = value.columns;
        let X = value.clone();
        let n = qr.columns;
        let i, j, k, s;
        for (k = 0; k < n; k++) {
          for (j = 0; j < count; j++) {
            s = 0;
            for (i = k; i < m; i++) {
              s += qr.get(i, k) * X.get(i, j);
            }
            s = -s / qr.get(k, k);
            for (i = k; i < m; i++) {
              X.set(i, j, X.get(i, j) + s * qr.get(i, k));
            }
          }
        }
        for (k = n - 1; k >= 0; k--) {
          for (j = 0; j < count; j++) {
            X.set(k, j, X.get(k, j) / this.Rdiag[k]);
          }
          for (i = 0; i < k; i++) {
            for (j = 0; j < count; j++) {
              X.set(i, j, X.get(i, j) - X.get(k, j) * qr.get(i, k));
            }
          }
        }
        return X.subMatrix(0, n - 1, 0, count - 1);
      }
      isFullRank() {
        let columns = this.QR.columns;
        for (let i = 0; i < columns; i++) {
          if (this.Rdiag[i] === 0) {
            return false;
          }
        }
        return true;
      }
      get upperTriangularMatrix() {
        let qr = this.QR;
        let n = qr.columns;
        let X = new Matrix3(n, n);
        let i, j;
        for (i = 0; i < n; i++) {
          for (j = 0; j < n; j++) {
            if (i < j) {
              X.set(i, j, qr.get(i, j));
            } else if (i === j) {
              X.set(i, j, this.Rdiag[i]);
            } else {
              X.set(i, j, 0);
            }
          }
        }
        return X;
      }
      get orthogonalMatrix() {
        let qr = this.QR;
        let rows = qr.rows;
        let columns = qr.columns;
        let X = new Matrix3(rows, columns);
        let i, j, k, s;
        for (k = columns - 1; k >= 0; k--) {
          for (i = 0; i < rows; i++) {
            X.set(i, k, 0);
          }
          X.set(k, k, 1);
          for (j = k; j < columns; j++) {
            if (qr.get(k, k) !== 0) {
              s = 0;
              for (i = k; i < rows; i++) {
                s += qr.get(i, k) * X.get(i, j);
              }
              s = -s / qr.get(k, k);
              for (i = k; i < rows; i++) {
                X.set(i, j, X.get(i, j) + s * qr.get(i, k));
              }
            }
          }
        }
        return X;
      }
    };
    var SingularValueDecomposition3 = class {
      constructor(value, options = {}) {
        value = WrapperMatrix2D2.checkMatrix(value);
        if (value.isEmpty()) {
          throw new Error("Matrix must be non-empty");
        }
        let m = value.rows;
        let n = value.columns;
        const {
          computeLeftSingularVectors = true,
          computeRightSingularVectors = true,
          autoTranspose = false
        } = options;
        let wantu = Boolean(computeLeftSingularVectors);
        let wantv = Boolean(computeRightSingularVectors);
        let swapped = false;
        let at;
        if (m < n) {
          if (!autoTranspose) {
            console.warn(
              "Computing SVD on a matrix with more columns than rows. Consider enabling autoTranspose"
            );
            at = value.transpose();
          } else {
            at = value.clone();
            m = value.columns;
            n = value.rows;
            swapped = true;
            let aux = wantu;
            wantu = wantv;
            wantv = aux;
          }
        } else {
          at = value.transpose();
        }
        let nu = Math.min(m, n);
        let ni = Math.min(m + 1, n);
        let s = new Float64Array(ni);
        let U = new Matrix3(nu, m);
        let V = new Matrix3(n, n);
        let e = new Float64Array(n);
        let work = new Float64Array(m);
        let si = new Float64Array(ni);
        for (let i = 0; i < ni; i++) si[i] = i;
        let nct = Math.min(m - 1, n);
        let nrt = Math.max(0, Math.min(n - 2, m));
        let mrc = Math.max(nct, nrt);
        for (let k = 0; k < mrc; k++) {
          if (k < nct) {
            s[k] = 0;
            for (let i = k; i < m; i++) {
              s[k] = hypotenuse(s[k], at.get(k, i));
            }
            if (s[k] !== 0) {
              if (at.get(k, k) < 0) {
                s[k] = -s[k];
              }
              for (let i = k; i < m; i++) {
                at.set(k, i, at.get(k, i) / s[k]);
              }
              at.set(k, k, at.get(k, k) + 1);
            }
            s[k] = -s[k];
          }
          for (let j = k + 1; j < n; j++) {
            if (k < nct && s[k] !== 0) {
              let t = 0;
              for (let i = k; i < m; i++) {
                t += at.get(k, i) * at.get(j, i);
              }
              t = -t / at.get(k, k);
              for (let i = k; i < m; i++) {
                at.set(j, i, at.get(j, i) + t * at.get(k, i));
              }
            }
            e[j] = at.get(j, k);
          }
          if (wantu && k < nct) {
            for (let i = k; i < m; i++) {
              U.set(k, i, at.get(k, i));
            }
          }
          if (k < nrt) {
            e[k] = 0;
            for (let i = k + 1; i < n; i++) {
              e[k] = hypotenuse(e[k], e[i]);
            }
            if (e[k] !== 0) {
              if (e[k + 1] < 0) {
                e[k] = 0 - e[k];
              }
              for (let i = k + 1; i < n; i++) {
                e[i] /= e[k];
              }
              e[k + 1] += 1;
            }
            e[k] = -e[k];
            if (k + 1 < m && e[k] !== 0) {
              for (let i = k + 1; i < m; i++) {
                work[i] = 0;
              }
              for (let i = k + 1; i < m; i++) {
                for (let j = k + 1; j < n; j++) {
                  work[i] += e[j] * at.get(j, i);
                }
              }
              for (let j = k + 1; j < n; j++) {
                let t = -e[j] / e[k + 1];
                for (let i = k + 1; i < m; i++) {
                  at.set(j, i, at.get(j, i) + t * work[i]);
                }
              }
            }
            if (wantv) {
              for (let i = k + 1; i < n; i++) {
                V.set(k, i, e[i]);
              }
            }
          }
        }
        let p = Math.min(n, m + 1);
        if (nct < n) {
          s[nct] = at.get(nct, nct);
        }
        if (m < p) {
          s[p - 1] = 0;
        }
        if (nrt + 1 < p) {
          e[nrt] = at.get(p - 1, nrt);
        }
        e[p - 1] = 0;
        if (wantu) {
          for (let j = nct; j < nu; j++) {
            for (let i = 0; i < m; i++) {
              U.set(j, i, 0);
            }
            U.set(j, j, 1);
          }
          for (let k = nct - 1; k >= 0; k--) {
            if (s[k] !== 0) {
              for (let j = k + 1; j < nu; j++) {
                let t = 0;
                for (let i = k; i < m; i++) {
                  t += U.get(k, i) * U.get(j, i);
                }
                t = -t / U.get(k, k);
                for (let i = k; i < m; i++) {
                  U.set(j, i, U.get(j, i) + t * U.get(k, i));
                }
              }
              for (let i = k; i < m; i++) {
                U.set(k, i, -U.get(k, i));
              }
              U.set(k, k, 1 + U.get(k, k));
              for (let i = 0; i < k - 1; i++) {
                U.set(k, i, 0);
              }
            } else {
              for (let i = 0; i < m; i++) {
                U.set(k, i, 0);
              }
              U.set(k, k, 1);
            }
          }
        }
        if (wantv) {
          for (let k = n - 1; k >= 0; k--) {
            if (k < nrt && e[k] !== 0) {
              for (let j = k + 1; j < n; j++) {
                let t = 0;
                for (let i = k + 1; i < n; i++) {
                  t += V.get(k, i) * V.get(j, i);
                }
                t = -t / V.get(k, k + 1);
                for (let i = k + 1; i < n; i++) {
                  V.set(j, i, V.get(j, i) + t * V.get(k, i));
                }
              }
            }
            for (let i = 0; i < n; i++) {
              V.set(k, i, 0);
            }
            V.set(k, k, 1);
          }
        }
        let pp = p - 1;
        let eps = Number.EPSILON;
        while (p > 0) {
          let k, kase;
          for (k = p - 2; k >= -1; k--) {
            if (k === -1) {
              break;
            }
            const alpha = Number.MIN_VALUE + eps * Math.abs(s[k] + Math.abs(s[k + 1]));
            if (Math.abs(e[k]) <= alpha || Number.isNaN(e[k])) {
              e[k] = 0;
              break;
            }
          }
          if (k === p - 2) {
            kase = 4;
          } else {
            let ks;
            for (ks = p - 1; ks >= k; ks--) {
              if (ks === k) {
                break;
              }
              let t = (ks !== p ? Math.abs(e[ks]) : 0) + (ks !== k + 1 ? Math.abs(e[ks - 1]) : 0);
              if (Math.abs(s[ks]) <= eps * t) {
                s[ks] = 0;
                break;
              }
            }
            if (ks === k) {
              kase = 3;
            } else if (ks === p - 1) {
              kase = 1;
            } else {
              kase = 2;
              k = ks;
            }
          }
          k++;
          switch (kase) {
            case 1: {
              let f = e[p - 2];
              e[p - 2] = 0;
              for (let j = p - 2; j >= k; j--) {
                let t = hypotenuse(s[j], f);
                let cs = s[j] / t;
                let sn = f / t;
                s[j] = t;
                if (j !== k) {
                  f = -sn * e[j - 1];
                  e[j - 1] = cs * e[j - 1];
                }
                if (wantv) {
                  for (let i = 0; i < n; i++) {
                    t = cs * V.get(j, i) + sn * V.get(p - 1, i);
                    V.set(p - 1, i, -sn * V.get(j, i) + cs * V.get(p - 1, i));
                    V.set(j, i, t);
                  }
                }
              }
              break;
            }
            case 2: {
              let f = e[k - 1];
              e[k - 1] = 0;
              for (let j = k; j < p; j++) {
                let t = hypotenuse(s[j], f);
                let cs = s[j] / t;
                let sn = f / t;
                s[j] = t;
                f = -sn * e[j];
                e[j] = cs * e[j];
                if (wantu) {
                  for (let i = 0; i < m; i++) {
                    t = cs * U.get(j, i) + sn * U.get(k - 1, i);
                    U.set(k - 1, i, -sn * U.get(j, i) + cs * U.get(k - 1, i));
                    U.set(j, i, t);
                  }
                }
              }
              break;
            }
            case 3: {
              const scale = Math.max(
                Math.abs(s[p - 1]),
                Math.abs(s[p - 2]),
                Math.abs(e[p - 2]),
                Math.abs(s[k]),
                Math.abs(e[k])
              );
              const sp = s[p - 1] / scale;
              const spm1 = s[p - 2] / scale;
              const epm1 = e[p - 2] / scale;
              const sk = s[k] / scale;
              const ek = e[k] / scale;
              const b = ((spm1 + sp) * (spm1 - sp) + epm1 * epm1) / 2;
              const c = sp * epm1 * (sp * epm1);
              let shift = 0;
              if (b !== 0 || c !== 0) {
                if (b < 0) {
                  shift = 0 - Math.sqrt(b * b + c);
                } else {
                  shift = Math.sqrt(b * b + c);
                }
                shift = c / (b + shift);
              }
              let f = (sk + sp) * (sk - sp) + shift;
              let g = sk * ek;
              for (let j = k; j < p - 1; j++) {
                let t = hypotenuse(f, g);
                if (t === 0) t = Number.MIN_VALUE;
                let cs = f / t;
                let sn = g / t;
                if (j !== k) {
                  e[j - 1] = t;
                }
                f = cs * s[j] + sn * e[j];
                e[j] = cs * e[j] - sn * s[j];
                g = sn * s[j + 1];
                s[j + 1] = cs * s[j + 1];
                if (wantv) {
                  for (let i = 0; i < n; i++) {
                    t = cs * V.get(j, i) + sn * V.get(j + 1, i);
                    V.set(j + 1, i, -sn * V.get(j, i) + cs * V.get(j + 1, i));
                    V.set(j, i, t);
                  }
                }
                t = hypotenuse(f, g);
                if (t === 0) t = Number.MIN_VALUE;
                cs = f / t;
                sn = g / t;
                s[j] = t;
                f = cs * e[j] + sn * s[j + 1];
                s[j + 1] = -sn * e[j] + cs * s[j + 1];
                g = sn * e[j + 1];
                e[j + 1] = cs * e[j + 1];
                if (wantu && j < m - 1) {
                  for (let i = 0; i < m; i++) {
                    t = cs * U.get(j, i) + sn * U.get(j + 1, i);
                    U.set(j + 1, i, -sn * U.get(j, i) + cs * U.get(j + 1, i));
                    U.set(j, i, t);
                  }
                }
              }
              e[p - 2] = f;
              break;
            }
            case 4: {
              if (s[k] <= 0) {
                s[k] = s[k] < 0 ? -s[k] : 0;
                if (wantv) {
                  for (let i = 0; i <= pp; i++) {
                    V.set(k, i, -V.get(k, i));
                  }
                }
              }
              while (k < pp) {
                if (s[k] >= s[k + 1]) {
                  break;
                }
                let t = s[k];
                s[k] = s[k + 1];
                s[k + 1] = t;
                if (wantv && k < n - 1) {
                  for (let i = 0; i < n; i++) {
                    t = V.get(k + 1, i);
                    V.set(k + 1, i, V.get(k, i));
                    V.set(k, i, t);
                  }
                }
                if (wantu && k < m - 1) {
                  for (let i = 0; i < m; i++) {
                    t = U.get(k + 1, i);
                    U.set(k + 1, i, U.get(k, i));
                    U.set(k, i, t);
                  }
                }
                k++;
              }
              p--;
              break;
            }
          }
        }
        U = U.isSquare() ? transposeSquareInPlace(U) : U.transpose();
        V = transposeSquareInPlace(V);
        if (swapped) {
          let tmp = V;
          V = U;
          U = tmp;
        }
        this.m = m;
        this.n = n;
        this.s = s;
        this.U = U;
        this.V = V;
      }
      solve(value) {
        let Y = value;
        let e = this.threshold;
        let scols = this.s.length;
        let Ls = Matrix3.zeros(scols, scols);
        for (let i = 0; i < scols; i++) {
          if (Math.abs(this.s[i]) <= e) {
            Ls.set(i, i, 0);
          } else {
            Ls.set(i, i, 1 / this.s[i]);
          }
        }
        let U = this.U;
        let V = this.rightSingularVectors;
        let VL = V.mmul(Ls);
        let vrows = V.rows;
        let urows = U.rows;
        let VLU = Matrix3.zeros(vrows, urows);
        for (let i = 0; i < vrows; i++) {
          for (let j = 0; j < urows; j++) {
            let sum = 0;
            for (let k = 0; k < scols; k++) {
              sum += VL.get(i, k) * U.get(j, k);
            }
            VLU.set(i, j, sum);
          }
        }
        return VLU.mmul(Y);
      }
      solveForDiagonal(value) {
        return this.solve(Matrix3.diag(value));
      }
      inverse() {
        let V = this.V;
        let e = this.threshold;
        let vrows = V.rows;
        let vcols = V.columns;
        let X = new Matrix3(vrows, this.s.length);
        for (let i = 0; i < vrows; i++) {
          for (let j = 0; j < vcols; j++) {
            if (Math.abs(this.s[j]) > e) {
              X.set(i, j, V.get(i, j) / this.s[j]);
            }
          }
        }
        let U = this.U;
        let urows = U.rows;
        let ucols = U.columns;
        let Y = new Matrix3(vrows, urows);
        for (let i = 0; i < vrows; i++) {
          for (let j = 0; j < urows; j++) {
            let sum = 0;
            for (let k = 0; k < ucols; k++) {
              sum += X.get(i, k) * U.get(j, k);
            }
            Y.set(i, j, sum);
          }
        }
        return Y;
      }
      get condition() {
        return this.s[0] / this.s[Math.min(this.m, this.n) - 1];
      }
      get norm2() {
        return this.s[0];
      }
      get rank() {
        let tol = Math.max(this.m, this.n) * this.s[0] * Number.EPSILON;
        let r = 0;
        let s = this.s;
        for (let i = 0, ii = s.length; i < ii; i++) {
          if (s[i] > tol) {
            r++;
          }
        }
        return r;
      }
      get diagonal() {
        return Array.from(this.s);
      }
      get threshold() {
        return Number.EPSILON / 2 * Math.max(this.m, this.n) * this.s[0];
      }
      get leftSingularVectors() {
        return this.U;
      }
      get rightSingularVectors() {
        return this.V;
      }
      get diagonalMatrix() {
        return Matrix3.diag(this.s);
      }
    };
    function inverse2(matrix2, useSVD = false) {
      matrix2 = WrapperMatrix2D2.checkMatrix(matrix2);
      if (useSVD) {
        return new SingularValueDecomposition3(matrix2).inverse();
      } else {
        return solve3(matrix2, Matrix3.eye(matrix2.rows));
      }
    }
    function solve3(leftHandSide, rightHandSide, useSVD = false) {
      leftHandSide = WrapperMatrix2D2.checkMatrix(leftHandSide);
      rightHandSide = WrapperMatrix2D2.checkMatrix(rightHandSide);
      if (useSVD) {
        return new SingularValueDecomposition3(leftHandSide).solve(rightHandSide);
      } else {
        return leftHandSide.isSquare() ? new LuDecomposition3(leftHandSide).solve(rightHandSide) : new QrDecomposition3(leftHandSide).solve(rightHandSide);
      }
    }
    function determinant2(matrix2) {
      matrix2 = Matrix3.checkMatrix(matrix2);
      if (matrix2.isSquare()) {
        if (matrix2.columns === 0) {
          return 1;
        }
        let a, b, c, d;
        if (matrix2.columns === 2) {
          a = matrix2.get(0, 0);
          b = matrix2.get(0, 1);
          c = matrix2.get(1, 0);
          d = matrix2.get(1, 1);
          return a * d - b * c;
        } else if (matrix2.columns === 3) {
          let subMatrix0, subMatrix1, subMatrix2;
          subMatrix0 = new MatrixSelectionView2(matrix2, [1, 2], [1, 2]);
          subMatrix1 = new MatrixSelectionView2(matrix2, [1, 2], [0, 2]);
          subMatrix2 = new MatrixSelectionView2(matrix2, [1, 2], [0, 1]);
          a = matrix2.get(0, 0);
          b = matrix2.get(0, 1);
          c = matrix2.get(0, 2);
          return a * determinant2(subMatrix0) - b * determinant2(subMatrix1) + c * determinant2(subMatrix2);
        } else {
          return new LuDecomposition3(matrix2).determinant;
        }
      } else {
        throw Error("determinant can only be calculated for a square matrix");
      }
    }
    function xrange(n, exception) {
      let range = [];
      for (let i = 0; i < n; i++) {
        if (i !== exception) {
          range.push(i);
        }
      }
      return range;
    }
    function dependenciesOneRow(error, matrix2, index, thresholdValue = 1e-9, thresholdError = 1e-9) {
      if (error > thresholdError) {
        return new Array(matrix2.rows + 1).fill(0);
      } else {
        let returnArray = matrix2.addRow(index, [0]);
        for (let i = 0; i < returnArray.rows; i++) {
          if (Math.abs(returnArray.get(i, 0)) < thresholdValue) {
            returnArray.set(i, 0, 0);
          }
        }
        return returnArray.to1DArray();
      }
    }
    function linearDependencies2(matrix2, options = {}) {
      const { thresholdValue = 1e-9, thresholdError = 1e-9 } = options;
      matrix2 = Matrix3.checkMatrix(matrix2);
      let n = matrix2.rows;
      let results = new Matrix3(n, n);
      for (let i = 0; i < n; i++) {
        let b = Matrix3.columnVector(matrix2.getRow(i));
        let Abis = matrix2.subMatrixRow(xrange(n, i)).transpose();
        let svd = new SingularValueDecomposition3(Abis);
        let x = svd.solve(b);
        let scale = Matrix3.abs(b).max() || 1;
        let error = Matrix3.sub(b, Abis.mmul(x)).abs().max() / scale;
        results.setRow(
          i,
          dependenciesOneRow(error, x, i, thresholdValue, thresholdError)
        );
      }
      return results;
    }
    function pseudoInverse2(matrix2, threshold = Number.EPSILON) {
      matrix2 = Matrix3.checkMatrix(matrix2);
      if (matrix2.isEmpty()) {
        return matrix2.transpose();
      }
      let svdSolution = new SingularValueDecomposition3(matrix2, { autoTranspose: true });
      let U = svdSolution.leftSingularVectors;
      let V = svdSolution.rightSingularVectors;
      let s = svdSolution.diagonal;
      const cutoff = threshold * Math.max(matrix2.rows, matrix2.columns) * s[0];
      for (let i = 0; i < s.length; i++) {
        if (Math.abs(s[i]) > cutoff) {
          s[i] = 1 / s[i];
        } else {
          s[i] = 0;
        }
      }
      return V.mmul(Matrix3.diag(s).mmul(U.transpose()));
    }
    function covariance2(xMatrix, yMatrix = xMatrix, options = {}) {
      xMatrix = new Matrix3(xMatrix);
      let yIsSame = false;
      if (typeof yMatrix === "object" && !Matrix3.isMatrix(yMatrix) && !isAnyArray(yMatrix)) {
        options = yMatrix;
        yMatrix = xMatrix;
        yIsSame = true;
      } else {
        yMatrix = new Matrix3(yMatrix);
      }
      if (xMatrix.rows !== yMatrix.rows) {
        throw new TypeError("Both matrices must have the same number of rows");
      }
      const { center = true } = options;
      if (center) {
        xMatrix = xMatrix.center("column");
        if (!yIsSame) {
          yMatrix = yMatrix.center("column");
        }
      }
      const cov = xMatrix.transposeMultiply(yMatrix);
      for (let i = 0; i < cov.rows; i++) {
        for (let j = 0; j < cov.columns; j++) {
          cov.set(i, j, cov.get(i, j) * (1 / (xMatrix.rows - 1)));
        }
      }
      return cov;
    }
    function correlation2(xMatrix, yMatrix = xMatrix, options = {}) {
      xMatrix = new Matrix3(xMatrix);
      let yIsSame = false;
      if (typeof yMatrix === "object" && !Matrix3.isMatrix(yMatrix) && !isAnyArray(yMatrix)) {
        options = yMatrix;
        yMatrix = xMatrix;
        yIsSame = true;
      } else {
        yMatrix = new Matrix3(yMatrix);
      }
      if (xMatrix.rows !== yMatrix.rows) {
        throw new TypeError("Both matrices must have the same number of rows");
      }
      const { center = true, scale = true } = options;
      if (center) {
        xMatrix.center("column");
        if (!yIsSame) {
          yMatrix.center("column");
        }
      }
      if (scale) {
        xMatrix.scale("column");
        if (!yIsSame) {
          yMatrix.scale("column");
        }
      }
      const sdx = xMatrix.standardDeviation("column", { unbiased: true });
      const sdy = yIsSame ? sdx : yMatrix.standardDeviation("column", { unbiased: true });
      const corr = xMatrix.transposeMultiply(yMatrix);
      for (let i = 0; i < corr.rows; i++) {
        for (let j = 0; j < corr.columns; j++) {
          corr.set(
            i,
            j,
            corr.get(i, j) * (1 / (sdx[i] * sdy[j])) * (1 / (xMatrix.rows - 1))
          );
        }
      }
      return corr;
    }
    var EigenvalueDecomposition3 = class {
      constructor(matrix2, options = {}) {
        const { assumeSymmetric = false } = options;
        matrix2 = WrapperMatrix2D2.checkMatrix(matrix2);
        if (!matrix2.isSquare()) {
          throw new Error("Matrix is not a square matrix");
        }
        if (matrix2.isEmpty()) {
          throw new Error("Matrix must be non-empty");
        }
        let n = matrix2.columns;
        let V = new Matrix3(n, n);
        let d = new Float64Array(n);
        let e = new Float64Array(n);
        let value = matrix2;
        let i, j;
        let isSymmetric = false;
        if (assumeSymmetric) {
          isSymmetric = true;
        } else {
          isSymmetric = matrix2.isSymmetric();
        }
        if (isSymmetric) {
          for (i = 0; i < n; i++) {
            for (j = 0; j < n; j++) {
              V.set(j, i, value.get(i, j));
            }
          }
          tred2(n, e, d, V);
          tql2(n, e, d, V);
          transposeSquareInPlace(V);
        } else {
          let H = new Matrix3(n, n);
          let ort = new Float64Array(n);
          for (j = 0; j < n; j++) {
            for (i = 0; i < n; i++) {
              H.set(i, j, value.get(i, j));
            }
          }
          orthes(n, H, ort, V);
          hqr2(n, e, d, V, H);
        }
        this.n = n;
        this.e = e;
        this.d = d;
        this.V = V;
      }
      get realEigenvalues() {
        return Array.from(this.d);
      }
      get imaginaryEigenvalues() {
        return Array.from(this.e);
      }
      get eigenvectorMatrix() {
        return this.V;
      }
      get diagonalMatrix() {
        let n = this.n;
        let e = this.e;
        let d = this.d;
        let X = new Matrix3(n, n);
        let i, j;
        for (i = 0; i < n; i++) {
          for (j = 0; j < n; j++) {
            X.set(i, j, 0);
          }
          X.set(i, i, d[i]);
          if (e[i] > 0) {
            X.set(i, i + 1, e[i]);
          } else if (e[i] < 0) {
            X.set(i, i - 1, e[i]);
          }
        }
        return X;
      }
    };
    function tred2(n, e, d, V) {
      let f, g, h, i, j, k, hh, scale;
      for (j = 0; j < n; j++) {
        d[j] = V.get(j, n - 1);
      }
      for (i = n - 1; i > 0; i--) {
        scale = 0;
        h = 0;
        for (k = 0; k < i; k++) {
          scale = scale + Math.abs(d[k]);
        }
        if (scale === 0) {
          e[i] = d[i - 1];
          for (j = 0; j < i; j++) {
            d[j] = V.get(j, i - 1);
            V.set(j, i, 0);
            V.set(i, j, 0);
          }
        } else {
          for (k = 0; k < i; k++) {
            d[k] /= scale;
            h += d[k] * d[k];
          }
          f = d[i - 1];
          g = Math.sqrt(h);
          if (f > 0) {
            g = -g;
          }
          e[i] = scale * g;
          h = h - f * g;
          d[i - 1] = f - g;
          for (j = 0; j < i; j++) {
            e[j] = 0;
          }
          for (j = 0; j < i; j++) {
            f = d[j];
            V.set(i, j, f);
            g = e[j] + V.get(j, j) * f;
            for (k = j + 1; k <= i - 1; k++) {
              g += V.get(j, k) * d[k];
              e[k] += V.get(j, k) * f;
            }
            e[j] = g;
          }
          f = 0;
          for (j = 0; j < i; j++) {
            e[j] /= h;
            f += e[j] * d[j];
          }
          hh = f / (h + h);
          for (j = 0; j < i; j++) {
            e[j] -= hh * d[j];
          }
          for (j = 0; j < i; j++) {
            f = d[j];
            g = e[j];
            for (k = j; k <= i - 1; k++) {
              V.set(j, k, V.get(j, k) - (f * e[k] + g * d[k]));
            }
            d[j] = V.get(j, i - 1);
            V.set(j, i, 0);
          }
        }
        d[i] = h;
      }
      for (i = 0; i < n - 1; i++) {
        V.set(i, n - 1, V.get(i, i));
        V.set(i, i, 1);
        h = d[i + 1];
        if (h !== 0) {
          for (k = 0; k <= i; k++) {
            d[k] = V.get(i + 1, k) / h;
          }
          for (j = 0; j <= i; j++) {
            g = 0;
            for (k = 0; k <= i; k++) {
              g += V.get(i + 1, k) * V.get(j, k);
            }
            for (k = 0; k <= i; k++) {
              V.set(j, k, V.get(j, k) - g * d[k]);
            }
          }
        }
        for (k = 0; k <= i; k++) {
          V.set(i + 1, k, 0);
        }
      }
      for (j = 0; j < n; j++) {
        d[j] = V.get(j, n - 1);
        V.set(j, n - 1, 0);
      }
      V.set(n - 1, n - 1, 1);
      e[0] = 0;
    }
    function tql2(n, e, d, V) {
      let g, h, i, j, k, l, m, p, r, dl1, c, c2, c3, el1, s, s2;
      for (i = 1; i < n; i++) {
        e[i - 1] = e[i];
      }
      e[n - 1] = 0;
      let f = 0;
      let tst1 = 0;
      let eps = Number.EPSILON;
      for (l = 0; l < n; l++) {
        tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
        m = l;
        while (m < n) {
          if (Math.abs(e[m]) <= eps * tst1) {
            break;
          }
          m++;
        }
        if (m > l) {
          do {
            g = d[l];
            p = (d[l + 1] - g) / (2 * e[l]);
            r = hypotenuse(p, 1);
            if (p < 0) {
              r = -r;
            }
            d[l] = e[l] / (p + r);
            d[l + 1] = e[l] * (p + r);
            dl1 = d[l + 1];
            h = g - d[l];
            for (i = l + 2; i < n; i++) {
              d[i] -= h;
            }
            f = f + h;
            p = d[m];
            c = 1;
            c2 = c;
            c3 = c;
            el1 = e[l + 1];
            s = 0;
            s2 = 0;
            for (i = m - 1; i >= l; i--) {
              c3 = c2;
              c2 = c;
              s2 = s;
              g = c * e[i];
              h = c * p;
              r = hypotenuse(p, e[i]);
              e[i + 1] = s * r;
              s = e[i] / r;
              c = p / r;
              p = c * d[i] - s * g;
              d[i + 1] = h + s * (c * g + s * d[i]);
              for (k = 0; k < n; k++) {
                h = V.get(i + 1, k);
                V.set(i + 1, k, s * V.get(i, k) + c * h);
                V.set(i, k, c * V.get(i, k) - s * h);
              }
            }
            p = -s * s2 * c3 * el1 * e[l] / dl1;
            e[l] = s * p;
            d[l] = c * p;
          } while (Math.abs(e[l]) > eps * tst1);
        }
        d[l] = d[l] + f;
        e[l] = 0;
      }
      for (i = 0; i < n - 1; i++) {
        k = i;
        p = d[i];
        for (j = i + 1; j < n; j++) {
          if (d[j] < p) {
            k = j;
            p = d[j];
          }
        }
        if (k !== i) {
          d[k] = d[i];
          d[i] = p;
          for (j = 0; j < n; j++) {
            p = V.get(i, j);
            V.set(i, j, V.get(k, j));
            V.set(k, j, p);
          }
        }
      }
    }
    function orthes(n, H, ort, V) {
      let low = 0;
      let high = n - 1;
      let f, g, h, i, j, m;
      let scale;
      for (m = low + 1; m <= high - 1; m++) {
        scale = 0;
        for (i = m; i <= high; i++) {
          scale = scale + Math.abs(H.get(i, m - 1));
        }
        if (scale !== 0) {
          h = 0;
          for (i = high; i >= m; i--) {
            ort[i] = H.get(i, m - 1) / scale;
            h += ort[i] * ort[i];
          }
          g = Math.sqrt(h);
          if (ort[m] > 0) {
            g = -g;
          }
          h = h - ort[m] * g;
          ort[m] = ort[m] - g;
          for (j = m; j < n; j++) {
            f = 0;
            for (i = high; i >= m; i--) {
              f += ort[i] * H.get(i, j);
            }
            f = f / h;
            for (i = m; i <= high; i++) {
              H.set(i, j, H.get(i, j) - f * ort[i]);
            }
          }
          for (i = 0; i <= high; i++) {
            f = 0;
            for (j = high; j >= m; j--) {
              f += ort[j] * H.get(i, j);
            }
            f = f / h;
            for (j = m; j <= high; j++) {
              H.set(i, j, H.get(i, j) - f * ort[j]);
            }
          }
          ort[m] = scale * ort[m];
          H.set(m, m - 1, scale * g);
        }
      }
      for (i = 0; i < n; i++) {
        for (j = 0; j < n; j++) {
          V.set(i, j, i === j ? 1 : 0);
        }
      }
      for (m = high - 1; m >= low + 1; m--) {
        if (H.get(m, m - 1) !== 0) {
          for (i = m + 1; i <= high; i++) {
            ort[i] = H.get(i, m - 1);
          }
          for (j = m; j <= high; j++) {
            g = 0;
            for (i = m; i <= high; i++) {
              g += ort[i] * V.get(i, j);
            }
            g = g / ort[m] / H.get(m, m - 1);
            for (i = m; i <= high; i++) {
              V.set(i, j, V.get(i, j) + g * ort[i]);
            }
          }
        }
      }
    }
    function hqr2(nn, e, d, V, H) {
      let n = nn - 1;
      let low = 0;
      let high = nn - 1;
      let eps = Number.EPSILON;
      let exshift = 0;
      let norm = 0;
      let p = 0;
      let q = 0;
      let r = 0;
      let s = 0;
      let z = 0;
      let iter = 0;
      let i, j, k, l, m, t, w, x, y;
      let ra, sa, vr, vi;
      let notlast, cdivres;
      for (i = 0; i < nn; i++) {
        if (i < low || i > high) {
          d[i] = H.get(i, i);
          e[i] = 0;
        }
        for (j = Math.max(i - 1, 0); j < nn; j++) {
          norm = norm + Math.abs(H.get(i, j));
        }
      }
      while (n >= low) {
        l = n;
        while (l > low) {
          s = Math.abs(H.get(l - 1, l - 1)) + Math.abs(H.get(l, l));
          if (s === 0) {
            s = norm;
          }
          if (Math.abs(H.get(l, l - 1)) < eps * s) {
            break;
          }
          l--;
        }
        if (l === n) {
          H.set(n, n, H.get(n, n) + exshift);
          d[n] = H.get(n, n);
          e[n] = 0;
          n--;
          iter = 0;
        } else if (l === n - 1) {
          w = H.get(n, n - 1) * H.get(n - 1, n);
          p = (H.get(n - 1, n - 1) - H.get(n, n)) / 2;
          q = p * p + w;
          z = Math.sqrt(Math.abs(q));
          H.set(n, n, H.get(n, n) + exshift);
          H.set(n - 1, n - 1, H.get(n - 1, n - 1) + exshift);
          x = H.get(n, n);
          if (q >= 0) {
            z = p >= 0 ? p + z : p - z;
            d[n - 1] = x + z;
            d[n] = d[n - 1];
            if (z !== 0) {
              d[n] = x - w / z;
            }
            e[n - 1] = 0;
            e[n] = 0;
            x = H.get(n, n - 1);
            s = Math.abs(x) + Math.abs(z);
            p = x / s;
            q = z / s;
            r = Math.sqrt(p * p + q * q);
            p = p / r;
            q = q / r;
            for (j = n - 1; j < nn; j++) {
              z = H.get(n - 1, j);
              H.set(n - 1, j, q * z + p * H.get(n, j));
              H.set(n, j, q * H.get(n, j) - p * z);
            }
            for (i = 0; i <= n; i++) {
              z = H.get(i, n - 1);
              H.set(i, n - 1, q * z + p * H.get(i, n));
              H.set(i, n, q * H.get(i, n) - p * z);
            }
            for (i = low; i <= high; i++) {
              z = V.get(i, n - 1);
              V.set(i, n - 1, q * z + p * V.get(i, n));
              V.set(i, n, q * V.get(i, n) - p * z);
            }
          } else {
            d[n - 1] = x + p;
            d[n] = x + p;
            e[n - 1] = z;
            e[n] = -z;
          }
          n = n - 2;
          iter = 0;
        } else {
          x = H.get(n, n);
          y = 0;
          w = 0;
          if (l < n) {
            y = H.get(n - 1, n - 1);
            w = H.get(n, n - 1) * H.get(n - 1, n);
          }
          if (iter === 10) {
            exshift += x;
            for (i = low; i <= n; i++) {
              H.set(i, i, H.get(i, i) - x);
            }
            s = Math.abs(H.get(n, n - 1)) + Math.abs(H.get(n - 1, n - 2));
            x = y = 0.75 * s;
            w = -0.4375 * s * s;
          }
          if (iter === 30) {
            s = (y - x) / 2;
            s = s * s + w;
            if (s > 0) {
              s = Math.sqrt(s);
              if (y < x) {
                s = -s;
              }
              s = x - w / ((y - x) / 2 + s);
              for (i = low; i <= n; i++) {
                H.set(i, i, H.get(i, i) - s);
              }
              exshift += s;
              x = y = w = 0.964;
            }
          }
          iter = iter + 1;
          m = n - 2;
          while (m >= l) {
            z = H.get(m, m);
            r = x - z;
            s = y - z;
            p = (r * s - w) / H.get(m + 1, m) + H.get(m, m + 1);
            q = H.get(m + 1, m + 1) - z - r - s;
            r = H.get(m + 2, m + 1);
            s = Math.abs(p) + Math.abs(q) + Math.abs(r);
            p = p / s;
            q = q / s;
            r = r / s;
            if (m === l) {
              break;
            }
            if (Math.abs(H.get(m, m - 1)) * (Math.abs(q) + Math.abs(r)) < eps * (Math.abs(p) * (Math.abs(H.get(m - 1, m - 1)) + Math.abs(z) + Math.abs(H.get(m + 1, m + 1))))) {
              break;
            }
            m--;
          }
          for (i = m + 2; i <= n; i++) {
            H.set(i, i - 2, 0);
            if (i > m + 2) {
              H.set(i, i - 3, 0);
            }
          }
          for (k = m; k <= n - 1; k++) {
            notlast = k !== n - 1;
            if (k !== m) {
              p = H.get(k, k - 1);
              q = H.get(k + 1, k - 1);
              r = notlast ? H.get(k + 2, k - 1) : 0;
              x = Math.abs(p) + Math.abs(q) + Math.abs(r);
              if (x !== 0) {
                p = p / x;
                q = q / x;
                r = r / x;
              }
            }
            if (x === 0) {
              break;
            }
            s = Math.sqrt(p * p + q * q + r * r);
            if (p < 0) {
              s = -s;
            }
            if (s !== 0) {
              if (k !== m) {
                H.set(k, k - 1, -s * x);
              } else if (l !== m) {
                H.set(k, k - 1, -H.get(k, k - 1));
              }
              p = p + s;
              x = p / s;
              y = q / s;
              z = r / s;
              q = q / p;
              r = r / p;
              for (j = k; j < nn; j++) {
                p = H.get(k, j) + q * H.get(k + 1, j);
                if (notlast) {
                  p = p + r * H.get(k + 2, j);
                  H.set(k + 2, j, H.get(k + 2, j) - p * z);
                }
                H.set(k, j, H.get(k, j) - p * x);
                H.set(k + 1, j, H.get(k + 1, j) - p * y);
              }
              for (i = 0; i <= Math.min(n, k + 3); i++) {
                p = x * H.get(i, k) + y * H.get(i, k + 1);
                if (notlast) {
                  p = p + z * H.get(i, k + 2);
                  H.set(i, k + 2, H.get(i, k + 2) - p * r);
                }
                H.set(i, k, H.get(i, k) - p);
                H.set(i, k + 1, H.get(i, k + 1) - p * q);
              }
              for (i = low; i <= high; i++) {
                p = x * V.get(i, k) + y * V.get(i, k + 1);
                if (notlast) {
                  p = p + z * V.get(i, k + 2);
                  V.set(i, k + 2, V.get(i, k + 2) - p * r);
                }
                V.set(i, k, V.get(i, k) - p);
                V.set(i, k + 1, V.get(i, k + 1) - p * q);
              }
            }
          }
        }
      }
      if (norm === 0) {
        return;
      }
      for (n = nn - 1; n >= 0; n--) {
        p = d[n];
        q = e[n];
        if (q === 0) {
          l = n;
          H.set(n, n, 1);
          for (i = n - 1; i >= 0; i--) {
            w = H.get(i, i) - p;
            r = 0;
            for (j = l; j <= n; j++) {
              r = r + H.get(i, j) * H.get(j, n);
            }
            if (e[i] < 0) {
              z = w;
              s = r;
            } else {
              l = i;
              if (e[i] === 0) {
                H.set(i, n, w !== 0 ? -r / w : -r / (eps * norm));
              } else {
                x = H.get(i, i + 1);
                y = H.get(i + 1, i);
                q = (d[i] - p) * (d[i] - p) + e[i] * e[i];
                t = (x * s - z * r) / q;
                H.set(i, n, t);
                H.set(
                  i + 1,
                  n,
                  Math.abs(x) > Math.abs(z) ? (-r - w * t) / x : (-s - y * t) / z
                );
              }
              t = Math.abs(H.get(i, n));
              if (eps * t * t > 1) {
                for (j = i; j <= n; j++) {
                  H.set(j, n, H.get(j, n) / t);
                }
              }
            }
          }
        } else if (q < 0) {
          l = n - 1;
          if (Math.abs(H.get(n, n - 1)) > Math.abs(H.get(n - 1, n))) {
            H.set(n - 1, n - 1, q / H.get(n, n - 1));
            H.set(n - 1, n, -(H.get(n, n) - p) / H.get(n, n - 1));
          } else {
            cdivres = cdiv(0, -H.get(n - 1, n), H.get(n - 1, n - 1) - p, q);
            H.set(n - 1, n - 1, cdivres[0]);
            H.set(n - 1, n, cdivres[1]);
          }
          H.set(n, n - 1, 0);
          H.set(n, n, 1);
          for (i = n - 2; i >= 0; i--) {
            ra = 0;
            sa = 0;
            for (j = l; j <= n; j++) {
              ra = ra + H.get(i, j) * H.get(j, n - 1);
              sa = sa + H.get(i, j) * H.get(j, n);
            }
            w = H.get(i, i) - p;
            if (e[i] < 0) {
              z = w;
              r = ra;
              s = sa;
            } else {
              l = i;
              if (e[i] === 0) {
                cdivres = cdiv(-ra, -sa, w, q);
                H.set(i, n - 1, cdivres[0]);
                H.set(i, n, cdivres[1]);
              } else {
                x = H.get(i, i + 1);
                y = H.get(i + 1, i);
                vr = (d[i] - p) * (d[i] - p) + e[i] * e[i] - q * q;
                vi = (d[i] - p) * 2 * q;
                if (vr === 0 && vi === 0) {
                  vr = eps * norm * (Math.abs(w) + Math.abs(q) + Math.abs(x) + Math.abs(y) + Math.abs(z));
                }
                cdivres = cdiv(
                  x * r - z * ra + q * sa,
                  x * s - z * sa - q * ra,
                  vr,
                  vi
                );
                H.set(i, n - 1, cdivres[0]);
                H.set(i, n, cdivres[1]);
                if (Math.abs(x) > Math.abs(z) + Math.abs(q)) {
                  H.set(
                    i + 1,
                    n - 1,
                    (-ra - w * H.get(i, n - 1) + q * H.get(i, n)) / x
                  );
                  H.set(
                    i + 1,
                    n,
                    (-sa - w * H.get(i, n) - q * H.get(i, n - 1)) / x
                  );
                } else {
                  cdivres = cdiv(
                    -r - y * H.get(i, n - 1),
                    -s - y * H.get(i, n),
                    z,
                    q
                  );
                  H.set(i + 1, n - 1, cdivres[0]);
                  H.set(i + 1, n, cdivres[1]);
                }
              }
              t = Math.max(Math.abs(H.get(i, n - 1)), Math.abs(H.get(i, n)));
              if (eps * t * t > 1) {
                for (j = i; j <= n; j++) {
                  H.set(j, n - 1, H.get(j, n - 1) / t);
                  H.set(j, n, H.get(j, n) / t);
                }
              }
            }
          }
        }
      }
      for (i = 0; i < nn; i++) {
        if (i < low || i > high) {
          for (j = i; j < nn; j++) {
            V.set(i, j, H.get(i, j));
          }
        }
      }
      for (j = nn - 1; j >= low; j--) {
        for (i = low; i <= high; i++) {
          z = 0;
          for (k = low; k <= Math.min(j, high); k++) {
            z = z + V.get(i, k) * H.get(k, j);
          }
          V.set(i, j, z);
        }
      }
    }
    function cdiv(xr, xi, yr, yi) {
      let r, d;
      if (Math.abs(yr) > Math.abs(yi)) {
        r = yi / yr;
        d = yr + r * yi;
        return [(xr + r * xi) / d, (xi - r * xr) / d];
      } else {
        r = yr / yi;
        d = yi + r * yr;
        return [(r * xr + xi) / d, (r * xi - xr) / d];
      }
    }
    var CholeskyDecomposition3 = class {
      constructor(value) {
        value = WrapperMatrix2D2.checkMatrix(value);
        if (!value.isSymmetric()) {
          throw new Error("Matrix is not symmetric");
        }
        let a = value;
        let dimension = a.rows;
        let l = new Matrix3(dimension, dimension);
        let positiveDefinite = true;
        let i, j, k;
        for (j = 0; j < dimension; j++) {
          let d = 0;
          for (k = 0; k < j; k++) {
            let s = 0;
            for (i = 0; i < k; i++) {
              s += l.get(k, i) * l.get(j, i);
            }
            s = (a.get(j, k) - s) / l.get(k, k);
            l.set(j, k, s);
            d = d + s * s;
          }
          d = a.get(j, j) - d;
          positiveDefinite &&= d > 0;
          l.set(j, j, Math.sqrt(Math.max(d, 0)));
          for (k = j + 1; k < dimension; k++) {
            l.set(j, k, 0);
          }
        }
        this.L = l;
        this.positiveDefinite = positiveDefinite;
      }
      isPositiveDefinite() {
        return this.positiveDefinite;
      }
      solve(value) {
        value = WrapperMatrix2D2.checkMatrix(value);
        let l = this.L;
        let dimension = l.rows;
        if (value.rows !== dimension) {
          throw new Error("Matrix dimensions do not match");
        }
        if (this.isPositiveDefinite() === false) {
          throw new Error("Matrix is not positive definite");
        }
        let count = value.columns;
        let B = value.clone();
        let i, j, k;
        for (k = 0; k < dimension; k++) {
          for (j = 0; j < count; j++) {
            for (i = 0; i < k; i++) {
              B.set(k, j, B.get(k, j) - B.get(i, j) * l.get(k, i));
            }
            B.set(k, j, B.get(k, j) / l.get(k, k));
          }
        }
        for (k = dimension - 1; k >= 0; k--) {
          for (j = 0; j < count; j++) {
            for (i = k + 1; i < dimension; i++) {
              B.set(k, j, B.get(k, j) - B.get(i, j) * l.get(i, k));
            }
            B.set(k, j, B.get(k, j) / l.get(k, k));
          }
        }
        return B;
      }
      get lowerTriangularMatrix() {
        return this.L;
      }
    };
    var nipals = class {
      constructor(X, options = {}) {
        X = WrapperMatrix2D2.checkMatrix(X);
        let { Y } = options;
        const {
          scaleScores = false,
          maxIterations = 1e3,
          terminationCriteria = 1e-10
        } = options;
        let u;
        if (Y) {
          if (isAnyArray(Y) && typeof Y[0] === "number") {
            Y = Matrix3.columnVector(Y);
          } else {
            Y = WrapperMatrix2D2.checkMatrix(Y);
          }
          if (Y.rows !== X.rows) {
            throw new Error("Y should have the same number of rows as X");
          }
          u = Y.getColumnVector(0);
        } else {
          u = X.getColumnVector(0);
        }
        let diff = 1;
        let t, q, w, tOld;
        for (let counter = 0; counter < maxIterations && diff > terminationCriteria; counter++) {
          w = X.transpose().mmul(u).div(u.transpose().mmul(u).get(0, 0));
          w = w.div(w.norm());
          t = X.mmul(w).div(w.transpose().mmul(w).get(0, 0));
          if (counter > 0) {
            diff = t.clone().sub(tOld).pow(2).sum();
          }
          tOld = t.clone();
          if (Y) {
            q = Y.transpose().mmul(t).div(t.transpose().mmul(t).get(0, 0));
            q = q.div(q.norm());
            u = Y.mmul(q).div(q.transpose().mmul(q).get(0, 0));
          } else {
            u = t;
          }
        }
        if (Y) {
          let p = X.transpose().mmul(t).div(t.transpose().mmul(t).get(0, 0));
          p = p.div(p.norm());
          let xResidual = X.clone().sub(t.clone().mmul(p.transpose()));
          let residual = u.transpose().mmul(t).div(t.transpose().mmul(t).get(0, 0));
          let yResidual = Y.clone().sub(
            t.clone().mulS(residual.get(0, 0)).mmul(q.transpose())
          );
          this.t = t;
          this.p = p.transpose();
          this.w = w.transpose();
          this.q = q;
          this.u = u;
          this.s = t.transpose().mmul(t);
          this.xResidual = xResidual;
          this.yResidual = yResidual;
          this.betas = residual;
        } else {
          this.w = w.transpose();
          this.s = t.transpose().mmul(t).sqrt();
          if (scaleScores) {
            this.t = t.clone().div(this.s.get(0, 0));
          } else {
            this.t = t;
          }
          this.xResidual = X.sub(t.mmul(w.transpose()));
        }
      }
    };
    exports.AbstractMatrix = AbstractMatrix2;
    exports.CHO = CholeskyDecomposition3;
    exports.CholeskyDecomposition = CholeskyDecomposition3;
    exports.DistanceMatrix = DistanceMatrix2;
    exports.EVD = EigenvalueDecomposition3;
    exports.EigenvalueDecomposition = EigenvalueDecomposition3;
    exports.LU = LuDecomposition3;
    exports.LuDecomposition = LuDecomposition3;
    exports.Matrix = Matrix3;
    exports.MatrixColumnSelectionView = MatrixColumnSelectionView2;
    exports.MatrixColumnView = MatrixColumnView2;
    exports.MatrixFlipColumnView = MatrixFlipColumnView2;
    exports.MatrixFlipRowView = MatrixFlipRowView2;
    exports.MatrixRowSelectionView = MatrixRowSelectionView2;
    exports.MatrixRowView = MatrixRowView2;
    exports.MatrixSelectionView = MatrixSelectionView2;
    exports.MatrixSubView = MatrixSubView2;
    exports.MatrixTransposeView = MatrixTransposeView2;
    exports.NIPALS = nipals;
    exports.Nipals = nipals;
    exports.QR = QrDecomposition3;
    exports.QrDecomposition = QrDecomposition3;
    exports.SVD = SingularValueDecomposition3;
    exports.SingularValueDecomposition = SingularValueDecomposition3;
    exports.SymmetricMatrix = SymmetricMatrix2;
    exports.WrapperMatrix1D = WrapperMatrix1D2;
    exports.WrapperMatrix2D = WrapperMatrix2D2;
    exports.correlation = correlation2;
    exports.covariance = covariance2;
    exports.default = Matrix3;
    exports.determinant = determinant2;
    exports.inverse = inverse2;
    exports.linearDependencies = linearDependencies2;
    exports.pseudoInverse = pseudoInverse2;
    exports.solve = solve3;
    exports.wrap = wrap2;
  }
});

// bench/harness.ts
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
function quantileSorted(s, q) {
  const h = (s.length - 1) * q;
  const lo = Math.floor(h);
  return s[lo] + (h - lo) * ((s[Math.min(lo + 1, s.length - 1)] ?? s[lo]) - s[lo]);
}
function summarize(name, times) {
  const s = [...times].sort((a, b) => a - b);
  return {
    name,
    median: quantileSorted(s, 0.5),
    min: s[0],
    max: s[s.length - 1],
    iqr: quantileSorted(s, 0.75) - quantileSorted(s, 0.25),
    reps: s.length
  };
}
async function time(name, fn, { reps = 7, warmup = 1 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return summarize(name, times);
}
var pythonOk;
function hasPythonAnchor() {
  if (pythonOk === void 0) {
    const r = spawnSync("python3", ["-c", "import numpy, scipy"], { encoding: "utf8" });
    pythonOk = r.status === 0;
  }
  return pythonOk;
}
function runPython(script, inputs = {}) {
  const dir = mkdtempSync(join(tmpdir(), "quire-bench-"));
  try {
    const paths = {};
    for (const [k, v] of Object.entries(inputs)) {
      paths[k] = join(dir, `${k}.f64`);
      writeFileSync(paths[k], Buffer.from(v.buffer, v.byteOffset, v.byteLength));
    }
    const prelude = `import json
INPUTS = json.loads(${JSON.stringify(JSON.stringify(paths))})
`;
    const env = { ...process.env, OPENBLAS_NUM_THREADS: "1", OMP_NUM_THREADS: "1", MKL_NUM_THREADS: "1" };
    const r = spawnSync("python3", ["-c", prelude + script], { encoding: "utf8", env, maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`python anchor failed: ${r.stderr}`);
    const lines = r.stdout.trim().split("\n");
    return JSON.parse(lines[lines.length - 1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
function report(t, anchor) {
  const base = `${t.name.padEnd(48)} median ${t.median.toFixed(2).padStart(10)} ms  (IQR ${t.iqr.toFixed(2)}, min ${t.min.toFixed(2)}, max ${t.max.toFixed(2)}, n=${t.reps})`;
  if (!anchor) {
    console.log(base);
    return;
  }
  const a = summarize(anchor.name, anchor.times_ms);
  console.log(
    `${base}
${"".padEnd(2)}${`vs ${anchor.name}`.padEnd(46)} median ${a.median.toFixed(2).padStart(10)} ms  \u2192 ratio quire/anchor = ${(t.median / a.median).toFixed(2)}\xD7`
  );
}

// src/core/errors.ts
var QuireError = class extends Error {
  name = "QuireError";
  constructor(message) {
    super(message);
  }
};

// src/core/rng.ts
var import_random_base_mt19937 = __toESM(require_lib122(), 1);

// src/core/validate.ts
function fail(fn, msg) {
  throw new QuireError(`${fn}: ${msg}`);
}
function assertInteger(fn, name, x, lo = -Infinity, hi = Infinity) {
  if (typeof x !== "number" || !Number.isInteger(x) || !(x >= lo && x <= hi)) {
    const range = hi === Infinity ? lo === -Infinity ? "" : ` \u2265 ${lo}` : ` in [${lo}, ${hi}]`;
    fail(fn, `${name} must be an integer${range}, got ${String(x)}`);
  }
}
function assertOneOf(fn, name, x, values) {
  if (typeof x !== "string" || !values.includes(x)) {
    fail(fn, `${name} must be one of ${values.map((v) => `'${v}'`).join(", ")}, got ${JSON.stringify(x)}`);
  }
}
function assertFiniteArray(fn, name, a, { minLength = 1 } = {}) {
  if (a === null || typeof a !== "object" || typeof a.length !== "number") {
    fail(fn, `${name} must be an array of numbers`);
  }
  const arr = a;
  if (arr.length < minLength) {
    fail(fn, minLength === 1 ? `${name} must not be empty` : `${name} must have at least ${minLength} elements, got ${arr.length}`);
  }
  for (let i = 0; i < arr.length; i++) {
    const v = arr[i];
    if (typeof v !== "number" || !Number.isFinite(v)) fail(fn, `${name}[${i}] must be a finite number, got ${String(v)}`);
  }
}
function assertSameLength(fn, nameA, lenA, nameB, lenB) {
  if (lenA !== lenB) fail(fn, `${nameA} has length ${lenA}, expected ${lenB} (the length of ${nameB})`);
}

// src/core/rng.ts
function mix32(x) {
  x = Math.imul(x ^ x >>> 16, 2246822507);
  x = Math.imul(x ^ x >>> 13, 3266489909);
  return (x ^ x >>> 16) >>> 0;
}
function checkSeed(fn, seed) {
  assertInteger(fn, "seed", seed, 0, Number.MAX_SAFE_INTEGER);
}
function foldSeed(seed) {
  const lo = seed >>> 0;
  const hi = Math.floor(seed / 4294967296) >>> 0;
  const s = mix32(lo ^ mix32(hi + 2654435769));
  return s === 0 ? 1831565813 : s;
}
function splitSeeds(seed, k) {
  checkSeed("splitSeeds", seed);
  assertInteger("splitSeeds", "k", k, 0);
  const base = foldSeed(seed);
  const out = [];
  for (let i = 0; i < k; i++) out.push(mix32(base ^ mix32(i + 1 + 1663821227)));
  return out;
}
var Rng = class _Rng {
  seed;
  next;
  spare = NaN;
  constructor(seed) {
    checkSeed("Rng", seed);
    this.seed = seed;
    this.next = import_random_base_mt19937.default.factory({ seed: foldSeed(seed) });
  }
  /** Uniform on [0, 1). */
  uniform() {
    return this.next.normalized();
  }
  /** Uniform on [a, b). */
  uniformIn(a, b) {
    return a + (b - a) * this.next.normalized();
  }
  /** Normal(mean, sd), by the Box–Muller transform (the pair's second value is kept). */
  normal(mean = 0, sd = 1) {
    let z;
    if (!Number.isNaN(this.spare)) {
      z = this.spare;
      this.spare = NaN;
    } else {
      const u1 = 1 - this.next.normalized();
      const u2 = this.next.normalized();
      const r = Math.sqrt(-2 * Math.log(u1));
      z = r * Math.cos(2 * Math.PI * u2);
      this.spare = r * Math.sin(2 * Math.PI * u2);
    }
    return mean + sd * z;
  }
  /** Uniform integer in [0, n), without modulo bias. */
  int(n) {
    if (n <= 0) throw new RangeError("Rng.int: n must be positive");
    if (n <= 4294967296) {
      const limit = 4294967296 - 4294967296 % n;
      let x;
      do
        x = this.next() >>> 0;
      while (x >= limit);
      return x % n;
    }
    return Math.floor(this.uniform() * n);
  }
  /** Fill with standard normals (or Normal(mean, sd)). */
  fillNormal(out, mean = 0, sd = 1) {
    for (let i = 0; i < out.length; i++) out[i] = this.normal(mean, sd);
    return out;
  }
  /** Fill with uniforms on [a, b). */
  fillUniform(out, a = 0, b = 1) {
    for (let i = 0; i < out.length; i++) out[i] = a + (b - a) * this.next.normalized();
    return out;
  }
  shuffle(a) {
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }
  /** A random permutation of 0..n-1. */
  permutation(n) {
    const p = new Int32Array(n);
    for (let i = 0; i < n; i++) p[i] = i;
    return this.shuffle(p);
  }
  /**
   * k indices from 0..n-1, with or without replacement.
   * @throws RangeError if k > n without replacement (callers validate user input)
   */
  choice(n, k, { replace = false } = {}) {
    const out = new Int32Array(k);
    if (replace) {
      for (let i = 0; i < k; i++) out[i] = this.int(n);
      return out;
    }
    if (k > n) throw new RangeError(`Rng.choice: k=${k} > n=${n} without replacement`);
    const p = this.permutation(n);
    out.set(p.subarray(0, k));
    return out;
  }
  /** k independent child generators (seeded by splitSeeds of this generator's seed). */
  split(k) {
    return splitSeeds(this.seed, k).map((s) => new _Rng(s));
  }
};

// src/core/schema.ts
function parseOptions(fn, schema, input) {
  const src = input ?? {};
  for (const key of Object.keys(src)) {
    if (!(key in schema) && src[key] !== void 0) {
      throw new QuireError(`${fn}: unknown option '${key}' (expected one of ${Object.keys(schema).join(", ")})`);
    }
  }
  const out = {};
  for (const [key, p] of Object.entries(schema)) {
    const v = src[key] === void 0 ? p.default : src[key];
    if (v === void 0) throw new QuireError(`${fn}: option '${key}' is required (${p.description})`);
    out[key] = checkParam(fn, key, p, v);
  }
  return out;
}
function checkParam(fn, key, p, v) {
  switch (p.type) {
    case "number":
    case "integer": {
      if (typeof v !== "number" || !Number.isFinite(v)) throw new QuireError(`${fn}: ${key} must be a finite number, got ${String(v)}`);
      if (p.type === "integer" && !Number.isInteger(v)) throw new QuireError(`${fn}: ${key} must be an integer, got ${v}`);
      const lo = p.min ?? -Infinity;
      const hi = p.max ?? Infinity;
      const excl = p.type === "number" && p.exclusive === true;
      const ok = excl ? v > lo && v < hi : v >= lo && v <= hi;
      if (!ok) {
        const l = excl ? "(" : "[";
        const r = excl ? ")" : "]";
        throw new QuireError(`${fn}: ${key} must be in ${l}${lo}, ${hi}${r}, got ${v}`);
      }
      return v;
    }
    case "enum":
      if (typeof v !== "string" || !p.values.includes(v)) {
        throw new QuireError(`${fn}: ${key} must be one of ${p.values.map((x) => `'${x}'`).join(", ")}, got ${JSON.stringify(v)}`);
      }
      return v;
    case "boolean":
      if (typeof v !== "boolean") throw new QuireError(`${fn}: ${key} must be true or false, got ${String(v)}`);
      return v;
    case "string":
      if (typeof v !== "string") throw new QuireError(`${fn}: ${key} must be a string, got ${String(v)}`);
      return v;
  }
}
function defineSchema(schema) {
  return schema;
}

// src/newton/model.ts
var modelSchema = defineSchema({
  width: { type: "integer", min: 1, max: 1e7, default: 1e3, description: "number of hidden neurons N" },
  beta: { type: "number", min: 0.5, max: 1, default: 0.52, description: "output scaling exponent \u03B2 in N^{-\u03B2} (paper: 0.52)" },
  freezeFirstLayer: { type: "boolean", default: false, description: "train only the output weights c (random-feature mode)" },
  seed: { type: "integer", min: 0, max: 4294967295, default: 0, description: "initialisation seed" }
});
function initParams(width, seed) {
  assertInteger("initParams", "width", width, 1);
  const rng = new Rng(seed);
  const theta = new Float64Array(3 * width);
  rng.fillNormal(theta.subarray(0, 2 * width));
  rng.fillUniform(theta.subarray(2 * width), -1, 1);
  return theta;
}
var TanhRegression = class {
  x;
  y;
  /** M, the number of data points */
  points;
  /** N, the width */
  width;
  beta;
  /** N^{-β} */
  scale;
  freezeFirstLayer;
  /** all parameters [w | η | c] */
  theta;
  /** number of trainable parameters P (3N, or N when the first layer is frozen) */
  nParams;
  /** tanh(w_i x_m + η_i), row-major M×N (valid after evaluate) */
  T;
  /** 1 − tanh², row-major M×N (valid after evaluate) */
  D;
  /** network outputs f(x_m) (valid after evaluate) */
  f;
  /** residuals r_m = f(x_m) − y_m (valid after evaluate) */
  r;
  /** loss at the last evaluate */
  loss = NaN;
  offset;
  /**
   * @param x - inputs (finite, non-empty)
   * @param y - targets (finite, same length as x)
   * @param options - width N ≥ 1, beta β ∈ [0.5, 1], freezeFirstLayer, seed; or pass `theta` (length 3N) to set parameters
   * @throws QuireError on empty, non-finite or mismatched data, or bad options
   */
  constructor(x, y, options = {}, theta) {
    const fn = "TanhRegression";
    assertFiniteArray(fn, "x", x);
    assertFiniteArray(fn, "y", y);
    assertSameLength(fn, "y", y.length, "x", x.length);
    const o = parseOptions(fn, modelSchema, options);
    this.x = Float64Array.from(x);
    this.y = Float64Array.from(y);
    this.points = x.length;
    this.width = o.width;
    this.beta = o.beta;
    this.scale = Math.pow(o.width, -o.beta);
    this.freezeFirstLayer = o.freezeFirstLayer;
    if (theta !== void 0) {
      assertFiniteArray(fn, "theta", theta);
      if (theta.length !== 3 * o.width)
        throw new QuireError(`${fn}: theta has length ${theta.length}, expected ${3 * o.width} (3 \xD7 width)`);
      this.theta = Float64Array.from(theta);
    } else {
      this.theta = initParams(o.width, o.seed);
    }
    this.offset = o.freezeFirstLayer ? 2 * o.width : 0;
    this.nParams = 3 * o.width - this.offset;
    const mn = this.points * this.width;
    this.T = new Float64Array(mn);
    this.D = new Float64Array(mn);
    this.f = new Float64Array(this.points);
    this.r = new Float64Array(this.points);
  }
  /** The trainable parameters, a live view into `theta` (length P). */
  params() {
    return this.theta.subarray(this.offset);
  }
  /** Recompute activations, outputs, residuals and the loss at the current θ. */
  evaluate() {
    const { points: M2, width: N2, theta, x, T, D, f, r, y, scale } = this;
    let s2 = 0;
    for (let m = 0; m < M2; m++) {
      const xm = x[m];
      const row = m * N2;
      let acc = 0;
      for (let i = 0; i < N2; i++) {
        const t = Math.tanh(theta[i] * xm + theta[N2 + i]);
        T[row + i] = t;
        D[row + i] = 1 - t * t;
        acc += theta[2 * N2 + i] * t;
      }
      f[m] = scale * acc;
      const res = f[m] - y[m];
      r[m] = res;
      s2 += res * res;
    }
    this.loss = s2 / (2 * M2);
    return this.loss;
  }
  /**
   * The loss at trainable parameters p (length P) without touching θ or the cache.
   */
  lossAt(p) {
    const { points: M2, width: N2, theta, x, y, scale, offset } = this;
    const wOff = offset === 0 ? p : theta;
    const cOff = offset === 0 ? 2 * N2 : 0;
    let s2 = 0;
    for (let m = 0; m < M2; m++) {
      const xm = x[m];
      let acc = 0;
      for (let i = 0; i < N2; i++) acc += p[cOff + i] * Math.tanh(wOff[i] * xm + wOff[N2 + i]);
      const res = scale * acc - y[m];
      s2 += res * res;
    }
    return s2 / (2 * M2);
  }
  /** Network outputs at arbitrary inputs (current θ). */
  predict(xs) {
    assertFiniteArray("TanhRegression.predict", "xs", xs);
    const { width: N2, theta, scale } = this;
    const out = new Float64Array(xs.length);
    for (let m = 0; m < xs.length; m++) {
      let acc = 0;
      for (let i = 0; i < N2; i++) acc += theta[2 * N2 + i] * Math.tanh(theta[i] * xs[m] + theta[N2 + i]);
      out[m] = scale * acc;
    }
    return out;
  }
  /**
   * Jᵀu for u ∈ R^M, J = ∂f/∂θ (M×P): (Jᵀu)_c_i = s Σ_m u_m t_mi, (Jᵀu)_w_i = s c_i Σ_m u_m d_mi x_m,
   * (Jᵀu)_η_i = s c_i Σ_m u_m d_mi, with s = N^{-β}, t = tanh, d = 1 − t².
   */
  vjp(u, out = new Float64Array(this.nParams)) {
    const { points: M2, width: N2, T, D, x, theta, scale, offset } = this;
    out.fill(0);
    const cBase = offset === 0 ? 2 * N2 : 0;
    for (let m = 0; m < M2; m++) {
      const um = u[m];
      const row = m * N2;
      for (let i = 0; i < N2; i++) out[cBase + i] += um * T[row + i];
      if (offset === 0) {
        const ux = um * x[m];
        for (let i = 0; i < N2; i++) {
          const d = D[row + i];
          out[i] += ux * d;
          out[N2 + i] += um * d;
        }
      }
    }
    for (let i = 0; i < cBase + N2; i++) out[i] *= scale;
    if (offset === 0) {
      for (let i = 0; i < N2; i++) {
        const c = theta[2 * N2 + i];
        out[i] *= c;
        out[N2 + i] *= c;
      }
    }
    return out;
  }
  /** Jv for v ∈ R^P: (Jv)_m = s Σ_i [v_c_i t_mi + c_i d_mi (x_m v_w_i + v_η_i)]. */
  jvp(v, out = new Float64Array(this.points)) {
    const { points: M2, width: N2, T, D, x, theta, scale, offset } = this;
    const cBase = offset === 0 ? 2 * N2 : 0;
    for (let m = 0; m < M2; m++) {
      const row = m * N2;
      const xm = x[m];
      let acc = 0;
      for (let i = 0; i < N2; i++) acc += v[cBase + i] * T[row + i];
      if (offset === 0) {
        for (let i = 0; i < N2; i++) acc += theta[2 * N2 + i] * D[row + i] * (xm * v[i] + v[N2 + i]);
      }
      out[m] = scale * acc;
    }
    return out;
  }
  /** ∇L = Jᵀr / M (length P). */
  gradient(out = new Float64Array(this.nParams)) {
    this.vjp(this.r, out);
    const inv = 1 / this.points;
    for (let i = 0; i < out.length; i++) out[i] *= inv;
    return out;
  }
  /**
   * Exact Hessian–vector product Hv = (1/M)[Jᵀ(Jv) + Σ_m r_m ∇²f(x_m) v]. Per neuron, with
   * q = x v_w + v_η, d' = −2 t d:  (∇²f v)_c = s d q,  (∇²f v)_w = s x (d v_c + c d' q),
   * (∇²f v)_η = s (d v_c + c d' q). With the first layer frozen, H = JᵀJ/M.
   * @param v - direction, length P
   * @param out - output buffer, length P
   * @param work - scratch of length M (optional)
   */
  hvp(v, out = new Float64Array(this.nParams), work = new Float64Array(this.points)) {
    const { points: M2, width: N2, T, D, x, theta, scale, offset, r } = this;
    const a = this.jvp(v, work);
    out.fill(0);
    if (offset !== 0) {
      for (let m = 0; m < M2; m++) {
        const am = a[m];
        const row = m * N2;
        for (let i = 0; i < N2; i++) out[i] += am * T[row + i];
      }
    } else {
      for (let m = 0; m < M2; m++) {
        const am = a[m];
        const bm = r[m];
        const xm = x[m];
        const row = m * N2;
        for (let i = 0; i < N2; i++) {
          const t = T[row + i];
          const d = D[row + i];
          const c = theta[2 * N2 + i];
          const vw = v[i];
          const ve = v[N2 + i];
          const vc = v[2 * N2 + i];
          const q = xm * vw + ve;
          const e = am * c * d + bm * (d * vc - 2 * t * d * c * q);
          out[i] += xm * e;
          out[N2 + i] += e;
          out[2 * N2 + i] += am * t + bm * d * q;
        }
      }
    }
    const k = scale / M2;
    for (let i = 0; i < out.length; i++) out[i] *= k;
    return out;
  }
  /** The Jacobian J = ∂f(x_m)/∂θ_j, row-major M×P. */
  jacobian() {
    const { points: M2, width: N2, T, D, x, theta, scale, offset, nParams: P } = this;
    const J = new Float64Array(M2 * P);
    for (let m = 0; m < M2; m++) {
      const row = m * N2;
      const base = m * P;
      const cBase = offset === 0 ? 2 * N2 : 0;
      for (let i = 0; i < N2; i++) J[base + cBase + i] = scale * T[row + i];
      if (offset === 0) {
        for (let i = 0; i < N2; i++) {
          const g = scale * theta[2 * N2 + i] * D[row + i];
          J[base + i] = g * x[m];
          J[base + N2 + i] = g;
        }
      }
    }
    return J;
  }
  /**
   * Empirical NTK Gram K = JJᵀ (M×M, row-major), computed without forming J:
   * K_mn = s² Σ_i [t_mi t_ni + c_i² d_mi d_ni (x_m x_n + 1)] (only the first term when frozen).
   */
  ntk() {
    const { points: M2, width: N2, T, D, x, theta, scale, offset } = this;
    const K = new Float64Array(M2 * M2);
    const s2 = scale * scale;
    let B;
    if (offset === 0) {
      B = new Float64Array(M2 * N2);
      for (let m = 0; m < M2; m++) for (let i = 0; i < N2; i++) B[m * N2 + i] = theta[2 * N2 + i] * D[m * N2 + i];
    }
    for (let m = 0; m < M2; m++) {
      const rm = m * N2;
      for (let n = 0; n <= m; n++) {
        const rn = n * N2;
        let a = 0;
        for (let i = 0; i < N2; i++) a += T[rm + i] * T[rn + i];
        if (B !== void 0) {
          let b = 0;
          for (let i = 0; i < N2; i++) b += B[rm + i] * B[rn + i];
          a += b * (x[m] * x[n] + 1);
        }
        K[m * M2 + n] = s2 * a;
        K[n * M2 + m] = s2 * a;
      }
    }
    return K;
  }
};

// src/newton/cg.ts
function cgKernel(apply, b, maxIter, tol) {
  const n = b.length;
  const x = new Float64Array(n);
  const r = Float64Array.from(b);
  const p = Float64Array.from(b);
  const Ap = new Float64Array(n);
  let rr = 0;
  for (let i = 0; i < n; i++) rr += r[i] * r[i];
  const bnorm = Math.sqrt(rr);
  const stop = tol * bnorm;
  if (bnorm === 0) return { x, iterations: 0, residualNorm: 0, negativeCurvature: false, converged: true };
  let k = 0;
  let negativeCurvature = false;
  while (k < maxIter) {
    apply(p, Ap);
    let pAp = 0;
    for (let i = 0; i < n; i++) pAp += p[i] * Ap[i];
    if (!(pAp > 0)) {
      negativeCurvature = true;
      break;
    }
    const alpha = rr / pAp;
    let rrNew = 0;
    for (let i = 0; i < n; i++) {
      x[i] += alpha * p[i];
      r[i] -= alpha * Ap[i];
      rrNew += r[i] * r[i];
    }
    k++;
    if (Math.sqrt(rrNew) <= stop) {
      rr = rrNew;
      return { x, iterations: k, residualNorm: Math.sqrt(rr), negativeCurvature: false, converged: true };
    }
    const beta = rrNew / rr;
    rr = rrNew;
    for (let i = 0; i < n; i++) p[i] = r[i] + beta * p[i];
  }
  return { x, iterations: k, residualNorm: Math.sqrt(rr), negativeCurvature, converged: Math.sqrt(rr) <= stop };
}

// node_modules/ml-matrix/matrix.mjs
var matrix = __toESM(require_matrix(), 1);
var EigenvalueDecomposition2 = matrix.EigenvalueDecomposition;
var Matrix2 = matrix.Matrix;
var matrix_default = matrix.default.Matrix ? matrix.default.Matrix : matrix.Matrix;

// src/core/linalg.ts
function fromRowMajor(data, rows, cols) {
  const m = new Matrix2(rows, cols);
  for (let i = 0; i < rows; i++) {
    const r = m.data[i];
    for (let j = 0; j < cols; j++) r[j] = data[i * cols + j];
  }
  return m;
}
function toRowMajor(a) {
  const out = new Float64Array(a.rows * a.columns);
  const rows = rowsOf(a);
  for (let i = 0; i < a.rows; i++) out.set(rows[i], i * a.columns);
  return out;
}
function rowsOf(a) {
  return a.data;
}
function assertSquare(fn, name, a) {
  if (a.rows !== a.columns) throw new QuireError(`${fn}: ${name} must be square, got ${a.rows}\xD7${a.columns}`);
}
function eigSym(a) {
  assertSquare("eigSym", "A", a);
  const n = a.rows;
  const s = new Matrix2(n, n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) s.set(i, j, 0.5 * (a.get(i, j) + a.get(j, i)));
  const e = new EigenvalueDecomposition2(s, { assumeSymmetric: true });
  const vals = e.realEigenvalues;
  const order = vals.map((_, i) => i).sort((i, j) => vals[i] - vals[j]);
  const values = new Float64Array(order.map((i) => vals[i]));
  const V = e.eigenvectorMatrix;
  const vectors = new Matrix2(n, n);
  for (let c = 0; c < n; c++) for (let r = 0; r < n; r++) vectors.set(r, c, V.get(r, order[c]));
  return { values, vectors };
}

// src/newton/kernels.ts
function checkGram(fn, K, M2) {
  assertFiniteArray(fn, "K", K);
  if (!(Number.isInteger(M2) && M2 >= 1)) throw new QuireError(`${fn}: M must be a positive integer, got ${String(M2)}`);
  if (K.length !== M2 * M2) throw new QuireError(`${fn}: K has length ${K.length}, expected ${M2 * M2} (M \xD7 M)`);
  for (let i = 0; i < M2; i++) {
    for (let j = 0; j < i; j++) {
      const a = K[i * M2 + j];
      const b = K[j * M2 + i];
      if (Math.abs(a - b) > 1e-9 * (Math.abs(a) + Math.abs(b) + 1e-300)) throw new QuireError(`${fn}: K is not symmetric at (${i}, ${j})`);
    }
  }
}
function gramSpectrum(K, M2) {
  checkGram("gramSpectrum", K, M2);
  const e = eigSym(fromRowMajor(K, M2, M2));
  const V = toRowMajor(e.vectors);
  const values = new Float64Array(M2);
  const vectors = new Float64Array(M2 * M2);
  for (let j = 0; j < M2; j++) {
    const src = M2 - 1 - j;
    values[j] = e.values[src];
    for (let r = 0; r < M2; r++) vectors[r * M2 + j] = V[r * M2 + src];
  }
  return { values, vectors };
}

// src/newton/optimizers.ts
var optimizerNames = ["gd", "adam", "gauss-newton", "newton"];
var trainSchema = defineSchema({
  optimizer: { type: "enum", values: optimizerNames, default: "newton", description: "optimizer" },
  iters: { type: "integer", min: 0, max: 1e8, default: 1e3, description: "number of iterations" },
  lr: {
    type: "number",
    min: 0,
    default: 0,
    description: "step size for gd/adam; 0 = auto (gd: 0.9\xB72M/\u03BC_max of the NTK at initialisation; adam: 0.01)"
  },
  adamBeta1: { type: "number", min: 0, max: 1, default: 0.9, description: "Adam first-moment decay" },
  adamBeta2: { type: "number", min: 0, max: 1, default: 0.999, description: "Adam second-moment decay" },
  adamEps: { type: "number", min: 0, max: 1, exclusive: true, default: 1e-8, description: "Adam \u03B5" },
  lambda: {
    type: "number",
    min: 0,
    max: 1e6,
    exclusive: true,
    default: 1e-8,
    description: "regulariser \u03BB\u2080 for newton/gauss-newton (initial value when adapted); \u03BB = \u03BB\u2080\xB7N^{1\u22122\u03B2} under width scaling"
  },
  lambdaScaling: {
    type: "enum",
    values: ["width", "none"],
    default: "width",
    description: "'width': \u03BB = \u03BB\u2080 N^{1\u22122\u03B2}; 'none': \u03BB = \u03BB\u2080"
  },
  adaptLambda: { type: "boolean", default: true, description: "Levenberg\u2013Marquardt adaptation of \u03BB (\xD70.8 on accept, \xD72 on reject)" },
  lambdaMin: { type: "number", min: 0, exclusive: true, default: 1e-12, description: "lower clamp of the adapted \u03BB" },
  lambdaMax: { type: "number", min: 0, exclusive: true, default: 100, description: "upper clamp of the adapted \u03BB" },
  maxRetries: { type: "integer", min: 0, max: 100, default: 6, description: "retries with a larger \u03BB per iteration (adapted \u03BB)" },
  cgIters: { type: "integer", min: 1, max: 1e6, default: 10, description: "CG iterations per Newton step" },
  cgTol: { type: "number", min: 0, default: 1e-4, description: "CG relative residual tolerance" },
  records: {
    type: "integer",
    min: 2,
    max: 1e5,
    default: 100,
    description: "number of log-spaced iterations at which the history is recorded"
  }
});
function autoLearningRate(model) {
  model.evaluate();
  const mu = gramSpectrum(model.ntk(), model.points).values[0];
  return 0.9 * 2 * model.points / mu;
}
function newtonDirection(model, lambda, options = {}) {
  if (!(lambda >= 0 && Number.isFinite(lambda))) throw new QuireError(`newtonDirection: lambda must be a finite number \u2265 0, got ${lambda}`);
  const g = model.gradient();
  const work = new Float64Array(model.points);
  return cgKernel(
    (v, out) => {
      model.hvp(v, out, work);
      for (let i = 0; i < out.length; i++) out[i] += lambda * v[i];
    },
    g,
    options.cgIters ?? 10,
    options.cgTol ?? 1e-4
  );
}

// src/newton/targets.ts
var sinTerm = (k, coef) => ({ name: `sin ${k}\u03C0x`, kind: "sin", k, coef });
var targets = {
  multi: {
    id: "multi",
    formula: "4x + sin 2\u03C0x + 0.8(sin 8\u03C0x + sin 10\u03C0x + sin 16\u03C0x)",
    terms: [{ name: "x", kind: "linear", k: 0, coef: 4 }, sinTerm(2, 1), sinTerm(8, 0.8), sinTerm(10, 0.8), sinTerm(16, 0.8)]
  },
  fig1: { id: "fig1", formula: "2x + 0.4 sin 5\u03C0x", terms: [{ name: "x", kind: "linear", k: 0, coef: 2 }, sinTerm(5, 0.4)] },
  fig2: { id: "fig2", formula: "2x + 0.4 sin 20\u03C0x", terms: [{ name: "x", kind: "linear", k: 0, coef: 2 }, sinTerm(20, 0.4)] }
};
var targetIds = Object.keys(targets);
function phi(t, x) {
  return t.kind === "linear" ? x : Math.sin(t.k * Math.PI * x);
}
function makeData(target, points) {
  assertOneOf("makeData", "target", target, targetIds);
  assertInteger("makeData", "points", points, 2);
  const t = targets[target];
  const x = new Float64Array(points);
  const y = new Float64Array(points);
  for (let m = 0; m < points; m++) {
    x[m] = m / (points - 1);
    let s = 0;
    for (const term of t.terms) s += term.coef * phi(term, x[m]);
    y[m] = s;
  }
  return { x, y };
}

// bench/newton.bench.ts
var N = 1e3;
var M = 128;
var LAMBDA = 1;
var numpyPrelude = `
import numpy as np, time
N=${N}; M=${M}; beta=0.52; s=N**(-beta); lam=${LAMBDA}
x=np.fromfile(INPUTS['x']); y=np.fromfile(INPUTS['y']); th=np.fromfile(INPUTS['theta'])
w,e,c=th[:N].copy(),th[N:2*N].copy(),th[2*N:].copy()
def fwd(w,e,c):
    T=np.tanh(np.outer(x,w)+e); r=s*(T@c)-y
    return T,r
def grad(T,r,c):
    D=1-T*T
    gc=s*(T.T@r)/M; gw=s*c*((D*x[:,None]).T@r)/M; ge=s*c*(D.T@r)/M
    return np.concatenate([gw,ge,gc]),D
`;
async function run() {
  const { x, y } = makeData("multi", M);
  const base = new TanhRegression(x, y, { width: N, seed: 1 });
  const theta0 = Float64Array.from(base.theta);
  const lr = autoLearningRate(base);
  const gdModel = new TanhRegression(x, y, { width: N, seed: 1 });
  const g = new Float64Array(gdModel.nParams);
  const gdStep = () => {
    gdModel.theta.set(theta0);
    gdModel.evaluate();
    gdModel.gradient(g);
    const p = gdModel.params();
    for (let i = 0; i < p.length; i++) p[i] -= lr * g[i];
  };
  const tGd = await time(`newton: one GD step (N=${N}, M=${M})`, gdStep, { reps: 20, warmup: 3 });
  gdStep();
  const gdLoss = gdModel.evaluate();
  const nModel = new TanhRegression(x, y, { width: N, seed: 1 });
  let cgIts = 0;
  let newtonLoss = NaN;
  const newtonStep = () => {
    nModel.theta.set(theta0);
    nModel.evaluate();
    const cg = newtonDirection(nModel, LAMBDA, { cgIters: 10, cgTol: 0 });
    cgIts = cg.iterations;
    const p = nModel.params();
    const trial = Float64Array.from(p, (v, i) => v - cg.x[i]);
    newtonLoss = nModel.lossAt(trial);
  };
  const tNewton = await time(`newton: one Newton step, HVP + CG(10) (N=${N}, M=${M})`, newtonStep, { reps: 10, warmup: 2 });
  if (!hasPythonAnchor()) {
    report(tGd);
    report(tNewton);
    console.log(`  (no python3 + numpy: anchors skipped)  CG iterations ${cgIts}`);
    return;
  }
  const inputs = { x, y, theta: theta0 };
  const gdAnchor = runPython(
    `${numpyPrelude}
lr=${lr}
ts=[]
for _ in range(23):
    t=time.perf_counter()
    T,r=fwd(w,e,c); G,_=grad(T,r,c); th1=th-lr*G
    ts.append((time.perf_counter()-t)*1e3)
T,r=fwd(th1[:N],th1[N:2*N],th1[2*N:])
print(json.dumps({'times_ms':ts[3:],'loss':float(r@r/(2*M))}))`,
    inputs
  );
  report(tGd, { name: "numpy GD step", times_ms: gdAnchor.times_ms });
  console.log(`  loss after the step: quire ${gdLoss.toExponential(10)}, numpy ${gdAnchor.loss.toExponential(10)}`);
  const newtonAnchor = runPython(
    `${numpyPrelude}
def step():
    T,r=fwd(w,e,c); G,D=grad(T,r,c)
    def hvp(v):
        vw,ve,vc=v[:N],v[N:2*N],v[2*N:]
        Q=np.outer(x,vw)+ve
        a=s*(T@vc+(D*Q)@c)
        E=a[:,None]*c*D+r[:,None]*(D*vc-2*T*D*c*Q)
        out=np.concatenate([(x[:,None]*E).sum(0),E.sum(0),(a[:,None]*T+r[:,None]*D*Q).sum(0)])
        return s*out/M+lam*v
    xk=np.zeros_like(G); rk=G.copy(); p=G.copy(); rr=rk@rk; it=0
    while it<10:
        Ap=hvp(p); pAp=p@Ap
        if not pAp>0: break
        al=rr/pAp; xk+=al*p; rk-=al*Ap; rn=rk@rk; it+=1
        p=rk+(rn/rr)*p; rr=rn
    th1=th-xk
    T1,r1=fwd(th1[:N],th1[N:2*N],th1[2*N:])
    return it,float(r1@r1/(2*M))
ts=[]
for _ in range(12):
    t=time.perf_counter(); it,L=step(); ts.append((time.perf_counter()-t)*1e3)
print(json.dumps({'times_ms':ts[2:],'iters':it,'loss':L}))`,
    inputs
  );
  report(tNewton, { name: "numpy Newton step (same CG)", times_ms: newtonAnchor.times_ms });
  console.log(
    `  CG iterations quire ${cgIts}, numpy ${newtonAnchor.iters}; loss after the step: quire ${newtonLoss.toExponential(10)}, numpy ${newtonAnchor.loss.toExponential(10)}`
  );
}

// ../../tmp/ndev/bench.mts
await run();
/*! Bundled license information:

@stdlib/utils-define-property/lib/define_property.js:
@stdlib/utils-define-property/lib/has_define_property_support.js:
@stdlib/regexp-function-name/lib/main.js:
@stdlib/regexp-function-name/lib/index.js:
@stdlib/complex-float32-real/lib/main.js:
@stdlib/complex-float32-real/lib/index.js:
@stdlib/complex-float32-imag/lib/main.js:
@stdlib/complex-float32-imag/lib/index.js:
@stdlib/strided-base-reinterpret-complex64/lib/main.js:
@stdlib/strided-base-reinterpret-complex64/lib/index.js:
@stdlib/strided-base-reinterpret-complex128/lib/main.js:
@stdlib/strided-base-reinterpret-complex128/lib/index.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2021 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *)

@stdlib/utils-define-property/lib/builtin.js:
@stdlib/utils-define-property/lib/polyfill.js:
@stdlib/utils-define-property/lib/index.js:
@stdlib/utils-define-nonenumerable-read-only-property/lib/main.js:
@stdlib/utils-define-nonenumerable-read-only-property/lib/index.js:
@stdlib/utils-define-nonenumerable-read-only-accessor/lib/main.js:
@stdlib/utils-define-nonenumerable-read-only-accessor/lib/index.js:
@stdlib/utils-define-nonenumerable-read-write-accessor/lib/main.js:
@stdlib/utils-define-nonenumerable-read-write-accessor/lib/index.js:
@stdlib/assert-has-own-property/lib/main.js:
@stdlib/assert-has-own-property/lib/index.js:
@stdlib/assert-has-symbol-support/lib/main.js:
@stdlib/assert-has-symbol-support/lib/index.js:
@stdlib/assert-has-tostringtag-support/lib/main.js:
@stdlib/assert-has-tostringtag-support/lib/index.js:
@stdlib/utils-native-class/lib/tostring.js:
@stdlib/utils-native-class/lib/main.js:
@stdlib/symbol-ctor/lib/main.js:
@stdlib/symbol-ctor/lib/index.js:
@stdlib/utils-native-class/lib/tostringtag.js:
@stdlib/utils-native-class/lib/polyfill.js:
@stdlib/utils-native-class/lib/index.js:
@stdlib/assert-is-array/lib/main.js:
@stdlib/assert-is-array/lib/index.js:
@stdlib/assert-is-object/lib/main.js:
@stdlib/assert-is-object/lib/index.js:
@stdlib/utils-type-of/lib/fixtures/re.js:
@stdlib/assert-is-boolean/lib/primitive.js:
@stdlib/assert-is-boolean/lib/tostring.js:
@stdlib/assert-is-boolean/lib/try2serialize.js:
@stdlib/assert-is-boolean/lib/object.js:
@stdlib/assert-is-boolean/lib/main.js:
@stdlib/assert-is-boolean/lib/index.js:
@stdlib/utils-global/lib/codegen.js:
@stdlib/utils-global/lib/self.js:
@stdlib/utils-global/lib/window.js:
@stdlib/utils-global/lib/global.js:
@stdlib/utils-global/lib/main.js:
@stdlib/utils-global/lib/index.js:
@stdlib/utils-type-of/lib/fixtures/nodelist.js:
@stdlib/utils-type-of/lib/fixtures/typedarray.js:
@stdlib/utils-type-of/lib/check.js:
@stdlib/regexp-function-name/lib/regexp.js:
@stdlib/assert-tools-array-function/lib/main.js:
@stdlib/assert-tools-array-function/lib/index.js:
@stdlib/assert-is-object-like/lib/main.js:
@stdlib/assert-is-object-like/lib/index.js:
@stdlib/assert-is-buffer/lib/main.js:
@stdlib/assert-is-buffer/lib/index.js:
@stdlib/utils-constructor-name/lib/main.js:
@stdlib/utils-constructor-name/lib/index.js:
@stdlib/utils-type-of/lib/main.js:
@stdlib/utils-type-of/lib/polyfill.js:
@stdlib/utils-type-of/lib/index.js:
@stdlib/assert-is-function/lib/main.js:
@stdlib/assert-is-function/lib/index.js:
@stdlib/utils-get-prototype-of/lib/native.js:
@stdlib/utils-get-prototype-of/lib/proto.js:
@stdlib/utils-get-prototype-of/lib/polyfill.js:
@stdlib/utils-get-prototype-of/lib/detect.js:
@stdlib/utils-get-prototype-of/lib/main.js:
@stdlib/utils-get-prototype-of/lib/index.js:
@stdlib/assert-is-plain-object/lib/main.js:
@stdlib/assert-is-plain-object/lib/index.js:
@stdlib/math-base-special-floor/lib/main.js:
@stdlib/math-base-special-floor/lib/index.js:
@stdlib/math-base-assert-is-integer/lib/main.js:
@stdlib/math-base-assert-is-integer/lib/index.js:
@stdlib/constants-array-max-typed-array-length/lib/index.js:
@stdlib/assert-is-collection/lib/main.js:
@stdlib/assert-is-collection/lib/index.js:
@stdlib/assert-is-uint32array/lib/main.js:
@stdlib/assert-is-uint32array/lib/index.js:
@stdlib/assert-is-number/lib/primitive.js:
@stdlib/number-ctor/lib/main.js:
@stdlib/number-ctor/lib/index.js:
@stdlib/assert-is-number/lib/tostring.js:
@stdlib/assert-is-number/lib/try2serialize.js:
@stdlib/assert-is-number/lib/object.js:
@stdlib/assert-is-number/lib/main.js:
@stdlib/assert-is-number/lib/index.js:
@stdlib/constants-float64-pinf/lib/index.js:
@stdlib/constants-float64-ninf/lib/index.js:
@stdlib/assert-is-integer/lib/integer.js:
@stdlib/assert-is-integer/lib/primitive.js:
@stdlib/assert-is-integer/lib/object.js:
@stdlib/assert-is-integer/lib/main.js:
@stdlib/assert-is-integer/lib/index.js:
@stdlib/assert-is-positive-integer/lib/primitive.js:
@stdlib/assert-is-positive-integer/lib/object.js:
@stdlib/assert-is-positive-integer/lib/main.js:
@stdlib/assert-is-positive-integer/lib/index.js:
@stdlib/constants-float64-max-safe-integer/lib/index.js:
@stdlib/constants-uint32-max/lib/index.js:
@stdlib/assert-has-uint32array-support/lib/uint32array.js:
@stdlib/assert-has-uint32array-support/lib/main.js:
@stdlib/assert-has-uint32array-support/lib/index.js:
@stdlib/array-uint32/lib/main.js:
@stdlib/array-uint32/lib/polyfill.js:
@stdlib/array-uint32/lib/index.js:
@stdlib/math-base-assert-is-positive-zero/lib/main.js:
@stdlib/math-base-assert-is-positive-zero/lib/index.js:
@stdlib/math-base-assert-is-nan/lib/main.js:
@stdlib/math-base-assert-is-nan/lib/index.js:
@stdlib/math-base-special-max/lib/main.js:
@stdlib/math-base-special-max/lib/index.js:
@stdlib/number-uint32-base-mul/lib/main.js:
@stdlib/number-uint32-base-mul/lib/index.js:
@stdlib/assert-is-float64array/lib/main.js:
@stdlib/assert-is-float64array/lib/index.js:
@stdlib/assert-has-float64array-support/lib/float64array.js:
@stdlib/assert-has-float64array-support/lib/main.js:
@stdlib/assert-has-float64array-support/lib/index.js:
@stdlib/array-float64/lib/main.js:
@stdlib/array-float64/lib/polyfill.js:
@stdlib/array-float64/lib/index.js:
@stdlib/assert-is-float32array/lib/main.js:
@stdlib/assert-is-float32array/lib/index.js:
@stdlib/assert-has-float32array-support/lib/float32array.js:
@stdlib/assert-has-float32array-support/lib/main.js:
@stdlib/assert-has-float32array-support/lib/index.js:
@stdlib/array-float32/lib/main.js:
@stdlib/array-float32/lib/polyfill.js:
@stdlib/array-float32/lib/index.js:
@stdlib/assert-is-int32array/lib/main.js:
@stdlib/assert-is-int32array/lib/index.js:
@stdlib/constants-int32-max/lib/index.js:
@stdlib/constants-int32-min/lib/index.js:
@stdlib/assert-has-int32array-support/lib/int32array.js:
@stdlib/assert-has-int32array-support/lib/main.js:
@stdlib/assert-has-int32array-support/lib/index.js:
@stdlib/array-int32/lib/main.js:
@stdlib/array-int32/lib/polyfill.js:
@stdlib/array-int32/lib/index.js:
@stdlib/assert-is-uint16array/lib/main.js:
@stdlib/assert-is-uint16array/lib/index.js:
@stdlib/constants-uint16-max/lib/index.js:
@stdlib/assert-has-uint16array-support/lib/uint16array.js:
@stdlib/assert-has-uint16array-support/lib/main.js:
@stdlib/assert-has-uint16array-support/lib/index.js:
@stdlib/array-uint16/lib/main.js:
@stdlib/array-uint16/lib/polyfill.js:
@stdlib/array-uint16/lib/index.js:
@stdlib/assert-is-int16array/lib/main.js:
@stdlib/assert-is-int16array/lib/index.js:
@stdlib/constants-int16-max/lib/index.js:
@stdlib/constants-int16-min/lib/index.js:
@stdlib/assert-has-int16array-support/lib/int16array.js:
@stdlib/assert-has-int16array-support/lib/main.js:
@stdlib/assert-has-int16array-support/lib/index.js:
@stdlib/array-int16/lib/main.js:
@stdlib/array-int16/lib/polyfill.js:
@stdlib/array-int16/lib/index.js:
@stdlib/assert-is-uint8array/lib/main.js:
@stdlib/assert-is-uint8array/lib/index.js:
@stdlib/constants-uint8-max/lib/index.js:
@stdlib/assert-has-uint8array-support/lib/uint8array.js:
@stdlib/assert-has-uint8array-support/lib/main.js:
@stdlib/assert-has-uint8array-support/lib/index.js:
@stdlib/array-uint8/lib/main.js:
@stdlib/array-uint8/lib/polyfill.js:
@stdlib/array-uint8/lib/index.js:
@stdlib/assert-is-uint8clampedarray/lib/main.js:
@stdlib/assert-is-uint8clampedarray/lib/index.js:
@stdlib/assert-has-uint8clampedarray-support/lib/uint8clampedarray.js:
@stdlib/assert-has-uint8clampedarray-support/lib/main.js:
@stdlib/assert-has-uint8clampedarray-support/lib/index.js:
@stdlib/array-uint8c/lib/main.js:
@stdlib/array-uint8c/lib/polyfill.js:
@stdlib/array-uint8c/lib/index.js:
@stdlib/assert-is-int8array/lib/main.js:
@stdlib/assert-is-int8array/lib/index.js:
@stdlib/constants-int8-max/lib/index.js:
@stdlib/constants-int8-min/lib/index.js:
@stdlib/assert-has-int8array-support/lib/int8array.js:
@stdlib/assert-has-int8array-support/lib/main.js:
@stdlib/assert-has-int8array-support/lib/index.js:
@stdlib/array-int8/lib/main.js:
@stdlib/array-int8/lib/polyfill.js:
@stdlib/array-int8/lib/index.js:
@stdlib/assert-is-nonnegative-integer/lib/primitive.js:
@stdlib/assert-is-nonnegative-integer/lib/object.js:
@stdlib/assert-is-nonnegative-integer/lib/main.js:
@stdlib/assert-is-nonnegative-integer/lib/index.js:
@stdlib/constants-array-max-array-length/lib/index.js:
@stdlib/assert-is-array-like-object/lib/main.js:
@stdlib/assert-is-array-like-object/lib/index.js:
@stdlib/assert-is-arraybuffer/lib/main.js:
@stdlib/assert-is-arraybuffer/lib/index.js:
@stdlib/assert-is-string/lib/primitive.js:
@stdlib/assert-is-string/lib/valueof.js:
@stdlib/assert-is-string/lib/try2valueof.js:
@stdlib/assert-is-string/lib/object.js:
@stdlib/assert-is-string/lib/main.js:
@stdlib/assert-is-string/lib/index.js:
@stdlib/assert-is-string-array/lib/index.js:
@stdlib/utils-define-read-only-property/lib/main.js:
@stdlib/utils-define-read-only-property/lib/index.js:
@stdlib/complex-float64-ctor/lib/tostring.js:
@stdlib/complex-float64-ctor/lib/tojson.js:
@stdlib/complex-float64-ctor/lib/main.js:
@stdlib/complex-float64-ctor/lib/index.js:
@stdlib/number-float64-base-to-float32/lib/main.js:
@stdlib/number-float64-base-to-float32/lib/polyfill.js:
@stdlib/number-float64-base-to-float32/lib/index.js:
@stdlib/complex-float32-ctor/lib/tostring.js:
@stdlib/complex-float32-ctor/lib/tojson.js:
@stdlib/complex-float32-ctor/lib/main.js:
@stdlib/complex-float32-ctor/lib/index.js:
@stdlib/assert-is-complex-like/lib/main.js:
@stdlib/assert-is-complex-like/lib/index.js:
@stdlib/math-base-assert-is-even/lib/main.js:
@stdlib/math-base-assert-is-even/lib/index.js:
@stdlib/assert-has-iterator-symbol-support/lib/main.js:
@stdlib/assert-has-iterator-symbol-support/lib/index.js:
@stdlib/symbol-iterator/lib/main.js:
@stdlib/symbol-iterator/lib/index.js:
@stdlib/array-complex64/lib/from_iterator.js:
@stdlib/array-complex64/lib/from_iterator_map.js:
@stdlib/array-complex64/lib/from_array.js:
@stdlib/array-complex64/lib/main.js:
@stdlib/array-complex64/lib/index.js:
@stdlib/complex-float64-real/lib/main.js:
@stdlib/complex-float64-real/lib/index.js:
@stdlib/complex-float64-imag/lib/main.js:
@stdlib/complex-float64-imag/lib/index.js:
@stdlib/array-complex128/lib/from_iterator.js:
@stdlib/array-complex128/lib/from_iterator_map.js:
@stdlib/array-complex128/lib/from_array.js:
@stdlib/array-complex128/lib/index.js:
@stdlib/array-dtype/lib/main.js:
@stdlib/array-dtype/lib/index.js:
@stdlib/blas-base-gcopy/lib/main.js:
@stdlib/blas-base-gcopy/lib/ndarray.js:
@stdlib/blas-base-gcopy/lib/index.js:
@stdlib/assert-has-function-name-support/lib/foo.js:
@stdlib/assert-has-function-name-support/lib/main.js:
@stdlib/assert-has-function-name-support/lib/index.js:
@stdlib/utils-function-name/lib/main.js:
@stdlib/utils-function-name/lib/index.js:
@stdlib/assert-is-typed-array/lib/ctors.js:
@stdlib/assert-is-typed-array/lib/main.js:
@stdlib/assert-is-typed-array/lib/index.js:
@stdlib/assert-is-complex-typed-array/lib/ctors.js:
@stdlib/assert-is-complex-typed-array/lib/main.js:
@stdlib/assert-is-complex-typed-array/lib/index.js:
@stdlib/assert-instance-of/lib/main.js:
@stdlib/assert-instance-of/lib/index.js:
@stdlib/array-to-json/lib/type.js:
@stdlib/array-to-json/lib/index.js:
@stdlib/random-base-mt19937/lib/rand_uint32.js:
@stdlib/random-base-mt19937/lib/main.js:
@stdlib/random-base-mt19937/lib/index.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *)

@stdlib/string-base-format-interpolate/lib/is_number.js:
@stdlib/string-base-format-interpolate/lib/zero_pad.js:
@stdlib/string-base-format-interpolate/lib/format_integer.js:
@stdlib/string-base-format-interpolate/lib/is_string.js:
@stdlib/string-base-format-interpolate/lib/format_double.js:
@stdlib/string-base-format-interpolate/lib/space_pad.js:
@stdlib/string-base-format-interpolate/lib/main.js:
@stdlib/string-base-format-interpolate/lib/index.js:
@stdlib/string-base-format-tokenize/lib/main.js:
@stdlib/string-base-format-tokenize/lib/index.js:
@stdlib/string-format/lib/is_string.js:
@stdlib/string-format/lib/main.js:
@stdlib/string-format/lib/index.js:
@stdlib/boolean-ctor/lib/main.js:
@stdlib/boolean-ctor/lib/index.js:
@stdlib/utils-global/lib/global_this.js:
@stdlib/object-ctor/lib/main.js:
@stdlib/object-ctor/lib/index.js:
@stdlib/array-base-assert-is-accessor-array/lib/main.js:
@stdlib/array-base-assert-is-accessor-array/lib/index.js:
@stdlib/array-base-getter/lib/main.js:
@stdlib/array-base-getter/lib/index.js:
@stdlib/array-base-setter/lib/main.js:
@stdlib/array-base-setter/lib/index.js:
@stdlib/array-base-accessor-getter/lib/main.js:
@stdlib/array-base-accessor-getter/lib/index.js:
@stdlib/array-base-accessor-setter/lib/main.js:
@stdlib/array-base-accessor-setter/lib/index.js:
@stdlib/array-base-arraylike2object/lib/main.js:
@stdlib/array-base-arraylike2object/lib/index.js:
@stdlib/blas-base-gcopy/lib/accessors.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2022 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *)

@stdlib/array-dtype/lib/ctor2dtype.js:
@stdlib/array-base-assert-is-complex64array/lib/main.js:
@stdlib/array-base-assert-is-complex64array/lib/index.js:
@stdlib/array-base-assert-is-complex128array/lib/main.js:
@stdlib/array-base-assert-is-complex128array/lib/index.js:
@stdlib/array-complex128/lib/main.js:
@stdlib/array-bool/lib/from_iterator.js:
@stdlib/array-bool/lib/from_iterator_map.js:
@stdlib/array-bool/lib/from_array.js:
@stdlib/array-bool/lib/main.js:
@stdlib/array-bool/lib/index.js:
@stdlib/array-dtype/lib/ctors.js:
@stdlib/array-dtype/lib/dtypes.js:
@stdlib/assert-is-booleanarray/lib/main.js:
@stdlib/assert-is-booleanarray/lib/index.js:
@stdlib/strided-base-reinterpret-boolean/lib/main.js:
@stdlib/strided-base-reinterpret-boolean/lib/index.js:
@stdlib/array-to-json/lib/ctors.js:
@stdlib/array-to-json/lib/main.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2024 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *)

@stdlib/assert-has-has-instance-symbol-support/lib/main.js:
@stdlib/assert-has-has-instance-symbol-support/lib/index.js:
@stdlib/symbol-has-instance/lib/main.js:
@stdlib/symbol-has-instance/lib/index.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2025 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *)

@stdlib/random-base-mt19937/lib/factory.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The original C code and copyright notice are from the [source implementation][mt19937]. The implementation has been modified for JavaScript.
  *
  * ```text
  * Copyright (C) 1997 - 2002, Makoto Matsumoto and Takuji Nishimura,
  * All rights reserved.
  *
  * Redistribution and use in source and binary forms, with or without
  * modification, are permitted provided that the following conditions
  * are met:
  *
  *   1. Redistributions of source code must retain the above copyright
  *      notice, this list of conditions and the following disclaimer.
  *
  *   2. Redistributions in binary form must reproduce the above copyright
  *      notice, this list of conditions and the following disclaimer in the
  *      documentation and/or other materials provided with the distribution.
  *
  *   3. The names of its contributors may not be used to endorse or promote
  *      products derived from this software without specific prior written
  *      permission.
  *
  * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
  * "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
  * LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
  * A PARTICULAR PURPOSE ARE DISCLAIMED.  IN NO EVENT SHALL THE COPYRIGHT OWNER OR
  * CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL,
  * EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO,
  * PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR
  * PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF
  * LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING
  * NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS
  * SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
  * ```
  *
  * [mt19937]: http://www.math.sci.hiroshima-u.ac.jp/~m-mat/MT/MT2002/CODES/mt19937ar.c
  *)
*/
