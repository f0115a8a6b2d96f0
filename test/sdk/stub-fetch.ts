// An in-process fetch that records requests and answers from a script: no socket, no network.
export interface Seen {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}
export type Answer = Response | Error | ((req: Request) => Response | Promise<Response> | Error);

export function stubFetch(...answers: Answer[]) {
  const seen: Seen[] = [];
  const fetch = async (req: Request): Promise<Response> => {
    seen.push({ method: req.method, url: req.url, headers: req.headers, body: await req.text() });
    const a = answers.length > 1 ? answers.shift()! : (answers[0] ?? ok());
    const r = typeof a === "function" ? await a(req) : a;
    if (r instanceof Error) throw r;
    return r.clone();
  };
  return { fetch, seen };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
export const ok = (messageId = "msg_1") => json(200, { success: true, messageId });
