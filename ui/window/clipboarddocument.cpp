#include "ui/window/clipboarddocument.h"

#include "document/paragraphbuilder.h"

#include <QMimeData>

namespace Recension::Ui {

LoadResult ClipboardDocument::read(const QMimeData *data, const QString &name,
                                   const LoadOptions &options)
{
    const bool hasHtml = data && data->hasHtml() && !isBlank(data->html());
    const bool hasText = data && data->hasText() && !isBlank(data->text());
    // A page copied from a browser carries both HTML and plain text. The HTML wins: its
    // block elements are the article's paragraphs, whereas the browser's plain text puts
    // headings, captions and list items on lines that the plain-text rule may join or split
    // differently; and the HTML reader leaves out what is not the article (navigation,
    // scripts, forms).
    if (hasHtml) {
        LoadResult result = documentFromText(data->html(), name, options, DocumentFormat::Html);
        if (result.ok() || !hasText)
            return result;
        // HTML without readable text (an image, a table of links): the plain text may do.
    }
    if (hasText)
        return documentFromText(data->text(), name, options);
    LoadResult none;
    none.error = lack(data);
    return none;
}

QString ClipboardDocument::lack(const QMimeData *data)
{
    if (data && ((data->hasHtml() && !isBlank(data->html()))
                 || (data->hasText() && !isBlank(data->text()))))
        return {};
    return data && (data->hasImage() || data->hasUrls())
        ? tr("The clipboard holds no text to add, only an image or a link: copy the article's "
             "text, or open its file with File › Open.")
        : tr("The clipboard holds no text to add: copy the article's text from a browser or an "
             "editor first.");
}

} // namespace Recension::Ui
