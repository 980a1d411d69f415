#include "document/extractedtext.h"

#include "document/paragraphbuilder.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>

namespace Recension {

namespace {

// Changes whenever the stream's layout does, so a stale child is never misread.
constexpr quint32 streamMagic = 0x52435844; // "RCXD"
constexpr quint32 streamVersion = 2;

} // namespace

void ExtractedText::addParagraph(const QString &text, int line, int lastLine, int page,
                                 int lastPage)
{
    QString collapsed = collapseWhiteSpace(text);
    if (collapsed.isEmpty())
        return;
    const int ordinal = int(paragraphs.size()) + 1;
    Paragraph paragraph;
    paragraph.text = std::move(collapsed);
    paragraph.line = line > 0 ? line : ordinal;
    paragraph.lastLine = lastLine > 0 ? lastLine : paragraph.line;
    paragraph.page = std::max(page, 0);
    paragraph.lastPage = std::max(lastPage, paragraph.page);
    paragraphs.append(std::move(paragraph));
}

QByteArray serialise(const ExtractedText &text)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << streamMagic << streamVersion << text.heading << text.formatName << text.warnings
        << text.error << quint32(text.paragraphs.size());
    for (const Paragraph &paragraph : text.paragraphs)
        out << paragraph.text << qint32(paragraph.line) << qint32(paragraph.lastLine)
            << qint32(paragraph.page) << qint32(paragraph.lastPage);
    return bytes;
}

bool deserialise(const QByteArray &bytes, ExtractedText *text)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    quint32 count = 0;
    in >> magic >> version;
    if (magic != streamMagic || version != streamVersion)
        return false;
    ExtractedText result;
    in >> result.heading >> result.formatName >> result.warnings >> result.error >> count;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        Paragraph paragraph;
        qint32 line = 0;
        qint32 lastLine = 0;
        qint32 page = 0;
        qint32 lastPage = 0;
        in >> paragraph.text >> line >> lastLine >> page >> lastPage;
        paragraph.line = line;
        paragraph.lastLine = lastLine;
        paragraph.page = page;
        paragraph.lastPage = lastPage;
        result.paragraphs.append(std::move(paragraph));
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return false;
    *text = std::move(result);
    return true;
}

} // namespace Recension
