/**
 * Request bodies as JSON, checked before anything else reads them: nested at most 32 levels (a value
 * nested thousands deep overflowed the validator's stack), and no text that a database or a
 * screen cannot keep — a NUL character (PostgreSQL refuses it in text) or half of a UTF-16
 * surrogate pair (not a character at all). Keys are text too.
 */
import type { FastifyInstance } from "fastify";
import secureJson from "secure-json-parse";
import { ApiError } from "./errors.ts";

export const maxJsonDepth = 32;

/** How deeply the JSON text nests, counted without parsing it (so no stack is used). */
export const jsonDepth = (text: string): number => {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) deepest = Math.max(deepest, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return deepest;
};

// A high surrogate not followed by a low one, or a low one not after a high one.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unkeepable = { test: (text: string) => text.includes("\u0000") || loneSurrogate.test(text) };

/** Whether any text in a value (keys included) cannot be kept; no paths built, for the common case. */
const anyUnkeepable = (value: unknown): boolean => {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === "string") {
      if (unkeepable.test(v)) return true;
    } else if (Array.isArray(v)) {
      for (const item of v) stack.push(item);
    } else if (v && typeof v === "object") {
      for (const k in v) {
        if (unkeepable.test(k)) return true;
        stack.push((v as Record<string, unknown>)[k]);
      }
    }
  }
  return false;
};

/** The first piece of text in a value that cannot be kept, with where it is, or undefined. */
export const unkeepableText = (value: unknown, path = ""): string | undefined => {
  if (!anyUnkeepable(value)) return undefined;
  const stack: [unknown, string][] = [[value, path]];
  while (stack.length) {
    const [v, at] = stack.pop()!;
    if (typeof v === "string") {
      if (unkeepable.test(v)) return at || "(the value)";
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) stack.push([v[i], at ? `${at}.${i}` : String(i)]);
    } else if (v && typeof v === "object")
      for (const [k, item] of Object.entries(v)) {
        const where = at ? `${at}.${k}` : k;
        if (unkeepable.test(k)) return where;
        stack.push([item, where]);
      }
  }
  return undefined;
};

export const badText = (where: string) =>
  new ApiError(
    400,
    "invalid_text",
    `Text in ${where} holds a character that cannot be stored (a NUL or half of a surrogate pair)`,
    [{ path: where, message: "a character that cannot be stored", code: "invalid_text" }],
  );

/** Replaces Fastify's JSON parser, and checks the text of paths and queries the same way. */
export const installSafeJson = (app: FastifyInstance): void => {
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) => {
    const text = body as string;
    if (!text.trim()) return done(new ApiError(400, "invalid_json", "The body is empty but says it is JSON"));
    if (jsonDepth(text) > maxJsonDepth)
      return done(
        new ApiError(400, "too_deep", `The body nests more than ${maxJsonDepth} levels deep`, {
          maxDepth: maxJsonDepth,
        }),
      );
    let value: unknown;
    try {
      value = secureJson.parse(text, undefined, { protoAction: "error", constructorAction: "error" });
    } catch (error) {
      return done(new ApiError(400, "invalid_json", "The body is not valid JSON", (error as Error).message));
    }
    const where = unkeepableText(value);
    if (where !== undefined) return done(badText(`body.${where}`));
    done(null, value);
  });
  app.addHook("preValidation", async (request) => {
    for (const [part, value] of [
      ["path", request.params],
      ["query", request.query],
    ] as const) {
      const where = unkeepableText(value);
      if (where !== undefined) throw badText(`${part}.${where}`);
    }
  });
};
