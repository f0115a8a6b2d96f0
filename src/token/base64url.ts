// base64url (RFC 4648 §5) without padding, over bytes, with Web APIs only.
export function encode(bytes: Uint8Array): string {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Returns undefined for anything that is not canonical base64url, so tampering cannot hide in padding or odd characters. */
export function decode(s: string | undefined): Uint8Array<ArrayBuffer> | undefined {
  if (s === undefined || !/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) return undefined;
  const bin = atob(s.replace(/-/g, "+").replace(/_/g, "/"));
  const out = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return encode(out) === s ? out : undefined;
}
