import type { StaticLabel, TextField } from 'payload'

import { saidInEditorsLanguage } from '@/i18n/validationMessage'

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/

/** A local time such as "12:00", kept as text because a march's time has no time zone worth storing. */
export function timeOfDayField(name: string, label: StaticLabel): TextField {
  return {
    name,
    label,
    type: 'text',
    maxLength: 5,
    admin: { placeholder: 'HH:MM', width: '50%' },
    validate: saidInEditorsLanguage((value: string | null | undefined) => (!value || TIME_OF_DAY.test(value) ? true : 'timeOfDay')),
  }
}
