#pragma once

// Shared by the document tests: readable failures and files written at run time.

#include "document/document.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

namespace Recension {

/// Lets QCOMPARE print a paragraph (found by argument-dependent lookup).
inline char *toString(const Paragraph &paragraph)
{
    return QTest::toString(QStringLiteral("[%1-%2] \"%3\"")
                               .arg(paragraph.line)
                               .arg(paragraph.lastLine)
                               .arg(paragraph.text));
}

} // namespace Recension

Q_DECLARE_METATYPE(Recension::Paragraph)

namespace DocumentTesting {

/// @brief Path of a fixture in tests/fixtures/documents.
inline QString fixture(const QString &name)
{
    return QStringLiteral(RECENSION_FIXTURES "/documents/") + name;
}

/// @brief Writes `bytes` to `path`; true on success.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// @brief `text` encoded as UTF-16 little-endian, without a byte order mark.
inline QByteArray utf16le(const QString &text)
{
    QByteArray bytes;
    for (QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

/// @brief `text` encoded as UTF-16 big-endian, without a byte order mark.
inline QByteArray utf16be(const QString &text)
{
    QByteArray bytes;
    for (QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xFF));
    }
    return bytes;
}

} // namespace DocumentTesting
