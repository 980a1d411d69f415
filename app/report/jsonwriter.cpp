#include "report/jsonwriter.h"

#include <QJsonArray>

namespace Recension {

QJsonObject documentToJson(const Document &document)
{
    QJsonArray paragraphs;
    for (int i = 0; i < document.paragraphs.size(); ++i) {
        const Paragraph &p = document.paragraphs[i];
        paragraphs.append(QJsonObject{{QStringLiteral("index"), i},
                                      {QStringLiteral("line"), p.line},
                                      {QStringLiteral("lastLine"), p.lastLine},
                                      {QStringLiteral("text"), p.text}});
    }
    return QJsonObject{{QStringLiteral("path"), document.path},
                       {QStringLiteral("title"), document.title},
                       {QStringLiteral("sha256"), document.sha256},
                       {QStringLiteral("encoding"), document.encoding},
                       {QStringLiteral("language"), document.language},
                       {QStringLiteral("words"), document.wordCount},
                       {QStringLiteral("paragraphs"), paragraphs}};
}

} // namespace Recension
