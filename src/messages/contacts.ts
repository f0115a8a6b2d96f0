import * as v from "valibot";
import type { components } from "../../generated/openapi.js";
import {
  CONTACT_ADDRESSES_MIN_ITEMS,
  CONTACT_EMAILS_EMAIL_PATTERN,
  CONTACT_EMAILS_MIN_ITEMS,
  CONTACT_NAME_MAX_LENGTH,
  CONTACT_PHONES_MIN_ITEMS,
  CONTACT_PHONES_PHONE_PATTERN,
  CONTACTS_MESSAGE_CONTACTS_MIN_ITEMS,
} from "../../generated/limits.js";
import { list, matching, recipient, str } from "./fields.js";
import { builder } from "./build.js";

const opt = v.optional(str());
const name = v.optional(str(CONTACT_NAME_MAX_LENGTH));
// The contract's `minProperties: 1`: a card, name or address with nothing in it says nothing.
const notEmpty = <T extends object>() => v.check<T, string>((o) => Object.keys(o).length > 0, "must have at least one field");

const contact = v.pipe(
  v.strictObject({
    name: v.optional(v.pipe(v.strictObject({ formatted_name: name, first_name: name, last_name: name, middle_name: name }), notEmpty())),
    phones: v.optional(
      list(
        v.strictObject({
          phone: matching(CONTACT_PHONES_PHONE_PATTERN, "an E.164 number such as +15551234567"),
          type: opt,
          wa_id: opt,
        }),
        CONTACT_PHONES_MIN_ITEMS,
      ),
    ),
    emails: v.optional(
      list(v.strictObject({ email: matching(CONTACT_EMAILS_EMAIL_PATTERN, "an email address"), type: opt }), CONTACT_EMAILS_MIN_ITEMS),
    ),
    addresses: v.optional(
      list(
        v.pipe(v.strictObject({ street: opt, city: opt, state: opt, zip: opt, country: opt, country_code: opt, type: opt }), notEmpty()),
        CONTACT_ADDRESSES_MIN_ITEMS,
      ),
    ),
  }),
  notEmpty(),
);

/** Schema of a contacts message (`type` is plural). */
export const contactsSchema = v.strictObject({
  type: v.literal("contacts"),
  ...recipient,
  contacts: list(contact, CONTACTS_MESSAGE_CONTACTS_MIN_ITEMS),
});

/** One or more contact cards. */
export type ContactsMessage = components["schemas"]["ContactsMessage"];

/**
 * Builds a contacts message; phone numbers are E.164.
 *
 * @example
 * messages.contacts({ userId, contacts: [{ name: { formatted_name: "Ana Pérez" }, phones: [{ phone: "+593987654321", type: "Mobile" }] }] });
 */
export const contacts = builder<ContactsMessage>(contactsSchema, "contacts");
