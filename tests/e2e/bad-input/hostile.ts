import fc from 'fast-check'

/** Percent-encodes every UTF-8 byte outside the unreserved set, so any text becomes a valid URL part. */
export function encodePart(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => (/[A-Za-z0-9\-._~]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).padStart(2, '0')}`))
    .join('')
}

/** Path segments and values that have broken web servers before, sent exactly as written. */
export const HOSTILE_SEGMENTS = [
  '..',
  '.',
  '%2e%2e',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '..%5c..%5cwindows%5cwin.ini',
  '....%2f%2f....%2f%2fetc%2fpasswd',
  '%00',
  'a%00.jpg',
  '%0d%0aSet-Cookie:%20injected=1',
  '%e2%80%ae',
  '%e2%80%a8',
  '%ef%bb%bf',
  '%f0%9f%92%a9',
  '%25',
  '%2525',
  '%252e%252e%252f',
  '__proto__',
  'constructor',
  'prototype',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e309',
  '9'.repeat(40),
  '0x10',
  '1.5',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '.env',
  '.git%2Fconfig',
  'filtered',
  'feed.xml',
  'calendar.ics',
  '%20',
  '+',
  'a'.repeat(2000),
  encodePart('ｎｅｗｓ'),
  encodePart('١٢'),
]

/** Percent-escapes that do not decode to UTF-8 text at all (stray `%`, a lone byte, an overlong dot). */
export const UNDECODABLE_SEGMENTS = ['%', 'a%', '%zz', '%ff', '%c0%ae%c0%ae%2f', '%e0%a4%a', '%ed%a0%80', '%80', 'x%fe%ff']

/** Number-like text for page numbers, limits and ids: the edges of every number type. */
export const numberLike: fc.Arbitrary<string> = fc.oneof(
  fc.integer().map(String),
  fc.double().map(String),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.constantFrom('1e309', '-1e309', '-0', '0x1f', '0b11', '1_000', '1 ', ' 1', '+1', '1.', '.5', '00001', '10000', '10001', '٣', '１', 'NaN', ''),
)

/** Any text at all: arbitrary code points (control characters and lone surrogates included), or graphemes. */
export const anyText = (maxLength = 60): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary-ascii', maxLength }),
  )

/** One path segment, ready to put in a URL: generated text (encoded), a known-hostile segment, or a number. */
export const pathSegment: fc.Arbitrary<string> = fc.oneof(
  anyText().filter((text) => text.length > 0).map(encodePart),
  fc.constantFrom(...HOSTILE_SEGMENTS),
  numberLike.filter((text) => text.trim() !== '').map(encodePart),
)

/** Keys that mean something to Next, Payload or JavaScript objects. */
const QUERY_KEYS = [
  'page',
  'q',
  'demo',
  'year',
  'topic',
  'path',
  'page[]',
  'page[a]',
  'q[]',
  '__proto__[polluted]',
  'constructor[prototype][polluted]',
  '_rsc',
  '__nextDataReq',
  'nxtPslug',
  'nxtPpage',
  'nxtPid',
  'draft',
  'preview',
]

export const queryString: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...QUERY_KEYS), anyText(12).map(encodePart)),
      fc.oneof(numberLike.map(encodePart), anyText().map(encodePart), fc.constantFrom(...HOSTILE_SEGMENTS, ...UNDECODABLE_SEGMENTS)),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((pairs) => `?${pairs.map(([key, value]) => `${key}=${value}`).join('&')}`)

/** Markup that must come out as text wherever it is shown; each piece tries another way out of its context. */
export const INJECTIONS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(2) data-injected>',
  "'><svg onload=alert(3) data-injected>",
  '</script><script>alert(4)</script>',
  ']]><injected data-injected="5"/>',
  '<!--',
  '</title><base href="//evil.example/">',
]

/** The raw text that would mean an injection reached the page as markup. */
export const RAW_MARKUP = ['<script>alert(', '<img src=x', '<svg onload', '<injected', '<base href="//evil']

/** A field's worth of hostile text: a label saying which field it is, then as many injections as fit. */
export function hostileText(label: string, maxLength: number): string {
  return `${label} ${INJECTIONS.join(' ')}`.slice(0, maxLength)
}

/** A word no real content contains, so finding it anywhere proves where it came from. */
export function marker(kind: string): string {
  return `${kind}${Math.random().toString(36).slice(2, 10)}`
}
