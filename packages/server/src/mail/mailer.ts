/**
 * Sending e-mail, for password resets: through the SMTP server a host names in SMTP_URL
 * (smtp://user:password@host:587, or smtps:// for TLS from the start), with nodemailer.
 * Without one, Attune sends nothing and the host makes reset links on the command line.
 */
import type { Transporter } from "nodemailer";

export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** nodemailer loads on the first mail, so starting the server or the command line stays quick. */
export const smtpMailer = (url: string, from: string): Mailer => {
  let transport: Promise<Transporter> | undefined;
  const open = () => {
    transport ??= import("nodemailer").then((m) => m.default.createTransport(url));
    return transport;
  };
  return {
    send: async (message) => {
      await (await open()).sendMail({ from, ...message });
    },
    close: () => void transport?.then((t) => t.close()),
  };
};
