/** The licences a photographer can choose; downloads of the original are offered only for open ones. */
export const LICENCES = [
  { value: 'all-rights-reserved', label: 'All rights reserved', url: null, allowsDownload: false },
  { value: 'cc-by-4.0', label: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/', allowsDownload: true },
  { value: 'cc-by-sa-4.0', label: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/', allowsDownload: true },
  { value: 'cc-by-nc-4.0', label: 'CC BY-NC 4.0', url: 'https://creativecommons.org/licenses/by-nc/4.0/', allowsDownload: true },
] as const

export type LicenceValue = (typeof LICENCES)[number]['value']

export function licenceOf(value: string | null | undefined) {
  return LICENCES.find((licence) => licence.value === value) ?? LICENCES[0]
}
