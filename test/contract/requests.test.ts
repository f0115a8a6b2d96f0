// Contract tests of the request fixture corpus (test/fixtures/requests/<operationId>.json) against
// openapi.yaml, as test/contract/spec.test.ts does for messages: every case gets the verdict the
// spec gives it, an invalid one fails at its `path` (and breaks its `limit`), and the documented
// case is the spec's example. The limits both corpora cover are checked in spec.test.ts.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { ROOT, describeErrors, errorPath } from "../support/spec.js";
import {
  MESSAGE_OPERATIONS,
  PARTS,
  allRequestCases,
  documentedPart,
  examplesOf,
  jsonBodyOf,
  operations,
  partOf,
  requestCorpus,
  requestTitle,
  specValidator,
} from "../support/requests.js";

const LIMITS = JSON.parse(readFileSync(`${ROOT}generated/limits.json`, "utf8")) as Record<string, { keyword: string; value: unknown }>;

describe("request fixture corpus", () => {
  it("has a file for every operation with a JSON body (messages aside), and only for operations", () => {
    const withBody = [...operations.values()].filter((o) => jsonBodyOf(o) && !MESSAGE_OPERATIONS.includes(o.id)).map((o) => o.id);
    expect(withBody.length).toBeGreaterThan(20);
    expect(withBody.filter((id) => !requestCorpus.has(id))).toEqual([]);
    expect([...requestCorpus.keys()].filter((id) => !operations.has(id) || MESSAGE_OPERATIONS.includes(id))).toEqual([]);
  });

  it("has at least 300 cases", () => {
    expect(allRequestCases.length).toBeGreaterThanOrEqual(300);
  });

  it.each([...requestCorpus.keys()])("%s: cases are well-formed, with unique names", (id) => {
    const cases = requestCorpus.get(id)!;
    const o = operations.get(id)!;
    expect(cases.some((c) => c.valid)).toBe(true);
    expect(cases.some((c) => !c.valid)).toBe(true);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    for (const c of cases) {
      expect(
        Object.keys(c).filter((k) => !["name", "valid", "documented", "path", "limit", ...PARTS].includes(k)),
        c.name,
      ).toEqual([]);
      expect(typeof c.valid, c.name).toBe("boolean");
      const { part, value } = partOf(c);
      if (part === "body") expect(jsonBodyOf(o), `${c.name}: ${id} has no JSON body`).toBeDefined();
      else
        expect((part === "query" ? o.params.query : o.params.headers).length, `${c.name}: ${id} has no ${part} parameters`).toBeGreaterThan(
          0,
        );
      if (part !== "body") expect(value, c.name).toBeTypeOf("object");
      if (c.valid) {
        expect(c.path, `${c.name}: valid cases carry no path`).toBeUndefined();
        expect(c.limit, `${c.name}: valid cases carry no limit`).toBeUndefined();
      } else {
        expect(c.path, `${c.name}: invalid cases need a path ("" for the whole ${part})`).toBeTypeOf("string");
        expect(c.documented, `${c.name}: the documented example is valid`).toBeUndefined();
        if (c.limit !== undefined) expect(Object.hasOwn(LIMITS, c.limit), `${c.name}: unknown limit ${c.limit}`).toBe(true);
      }
    }
  });

  it.each([...requestCorpus.keys()])("%s: exactly one documented case, equal to the spec's example", (id) => {
    const o = operations.get(id)!;
    const documented = requestCorpus.get(id)!.filter((c) => c.documented);
    expect(documented).toHaveLength(1);
    const [c] = documented;
    expect(c!.valid).toBe(true);
    const part = documentedPart(o);
    expect(partOf(c!).part).toBe(part);
    const examples = examplesOf(o, part);
    expect(examples.length, `${id} documents no ${part} example`).toBeGreaterThan(0);
    expect(examples).toContainEqual(partOf(c!).value);
  });
});

describe("the spec's request examples", () => {
  const examples = [...operations.values()]
    .filter((o) => !MESSAGE_OPERATIONS.includes(o.id))
    .flatMap((o) => PARTS.flatMap((part) => examplesOf(o, part).map((example, i) => [`${o.id} ${part} #${i}`, o, part, example] as const)));

  it.each(examples)("%s is valid", (_t, o, part, example) => {
    const validate = specValidator(o, part);
    expect(validate(example), describeErrors(validate.errors)).toBe(true);
  });
});

describe.each([...requestCorpus.keys()])("%s", (id) => {
  const o = operations.get(id)!;
  it.each(requestCorpus.get(id)!.map((c) => [requestTitle(c), c] as const))("%s", (_t, c) => {
    const { part, value } = partOf(c);
    const validate = specValidator(o, part);
    const accepted = validate(value);
    expect(accepted, `the spec ${c.valid ? "rejected" : "accepted"} it:\n${describeErrors(validate.errors)}`).toBe(c.valid);
    if (c.valid) return;
    const errors = validate.errors ?? [];
    expect(errors.map(errorPath), `no error at ${c.path}:\n${describeErrors(errors)}`).toContain(c.path);
    if (c.limit) {
      // The case must break that very limit: same keyword, same bound, at the same place.
      const { keyword, value: bound } = LIMITS[c.limit]!;
      const hit = errors.some((e) => e.keyword === keyword && errorPath(e) === c.path && (e.params.limit ?? e.params.pattern) === bound);
      expect(hit, `no \`${keyword}: ${JSON.stringify(bound)}\` error (${c.limit}) at ${c.path}:\n${describeErrors(errors)}`).toBe(true);
    }
  });
});
