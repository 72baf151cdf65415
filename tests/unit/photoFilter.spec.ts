import { describe, expect, it } from '@jest/globals'

import { demoChoices, DEMOS_LISTED } from '@/components/photos/PhotoFilters'
import { filterFromSegments, filteredArchivePath, parsePhotoFilter } from '@/lib/urls/photoFilter'

const archivePath = (query: string) => filteredArchivePath(new URLSearchParams(query))

describe('the photo archive filter', () => {
  it('reads filters from the address, ignoring anything malformed', () => {
    expect(parsePhotoFilter({ demo: 'london-march', year: '2024', topic: 'palestine' })).toEqual({ demo: 'london-march', year: 2024, topic: 'palestine' })
    expect(parsePhotoFilter({ demo: '../etc/passwd', year: '20x4', topic: ['a', 'b'] })).toEqual({ topic: 'a' })
    expect(parsePhotoFilter({ year: '99999999' })).toEqual({})
  })

  it('gives every spelling of one filtered page one cached address', () => {
    const canonical = '/photos/filtered/london-march/2024/_/3'
    expect(archivePath('demo=london-march&year=2024&page=3')).toBe(canonical)
    expect(archivePath('page=3&year=2024&demo=london-march&utm_source=x')).toBe(canonical)
    expect(archivePath('year=2024&year=1999&demo=london-march&page=3&topic=../x')).toBe(canonical)
    expect(archivePath('year=2024')).toBe('/photos/filtered/_/2024/_/1')
  })

  it('sends a page number that is not one to a page that does not exist, not to page 1', () => {
    for (const page of ['', 'abc', '0', '-1', '1e3', '99999999']) {
      expect(archivePath(`year=2024&page=${page}`)).toBe('/photos/filtered/_/2024/_/0')
    }
  })

  it('reads the filter back from the route, and refuses segments the rewrite never writes', () => {
    expect(filterFromSegments({ demo: 'london-march', year: '2024', topic: '_', page: '3' })).toEqual({ filter: { demo: 'london-march', year: 2024 }, page: 3 })
    expect(filterFromSegments({ demo: '_', year: '_', topic: '_', page: '1' })).toEqual({ filter: {}, page: 1 })
    expect(filterFromSegments({ demo: '_', year: '_', topic: '_', page: '0' })).toBeNull()
    expect(filterFromSegments({ demo: 'A B', year: '_', topic: '_', page: '1' })).toBeNull()
    expect(filterFromSegments({ demo: '_', year: '02024', topic: '_', page: '1' })).toBeNull()
    expect(filterFromSegments({ demo: '_', year: '_', topic: '_', page: '01' })).toBeNull()
  })
})

describe('the demonstration choice', () => {
  const demos = Array.from({ length: 80 }, (_, index) => {
    const year = 2026 - Math.floor(index / 40)
    return { slug: `demo-${index}`, title: `Demo ${index}`, date: `${year}-06-${String((index % 28) + 1).padStart(2, '0')}` }
  })

  it('lists the newest demonstrations and says older ones are reached by year', () => {
    const { listed, more } = demoChoices(demos, {})
    expect(listed).toHaveLength(DEMOS_LISTED)
    expect(listed[0].slug).toBe('demo-0')
    expect(more).toBe(true)
  })

  it('lists the chosen year’s demonstrations', () => {
    const { listed } = demoChoices(demos, { year: 2025 })
    expect(listed.every((demo) => demo.date.startsWith('2025-'))).toBe(true)
    expect(listed[0].slug).toBe('demo-40')
  })

  it('always lists the demonstration being shown', () => {
    const { listed } = demoChoices(demos, { demo: 'demo-79' })
    expect(listed[0].slug).toBe('demo-79')
    expect(listed).toHaveLength(DEMOS_LISTED + 1)
    expect(demoChoices(demos.slice(0, 5), {})).toEqual({ listed: demos.slice(0, 5), more: false })
  })
})
