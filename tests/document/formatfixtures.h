#pragma once

// The project's own short articles as Word, OpenDocument and PDF files, in English, German
// and French, and the bad inputs made from them: shared by the command-line tests and the
// window's tests, which open the same files.

#include "packagebuilder.h"
#include "pdfbuilder.h"

#include <QDir>
#include <QFile>
#include <QString>

namespace FormatFixtures {

using namespace PackageBuilder;

inline const QString englishTitle = QStringLiteral("Ferry timetable changes for the winter");
inline const QString germanTitle = QStringLiteral("Sturm legt den Fährverkehr nach Kessvik lahm");
inline const QString germanBody = QStringLiteral(
    "Die Inselfähre ist am Dienstag nicht ausgelaufen, nachdem der Sturm den Anleger beschädigt "
    "hatte. Die Reparatur wird nach Angaben der Gemeinde zwei Wochen dauern, und der "
    "Gemeinderat will im März abstimmen.");
inline const QString frenchTitle = QStringLiteral("La tempête coupe la liaison maritime de Kessvik");
inline const QString frenchBody = QStringLiteral(
    "Le bac de l’île n’a pas navigué mardi, après que la tempête a endommagé le quai. Selon la "
    "commune, les travaux dureront au moins deux semaines et le conseil votera en mars sur un "
    "nouveau quai.");

/// @brief Writes `bytes` as `name` in `folder`; the path, or an empty string on failure.
inline QString write(const QString &folder, const QString &name, const QByteArray &bytes)
{
    QFile file(QDir(folder).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

/// @brief The English ferry notice as a Word file (its body sails "twice a day").
inline QByteArray englishDocx()
{
    return docx(wordParagraph(englishTitle, QStringLiteral("Titel"))
                + wordParagraph(QStringLiteral("The island ferry will sail twice a day from "
                                               "November.")));
}

/// @brief The English ferry notice as an OpenDocument file (from December).
inline QByteArray englishOdt()
{
    return odt(odfParagraph(englishTitle, 1)
               + odfParagraph(QStringLiteral("The island ferry will sail twice a day from "
                                             "December.")));
}

/// @brief The English ferry notice as a one-page PDF (three times a day).
inline QByteArray englishPdf()
{
    QVector<PdfBuilder::Line> lines;
    lines.append({ 0, 50, 90, englishTitle, 18 });
    lines << PdfBuilder::column(0, 50, 140,
        { QStringLiteral("The island ferry will sail three"),
            QStringLiteral("times a day from November.") });
    return PdfBuilder::pdf(lines, 1);
}

/// @brief The German storm report as a Word file, titled by its style.
inline QByteArray germanDocx()
{
    return docx(wordParagraph(germanTitle, QStringLiteral("Titel")) + wordParagraph(germanBody));
}

/// @brief The German storm report as a PDF with a word hyphenated at a line end.
inline QByteArray germanPdf()
{
    QVector<PdfBuilder::Line> lines;
    lines.append({ 0, 50, 90, germanTitle, 18 });
    lines << PdfBuilder::column(0, 50, 140,
        { QStringLiteral("Die Inselfähre ist am Dienstag nicht"),
            QStringLiteral("ausgelaufen, nachdem der Sturm den An-"),
            QStringLiteral("leger beschädigt hatte. Die Reparatur"),
            QStringLiteral("wird nach Angaben der Gemeinde zwei"),
            QStringLiteral("Wochen dauern.") });
    return PdfBuilder::pdf(lines, 1);
}

/// @brief The French storm report as an OpenDocument file with one link to a web page.
inline QByteArray frenchOdt()
{
    return odt(odfParagraph(frenchTitle, 1) + odfParagraph(frenchBody)
               + "<text:p>Voir <text:a xlink:href=\"https://example.invalid/\">le site"
                 "</text:a>.</text:p>");
}

/// @brief The German storm report as a Word file that links a web page, a picture and a
/// template outside the file (none of which may ever be fetched).
inline QByteArray linkedDocx()
{
    const QByteArray relationship = "<Relationship Id=\"%1\" Type=\"http://schemas."
                                    "openxmlformats.org/officeDocument/2006/relationships/%2\" "
                                    "Target=\"http://example.invalid/%3\" TargetMode=\"External\"/>";
    const char *const links[][3] = { { "rId7", "hyperlink", "page" },
        { "rId8", "image", "photo.jpg" }, { "rId9", "attachedTemplate", "newsroom.dotx" } };
    WordParts parts;
    for (const auto &link : links) {
        parts.relationships += QByteArray(relationship)
                                   .replace("%1", link[0])
                                   .replace("%2", link[1])
                                   .replace("%3", link[2]);
    }
    return docx(wordParagraph(germanTitle, QStringLiteral("Titel"))
                    + "<w:p><w:hyperlink r:id=\"rId7\"><w:r><w:t>"
                    + germanBody.toUtf8() + "</w:t></w:r></w:hyperlink></w:p>",
                parts);
}

/// @brief A small .docx whose text inflates to `megabytes` MB: past the zip limit.
inline QByteArray zipBomb(int megabytes)
{
    return docx("<w:p><w:r><w:t>" + QByteArray(megabytes << 20, 'a') + "</w:t></w:r></w:p>");
}

} // namespace FormatFixtures
