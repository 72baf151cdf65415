import type { AddressInfo } from 'node:net'

import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type SMTPCapture = {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  url: string
  messages: ParsedMail[]
  /** The first message (already received or still to come) to `address`, after `since` messages. */
  nextTo: (address: string, options?: { since?: number; timeoutMs?: number }) => Promise<ParsedMail>
  close: () => Promise<void>
}

/** A real SMTP server in this process that keeps every message it is given, parsed. */
export async function startSMTPCapture(): Promise<SMTPCapture> {
  const messages: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: no certificate to trust.
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => messages.push(parsed))
        .then(() => callback(), callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo

  const isTo = (message: ParsedMail, address: string) =>
    [message.to].flat().some((to) => to?.value.some((mailbox) => mailbox.address?.toLowerCase() === address.toLowerCase()))

  async function nextTo(address: string, { since = 0, timeoutMs = 10_000 } = {}) {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = messages.slice(since).find((message) => isTo(message, address))
      if (found) return found
      if (Date.now() > deadline) throw new Error(`no message to ${address} within ${timeoutMs} ms (${messages.length} received)`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  return { url: `smtp://127.0.0.1:${port}`, messages, nextTo, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

/** The links in a message's HTML, in order. */
export function linksIn(message: ParsedMail): string[] {
  return [...String(message.html || '').matchAll(/href="([^"]+)"/g)].map((match) => match[1].replace(/&amp;/g, '&'))
}
