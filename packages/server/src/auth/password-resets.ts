/**
 * Password resets: a link with a random token, good once and for an hour, sent by e-mail when the
 * server can send mail, or printed for the host by `npm run attune -- reset-link --email …`.
 * Only the token's hash is stored. Using it sets the new password and ends every session.
 */
import { isoNow, type Services } from "../services.ts";
import { insertReset } from "../store/password-resets.ts";
import { randomToken, sha256 } from "./secrets.ts";

export const resetLifetimeMs = 3600 * 1000;

export const createResetLink = async (services: Services, userId: string): Promise<string> => {
  const token = randomToken();
  await insertReset(
    services.db,
    { tokenHash: sha256(token), userId, expiresAt: new Date(services.now() + resetLifetimeMs).toISOString() },
    isoNow(services),
  );
  return `${services.options.publicUrl}/reset?token=${encodeURIComponent(token)}`;
};

/** The e-mail with the link, in the account's language. */
export const resetMail = (locale: string, name: string, link: string) =>
  locale === "es"
    ? {
        subject: "Tu enlace para elegir una contraseña nueva en Attune",
        text: `Hola, ${name}:\n\nAlguien (esperamos que tú) ha pedido cambiar la contraseña de tu cuenta de Attune. Abre este enlace en la próxima hora para elegir una nueva; solo sirve una vez:\n\n${link}\n\nSi no lo has pedido tú, no hagas nada: tu contraseña sigue igual.\n`,
      }
    : {
        subject: "Your link to choose a new Attune password",
        text: `Hello ${name},\n\nSomeone (we hope you) asked to change the password of your Attune account. Open this link within the next hour to choose a new one; it works once:\n\n${link}\n\nIf it wasn't you, do nothing: your password stays as it is.\n`,
      };
