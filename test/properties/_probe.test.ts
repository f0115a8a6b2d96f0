import { it } from "vitest";
import fc from "fast-check";
import { gen, ajvErrors } from "./arbitrary-from-schema";
const names = ["TextMessage","ListMessage","QuickReplyMessage","ImageMessage","AudioMessage","VideoMessage","FileMessage","StickerMessage","LocationMessage","ContactsMessage","LocationRequestMessage","UrlButtonMessage","CallButtonMessage","CarouselMessage","FlowMessage","Message"];
it("probe", () => {
  for (const n of names) {
    const t0 = performance.now();
    const v = gen.validatorAt(`#/components/schemas/${n}`);
    const m = gen.validatorAt(`#/components/schemas/Message`);
    let bad = 0, size = 0;
    for (const x of fc.sample(gen.component(n), 500)) { size += JSON.stringify(x).length; if (!v(x)) { bad++; if (bad < 3) console.log(n, ajvErrors(v.errors), JSON.stringify(x).slice(0, 300)); } }
    console.log(n, "bad", bad, "avg size", Math.round(size/500), "ms", Math.round(performance.now()-t0));
  }
  console.log(JSON.stringify(fc.sample(gen.component("CarouselMessage"), 1)[0]).slice(0,800));
  console.log(JSON.stringify(fc.sample(gen.component("QuickReplyMessage"), 3)));
});
