// X-Jelou-Signature vectors (test/fixtures/webhooks/signatures.json) against src/webhooks: every
// verdict is first recomputed here with node:crypto from the documented rules, so the fixture cannot
// say something the rules do not.
import { createHmac, timingSafeEqual } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signPayload, verifySignature } from "../../src/webhooks/index.js";
import fixture from "../fixtures/webhooks/signatures.json";

const { secret, vectors } = fixture;

/** The README's rule, with node:crypto: `sha256=` + 64 hex digits (any case, prefix any case), whitespace around allowed. */
function nodeVerdict(body: string, header: string | null): boolean {
  const m = header === null ? null : /^\s*sha256=([0-9a-f]{64})\s*$/i.exec(header);
  if (!m) return false;
  return timingSafeEqual(Buffer.from(m[1]!, "hex"), createHmac("sha256", secret).update(body, "utf8").digest());
}

describe("signature vectors", () => {
  it("has the cases the issue lists", () => {
    const names = vectors.map((v) => v.name).join("\n");
    for (const word of [
      "ASCII",
      "accents",
      "emoji",
      "\\r\\n",
      "empty body",
      "uppercase hex",
      "missing prefix",
      "wrong secret",
      "flipped byte",
      "truncated",
      "whitespace",
    ])
      expect(names).toContain(word);
  });

  it.each(vectors)("$name: node:crypto agrees with the fixture's verdict ($verdict)", ({ body, header, verdict }) => {
    expect(nodeVerdict(body, header)).toBe(verdict);
  });

  it.each(vectors)("$name: verifySignature answers $verdict for a string, bytes and an ArrayBuffer", async ({ body, header, verdict }) => {
    const bytes = new TextEncoder().encode(body);
    expect(await verifySignature(secret, body, header)).toBe(verdict);
    expect(await verifySignature(secret, bytes, header)).toBe(verdict);
    expect(await verifySignature(secret, bytes.buffer.slice(0), header)).toBe(verdict);
  });

  it.each(vectors)("$name: signPayload gives node:crypto's header", async ({ body }) => {
    expect(await signPayload(secret, body)).toBe(`sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`);
  });

  it("verifies a view into a larger buffer by its own bytes only", async () => {
    const body = '{"a":"ação"}';
    const inner = new TextEncoder().encode(body);
    const big = new Uint8Array(inner.byteLength + 8);
    big.set(inner, 4);
    expect(await verifySignature(secret, big.subarray(4, 4 + inner.byteLength), await signPayload(secret, body))).toBe(true);
  });

  it("never throws on headers of any shape", async () => {
    for (const header of [
      undefined,
      null,
      "",
      " ",
      "sha256=",
      "sha256",
      "=",
      "sha256=" + "a".repeat(10_000),
      42 as unknown as string,
      {} as unknown as string,
    ])
      await expect(verifySignature(secret, "{}", header)).resolves.toBe(false);
  });

  it("rejects an empty secret instead of answering false (an unset environment variable)", async () => {
    await expect(verifySignature("", "{}", `sha256=${"0".repeat(64)}`)).rejects.toThrow();
    await expect(signPayload("", "{}")).rejects.toThrow();
  });
});
