import type { StaticLabel, TextField } from 'payload'

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/

/** A local time such as "12:00", kept as text because a march's time has no time zone worth storing. */
export function timeOfDayField(name: string, label: StaticLabel): TextField {
  return {
    name,
    label,
    type: 'text',
    maxLength: 5,
    admin: { placeholder: 'HH:MM', width: '50%' },
    validate: (value: string | null | undefined) =>
      !value || TIME_OF_DAY.test(value) ? true : 'Use the 24-hour form HH:MM, e.g. 12:30.',
  }
}
