import { describe, expect, it } from '@jest/globals'

import { fill } from '@/i18n/fill'
import { pluralText } from '@/i18n/plural'
import { siteText } from '@/i18n/siteText'

describe('counted texts', () => {
  it('take the form each language’s grammar asks for the count', () => {
    const results = (lang: 'en' | 'uk' | 'ar', count: number) => pluralText(lang, siteText(lang).search.results, count, { query: 'x' })
    expect([1, 3].map((count) => results('en', count))).toEqual(['1 result for “x”', '3 results for “x”'])
    expect([1, 3, 5, 21].map((count) => results('uk', count))).toEqual([
      '1 результат за запитом «x»',
      '3 результати за запитом «x»',
      '5 результатів за запитом «x»',
      '21 результат за запитом «x»',
    ])
    expect([1, 2, 3, 11, 100].map((count) => results('ar', count))).toEqual([
      'نتيجة واحدة عن «x»',
      'نتيجتان عن «x»',
      '3 نتائج عن «x»',
      '11 نتيجةً عن «x»',
      '100 نتيجة عن «x»',
    ])
  })

  it('put values where the translation places them, and leave an unknown placeholder visible', () => {
    expect(fill(siteText('uk').pagination.pageOf, { page: 2, total: 5 })).toBe('Сторінка 2 з 5')
    expect(fill('{title} — {missing}', { title: 'News' })).toBe('News — {missing}')
  })
})
