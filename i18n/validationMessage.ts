import type { NestedKeysStripped } from '@payloadcms/translations'
import type { PayloadRequest } from 'payload'

import type { Strings } from '@/i18n/strings/en'

type ValidationKey = NestedKeysStripped<Strings['admin']['validation']>

/** A check's verdict: fine, or why not, as a key of the strings files and the values it names. */
type Verdict = true | ValidationKey | [ValidationKey, Record<string, number | string>]

/**
 * A refusal in the language of whoever made the request: the editor's admin language, or English
 * for the API and scripts (Payload's fallback language).
 */
export function validationMessage(req: Pick<PayloadRequest, 't'>, verdict: Exclude<Verdict, true>): string {
  const [key, values] = Array.isArray(verdict) ? verdict : [verdict]
  return req.t(`custom:validation:${key}` as never, values)
}

/** A field's `validate` from a check that answers with a verdict. */
export function saidInEditorsLanguage<TValue, TOptions extends { req: Pick<PayloadRequest, 't'> }>(
  check: (value: TValue, options: TOptions) => Verdict,
): (value: TValue, options: TOptions) => true | string {
  return (value, options) => {
    const verdict = check(value, options)
    return verdict === true ? true : validationMessage(options.req, verdict)
  }
}
