// Draws a type's form from its field list (playground/types.js) over a draft object, writes every
// keystroke back into the draft, and turns the draft into the payload: empty optional fields are
// left out, so the JSON panel shows exactly what would go on the wire.
import { codePoints, getAt, h, setAt } from "./dom.js";

const limitOf = (limits, name) => (name ? limits[name]?.value : undefined);
/** Element ids: `f-<path>` unless the form says otherwise (two forms on one page must not clash). */
const idOf = (ctx, path) => `${ctx.idPrefix ?? "f-"}${path}`;

/** The counter text and state of a text field: "n/max", over when n > max (code points). */
export function counterState(value, max) {
  const n = codePoints(value);
  return { text: max === undefined ? `${n}` : `${n}/${max}`, over: max !== undefined && n > max };
}

/**
 * Renders `def.fields` over `draft` into `root`.
 * @param {{ limits: Record<string, { value: unknown }>, onInput: () => void, onRedraw: () => void, idPrefix?: string }} ctx
 *   onInput after a keystroke (the form stays, focus too); onRedraw when the form's shape changed.
 */
export function renderForm(root, def, draft, ctx) {
  root.replaceChildren(...fieldsOf(def.fields, draft, "", ctx));
}

function fieldsOf(fields, obj, base, ctx) {
  return fields
    .filter((f) => !f.when || f.when(obj))
    .map((f) => {
      const key = typeof f.key === "function" ? f.key(obj) : f.key;
      const path = base ? `${base}.${key}` : key;
      return FIELD[f.kind](f, obj, key, path, ctx);
    });
}

const issueSlot = () => h("span", { class: "field-issue", role: "alert" });

const FIELD = {
  text(f, obj, key, path, ctx) {
    const max = limitOf(ctx.limits, f.max);
    const value = getAt(obj, key) ?? "";
    const counter = h("span", {
      class: "counter",
      dataset: { counterFor: path },
      title: max === undefined ? "no maximum in the contract" : `at most ${max} characters (${f.max})`,
    });
    const show = (v) => {
      const s = counterState(v, max);
      counter.textContent = s.text;
      counter.classList.toggle("over", s.over);
    };
    show(value);
    const attrs = { id: idOf(ctx, path), dataset: { path }, placeholder: f.placeholder, spellcheck: "false", value };
    const input = f.multiline ? h("textarea", { ...attrs, rows: 2 }) : h("input", { ...attrs, type: "text" });
    input.addEventListener("input", () => {
      setAt(obj, key, input.value);
      show(input.value);
      ctx.onInput();
    });
    return h("div", { class: "field" }, h("label", { for: idOf(ctx, path) }, h("span", {}, f.label), counter), input, issueSlot());
  },

  number(f, obj, key, path, ctx) {
    const [min, max] = [limitOf(ctx.limits, f.min), limitOf(ctx.limits, f.max)];
    const input = h("input", {
      id: idOf(ctx, path),
      type: "number",
      step: "any",
      min,
      max,
      dataset: { path },
      value: String(getAt(obj, key) ?? ""),
    });
    input.addEventListener("input", () => {
      setAt(obj, key, input.value === "" ? undefined : Number(input.value));
      ctx.onInput();
    });
    const range = min !== undefined && max !== undefined ? `${min} … ${max}` : "";
    return h(
      "div",
      { class: "field" },
      h("label", { for: idOf(ctx, path) }, h("span", {}, f.label), h("span", { class: "counter" }, range)),
      input,
      issueSlot(),
    );
  },

  choice(f, obj, key, path, ctx) {
    const current = getAt(obj, key) ?? "";
    const select = h(
      "select",
      { id: idOf(ctx, path), dataset: { path } },
      f.options.map(([v, label]) => h("option", { value: v, selected: v === current }, label)),
    );
    select.addEventListener("change", () => {
      if (f.onPick) f.onPick(obj, select.value);
      else setAt(obj, key, select.value);
      ctx.onRedraw();
    });
    return h("div", { class: "field" }, h("label", { for: idOf(ctx, path) }, h("span", {}, f.label)), select, issueSlot());
  },

  repeat(f, obj, key, path, ctx) {
    const items = getAt(obj, key) ?? [];
    const max = limitOf(ctx.limits, f.max);
    const count = { text: `${items.length}/${max}`, over: max !== undefined && items.length > max };
    const singular = f.label.replace(/s$/, "").toLowerCase();
    const add = () => {
      setAt(obj, key, [...items, f.item(items.length)]);
      ctx.onRedraw();
    };
    const remove = (i) => {
      items.splice(i, 1);
      setAt(obj, key, items);
      ctx.onRedraw();
    };
    return h(
      "fieldset",
      { class: "repeat", dataset: { path } },
      h(
        "legend",
        {},
        f.label,
        " ",
        h("span", { class: `counter${count.over ? " over" : ""}`, title: f.max ?? "" }, max === undefined ? `${items.length}` : count.text),
      ),
      items.map((item, i) =>
        h(
          "div",
          { class: "item", dataset: { path: `${path}.${i}` } },
          h(
            "div",
            { class: "item-head" },
            h("span", {}, `${f.label.replace(/s$/, "")} ${i + 1}`),
            h("button", { type: "button", class: "link", onclick: () => remove(i), "aria-label": `remove ${singular} ${i + 1}` }, "remove"),
          ),
          fieldsOf(f.fields, item, `${path}.${i}`, ctx),
          issueSlot(),
        ),
      ),
      h("button", { type: "button", class: "add", onclick: add, dataset: { add: path } }, `+ add ${singular}`),
      issueSlot(),
    );
  },

  /** A list of plain strings (`destinations`, `parameters`): one input each, `itemMax` names their limit. */
  strings(f, obj, key, path, ctx) {
    const items = getAt(obj, key) ?? [];
    const singular = f.singular ?? f.label.replace(/s$/, "").toLowerCase();
    const add = () => {
      setAt(obj, key, [...items, ""]);
      ctx.onRedraw();
      document.getElementById(idOf(ctx, `${path}.${items.length}`))?.focus();
    };
    const remove = (i) => {
      items.splice(i, 1);
      setAt(obj, key, items);
      ctx.onRedraw();
    };
    const rows = items.map((_, i) => {
      const row = FIELD.text(
        {
          kind: "text",
          label: typeof f.itemLabel === "function" ? f.itemLabel(i) : `${f.itemLabel ?? singular} ${i + 1}`,
          max: f.itemMax,
          placeholder: f.placeholder,
        },
        items,
        String(i),
        `${path}.${i}`,
        ctx,
      );
      row
        .querySelector("label")
        .append(
          h("button", { type: "button", class: "link", onclick: () => remove(i), "aria-label": `remove ${singular} ${i + 1}` }, "remove"),
        );
      return row;
    });
    return h(
      "fieldset",
      { class: "repeat", dataset: { path } },
      h("legend", {}, f.label, " ", h("span", { class: "counter" }, `${items.length}`)),
      f.hint && h("div", { class: "hint" }, f.hint),
      rows,
      h("button", { type: "button", class: "add", onclick: add, dataset: { add: path } }, `+ add ${singular}`),
      issueSlot(),
    );
  },
};

