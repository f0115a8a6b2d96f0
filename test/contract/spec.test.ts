// Contract tests: the fixture corpus in test/fixtures/messages/ against openapi.yaml itself.
// openapi.yaml is the single source of truth; this file only checks that the corpus (what the
// SDK's tests rely on) agrees with it, and that every limit in generated/limits.json is exercised.
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import {
  type Case,
  FIXTURES,
  ROOT,
  TYPES,
  TYPE_NAMES,
  allCases,
  corpus,
  describeErrors,
  errorPath,
  exampleOf,
  title,
  unionOf,
  validator,
} from "../support/spec.js";
import { allRequestCases } from "../support/requests.js";

// ---- the limits, as generated from the spec -------------------------------------------------
interface Limit {
  name: string;
  keyword: string;
  value: unknown;
}
const LIMITS: Limit[] = Object.entries(
  JSON.parse(readFileSync(`${ROOT}generated/limits.json`, "utf8")) as Record<string, { keyword: string; value: unknown }>,
).map(([name, { keyword, value }]) => ({ name, keyword, value }));
const LIMIT_BY_NAME = new Map(LIMITS.map((l) => [l.name, l]));

describe("fixture corpus", () => {
  it("has one file per message type, and no others", () => {
    const files = readdirSync(FIXTURES)
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.slice(0, -5))
      .sort();
    expect(files).toEqual([...TYPE_NAMES].sort());
  });

  it("has at least 100 cases", () => {
    expect(allCases.length).toBeGreaterThanOrEqual(100);
  });

  it.each(TYPE_NAMES)("%s: cases are well-formed, with unique names", (type) => {
    const cases = corpus.get(type)!;
    expect(cases.some((c) => c.valid)).toBe(true);
    expect(cases.some((c) => !c.valid)).toBe(true);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    for (const c of cases) {
      expect(typeof c.name, c.name).toBe("string");
      expect(typeof c.valid, c.name).toBe("boolean");
      expect(c.payload, c.name).toBeTypeOf("object");
      if (c.valid) {
        expect(c.path, `${c.name}: valid cases carry no path`).toBeUndefined();
        expect(c.limit, `${c.name}: valid cases carry no limit`).toBeUndefined();
      } else {
        expect(c.path, `${c.name}: invalid cases need a path`).toBeTypeOf("string");
        expect(c.documented, `${c.name}: the documented example is valid`).toBeUndefined();
        if (c.limit !== undefined) expect(LIMIT_BY_NAME.has(c.limit), `${c.name}: unknown limit ${c.limit}`).toBe(true);
      }
      // sdkOnly: a case the SDK's x-sdk-pattern refuses and the spec's portable pattern accepts.
      if (c.sdkOnly !== undefined) {
        expect(c.sdkOnly, c.name).toBe(true);
        expect(c.valid, `${c.name}: sdkOnly cases are invalid (for the SDK)`).toBe(false);
        expect(LIMIT_BY_NAME.get(c.limit ?? "")?.keyword, `${c.name}: sdkOnly cases name an x-sdk-pattern limit`).toBe("x-sdk-pattern");
      }
    }
  });

  it.each(TYPE_NAMES)("%s: exactly one documented case, equal to the spec example", (type) => {
    const documented = corpus.get(type)!.filter((c) => c.documented);
    expect(documented).toHaveLength(1);
    expect(documented[0]!.valid).toBe(true);
    expect(documented[0]!.payload).toStrictEqual(exampleOf(type));
  });

  it("exercises every limit constant of generated/limits.json (other than minLength 1) with an invalid case of either corpus", () => {
    const required = LIMITS.filter((l) => !(l.keyword === "minLength" && l.value === 1)).map((l) => l.name);
    expect(required.length).toBeGreaterThan(0);
    // Messages (test/fixtures/messages/) and the other requests (test/fixtures/requests/, see requests.test.ts).
    const used = new Set(
      [...allCases.map(({ c }) => c), ...allRequestCases.map(({ c }) => c)].filter((c) => !c.valid && c.limit).map((c) => c.limit),
    );
    expect(required.filter((name) => !used.has(name))).toEqual([]);
  });

  it("counts characters as code points: a 24-emoji option title is valid, 25 is not", () => {
    const t24 = "😀".repeat(24);
    const t25 = "😀".repeat(25);
    expect(t24.length).toBe(48); // UTF-16 units: a UTF-16 count would reject it
    const msg = (title: string) => ({ type: "text", userId: "USER_ID", text: "Pick", options: [{ title }] });
    expect(validator("Message")(msg(t24))).toBe(true);
    expect(validator("Message")(msg(t25))).toBe(false);
    const titles = (c: Case) => ((c.payload as { options?: { title?: unknown }[] }).options ?? []).map((o) => o.title);
    const list = corpus.get("list")!;
    expect(list.some((c) => c.valid && titles(c).includes(t24))).toBe(true);
    expect(list.some((c) => !c.valid && c.path === "options.0.title" && titles(c).includes(t25))).toBe(true);
  });
});

describe.each(TYPE_NAMES)("%s", (type) => {
  const own = TYPES[type].schema;
  const union = unionOf(type);
  const cases = corpus.get(type)!;

  it.each(cases.map((c) => [title(c), c] as const))("%s", (_title, c) => {
    // The spec's verdict: valid, or an sdkOnly case (its portable pattern accepts what the SDK refuses).
    const specValid = c.valid || c.sdkOnly === true;
    const unionValidate = validator(union);
    const accepted = unionValidate(c.payload);
    expect(accepted, `${union} ${specValid ? "rejected" : "accepted"} it:\n${describeErrors(unionValidate.errors)}`).toBe(specValid);

    const ownValidate = validator(own);
    const ownAccepted = ownValidate(c.payload);
    expect(ownAccepted, `${own} ${specValid ? "rejected" : "accepted"} it:\n${describeErrors(ownValidate.errors)}`).toBe(specValid);
    if (c.valid) return;
    if (c.sdkOnly) {
      // The value at the case's path breaks the x-sdk-pattern the case names.
      const value = c.path!.split(".").reduce<unknown>((x, k) => (x as Record<string, unknown>)?.[k], c.payload);
      expect(typeof value, `${c.name}: no string at ${c.path}`).toBe("string");
      expect(new RegExp(LIMIT_BY_NAME.get(c.limit!)!.value as string, "u").test(value as string), `${c.name}: matches ${c.limit}`).toBe(
        false,
      );
      return;
    }

    const errors = ownValidate.errors ?? [];
    const paths = errors.map(errorPath);
    expect(paths, `no ${own} error at ${c.path}:\n${describeErrors(errors)}`).toContain(c.path);
    if (c.limit) {
      // The case must break that very limit: same keyword, same bound, at the same place.
      const { keyword, value } = LIMIT_BY_NAME.get(c.limit)!;
      const hit = errors.some((e) => e.keyword === keyword && errorPath(e) === c.path && (e.params.limit ?? e.params.pattern) === value);
      expect(hit, `no \`${keyword}: ${JSON.stringify(value)}\` error (${c.limit}) at ${c.path}:\n${describeErrors(errors)}`).toBe(true);
    }
  });
});
