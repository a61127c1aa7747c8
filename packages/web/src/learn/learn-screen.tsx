/** Learn: the articles by topic, and one article with its sources, in the reader's language. */
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useSettings } from "../settings/settings.ts";
import { articleById, articles, topics } from "./articles.ts";

export const LearnScreen = () => {
  const { t } = useTranslation();
  const lang = useSettings().language === "es" ? "es" : "en";
  return (
    <div className="learn">
      <h1>{t("learn.title")}</h1>
      <p className="hint">{t("learn.intro")}</p>
      {topics.map((topic) => (
        <section key={topic} className="card" aria-labelledby={`topic-${topic}`}>
          <h2 id={`topic-${topic}`}>{t(`learn.topic.${topic}`)}</h2>
          <ul>
            {articles
              .filter((a) => a.topic === topic)
              .map((a) => (
                <li key={a.id}>
                  <Link to={`/learn/${a.id}`}>{a.title[lang]}</Link>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
};

export const ArticleScreen = () => {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const lang = useSettings().language === "es" ? "es" : "en";
  const article = articleById(id);
  if (!article) return <p className="empty">{t("learn.notFound")}</p>;
  return (
    <article className="learn article">
      <p>
        <Link to="/learn">{t("learn.back")}</Link>
      </p>
      <h1>{article.title[lang]}</h1>
      {article.body[lang].map((p) => (
        <p key={p.slice(0, 40)}>{p}</p>
      ))}
      <h2>{t("learn.sources")}</h2>
      <ul className="sources">
        {article.sources.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </article>
  );
};