/** Shows each issue next to the field (or list) its path names; issues with no field stay in the list only. */
export function markIssues(root, issues) {
  for (const el of root.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
  for (const el of root.querySelectorAll(".field-issue")) el.textContent = "";
  for (const { path, message } of issues) {
    const el = root.querySelector(`[data-path="${CSS.escape(path)}"]`);
    if (!el) continue;
    el.setAttribute("aria-invalid", "true");
    const slot = el.matches("fieldset, .item")
      ? el.querySelector(":scope > .field-issue")
      : el.parentElement.querySelector(":scope > .field-issue");
    if (slot) slot.textContent = slot.textContent ? `${slot.textContent}; ${message}` : message;
  }
}

/** Names of the optional lists in a field tree (dropped from the payload when empty). */
function optionalLists(fields, out = new Set()) {
  for (const f of fields) if (f.kind === "repeat") (f.optional && out.add(f.key), optionalLists(f.fields, out));
  return out;
}

function clean(v, key, optional, inArray = false) {
  if (typeof v === "string") return v === "" ? undefined : v;
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (Array.isArray(v)) {
    // Items stay (as {} when empty) so issue paths keep pointing at the right index.
    const a = v.map((x) => clean(x, undefined, optional, true) ?? {});
    return a.length === 0 && optional.has(key) ? undefined : a;
  }
  if (v && typeof v === "object") {
    const o = {};
    for (const [k, x] of Object.entries(v)) {
      const c = clean(x, k, optional);
      if (c !== undefined) o[k] = c;
    }
    return Object.keys(o).length || inArray ? o : undefined;
  }
  return v;
}

/** The payload the draft stands for; messages get `type` and `userId` first, like the docs' examples. */
export function toPayload(def, draft, userId) {
  const body = clean(structuredClone(draft), undefined, optionalLists(def.fields)) ?? {};
  const p = def.endpoint === "flow" ? body : { type: body.type, ...(userId && { userId }), ...body };
  def.finish?.(p);
  return p;
}
