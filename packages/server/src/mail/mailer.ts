/**
 * Sending e-mail, for password resets: through the SMTP server a host names in SMTP_URL
 * (smtp://user:password@host:587, or smtps:// for TLS from the start), with nodemailer.
 * Without one, Attune sends nothing and the host makes reset links on the command line.
 */
import nodemailer from "nodemailer";

export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export const smtpMailer = (url: string, from: string): Mailer => {
  const transport = nodemailer.createTransport(url);
  return {
    send: async (message) => {
      await transport.sendMail({ from, ...message });
    },
    close: () => transport.close(),
  };
};
