/**
 * The page a shared guide card link opens, without an account: only the card, as plain HTML with no
 * script, never indexed or cached (see security-headers.ts), limited per address. A link that was
 * stopped, has expired, or whose maker may no longer share the card says so, in both languages.
 */
import { canEditFamilyDetails, type Role } from "@attune/core";
import type { FastifyInstance } from "fastify";
import { sha256 } from "../auth/secrets.ts";
import { isoNow, type Services } from "../services.ts";
import { openCardLink } from "../store/card-links.ts";
import { cardContent } from "./card-link-routes.ts";

const html = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

const page = (lang: string, title: string, body: string) => `<!doctype html>
<html lang="${html(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow, noarchive">
<meta name="referrer" content="no-referrer">
<title>${html(title)}</title>
<link rel="stylesheet" href="/card.css">
</head>
<body>
${body}
</body>
</html>
`;

const gone = page(
  "en",
  "Attune",
  `<main class="card gone">
<h1>This card is no longer shared</h1>
<p>The family stopped sharing it, or the link has expired. Ask them for a new link.</p>
<h1 lang="es">Esta tarjeta ya no se comparte</h1>
<p lang="es">La familia dejó de compartirla o el enlace ha caducado. Pídele un enlace nuevo.</p>
</main>`,
);

const tokenShape = /^[A-Za-z0-9_-]{20,64}$/;

export const registerCardPage = (app: FastifyInstance, services: Services): void => {
  app.get<{ Params: { token: string } }>(
    "/card/:token",
    { config: { rateLimit: services.options.rateLimits.card } },
    async (request, reply) => {
      reply.type("text/html; charset=utf-8");
      const token = request.params.token;
      const row = tokenShape.test(token)
        ? await openCardLink(services.db, sha256(token), isoNow(services))
        : undefined;
      const card =
        row && canEditFamilyDetails({ role: row.role as Role })
          ? cardContent.safeParse(JSON.parse(row.card))
          : undefined;
      if (!card?.success) return reply.status(404).send(gone);
      const c = card.data;
      const sections = c.sections
        .map(
          (s) =>
            `<section>\n<h2>${html(s.title)}</h2>\n<ul>\n${s.lines.map((l) => `<li>${html(l)}</li>`).join("\n")}\n</ul>\n</section>`,
        )
        .join("\n");
      return reply.send(
        page(
          c.lang,
          c.title,
          `<main class="card">\n<h1>${html(c.title)}</h1>\n${sections}\n<footer>${html(c.footer)}</footer>\n</main>`,
        ),
      );
    },
  );
};
