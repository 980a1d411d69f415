#pragma once

// Builds PDFs from the tests' own texts with QPdfWriter: one point per unit, A4 pages, lines
// placed where the test says (columns, running headers, page numbers).

#include <QBuffer>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QString>
#include <QVector>

namespace PdfBuilder {

/// One line of text: its page (0-based), left edge and baseline in points, and size.
struct Line
{
    int page = 0;
    double x = 50;
    double baseline = 100;
    QString text;
    double size = 10;
};

/// @brief A PDF of `pageCount` A4 pages holding `lines`; `picture` paints a filled box on
/// every page instead (a scan has pictures, not text).
inline QByteArray pdf(const QVector<Line> &lines, int pageCount, bool picture = false)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            writer.newPage();
        if (picture)
            painter.fillRect(QRectF(50, 50, 400, 300), QColor(90, 90, 90));
        for (const Line &line : lines) {
            if (line.page != page)
                continue;
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPointSizeF(line.size);
            font.setStyleStrategy(QFont::PreferNoShaping); // keeps ligatures out of the text
            painter.setFont(font);
            painter.drawText(QPointF(line.x, line.baseline), line.text);
        }
    }
    painter.end();
    return bytes;
}

/// @brief Lines of `texts` set one under the other from `baseline`, 14 points apart.
inline QVector<Line> column(int page, double x, double baseline, const QStringList &texts)
{
    QVector<Line> lines;
    for (const QString &text : texts) {
        lines.append({ page, x, baseline, text, 10 });
        baseline += 14;
    }
    return lines;
}

} // namespace PdfBuilder
