#pragma once

#include "document/document.h"
#include "text/analysedtext.h"

#include <QStringList>

#include <memory>

/// Helpers shared by the text tests: readable renderings of tokens and quotations.
namespace TextTesting {

inline QChar kindLetter(Recension::TokenKind kind)
{
    switch (kind) {
    case Recension::TokenKind::Word: return u'W';
    case Recension::TokenKind::Number: return u'N';
    case Recension::TokenKind::Punctuation: return u'P';
    case Recension::TokenKind::Space: return u'S';
    }
    return u'?';
}

/// "text:K" for every token, K one of W N P S.
inline QStringList describe(const QString &text, const QVector<Recension::Token> &tokens)
{
    QStringList out;
    for (const Recension::Token &token : tokens)
        out << text.mid(token.start, token.length) + u':' + kindLetter(token.kind);
    return out;
}

/// Empty when the tokens cover the text in order with no gap, else what is wrong.
inline QString coverageProblem(const QString &text, const QVector<Recension::Token> &tokens)
{
    int at = 0;
    for (int i = 0; i < tokens.size(); ++i) {
        if (tokens[i].start != at)
            return QStringLiteral("token %1 starts at %2, expected %3").arg(i).arg(tokens[i].start).arg(at);
        if (tokens[i].length <= 0)
            return QStringLiteral("token %1 is empty").arg(i);
        at = tokens[i].end();
    }
    if (at != text.size())
        return QStringLiteral("tokens end at %1 of %2").arg(at).arg(text.size());
    return {};
}

inline Recension::DocumentPtr makeDocument(const QStringList &paragraphs,
                                           const QString &language = QStringLiteral("en"))
{
    auto document = std::make_shared<Recension::Document>();
    document->language = language;
    int line = 1;
    for (const QString &text : paragraphs) {
        document->paragraphs.append(Recension::Paragraph{text, line, line});
        line += 2;
    }
    return document;
}

/// The quoted text; paragraphs joined by " | "; " (open)" when not closed.
inline QString quoteText(const Recension::Document &document, const Recension::QuoteSpan &span)
{
    const auto &paragraphs = document.paragraphs;
    QString text;
    if (span.paragraph == span.endParagraph) {
        text = paragraphs[span.paragraph].text.mid(span.start, span.end - span.start);
    } else {
        text = paragraphs[span.paragraph].text.mid(span.start);
        for (int p = span.paragraph + 1; p < span.endParagraph; ++p)
            text += QStringLiteral(" | ") + paragraphs[p].text;
        text += QStringLiteral(" | ") + paragraphs[span.endParagraph].text.left(span.end);
    }
    if (!span.closed)
        text += QStringLiteral(" (open)");
    return text;
}

} // namespace TextTesting
