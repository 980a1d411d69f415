#include "document/documentset.h"

#include <utility>

namespace Recension {

DocumentSet::DocumentSet(QObject *parent)
    : QObject(parent)
{ }

DocumentPtr DocumentSet::at(int index) const
{
    return isValidIndex(index) ? m_documents[index] : DocumentPtr();
}

int DocumentSet::indexOf(const DocumentPtr &document) const
{
    return int(m_documents.indexOf(document));
}

int DocumentSet::add(DocumentPtr document)
{
    return insert(count(), std::move(document));
}

int DocumentSet::insert(int index, DocumentPtr document)
{
    if (!document)
        return -1;
    index = qBound(0, index, count());
    m_documents.insert(index, std::move(document));
    emit documentAdded(index);
    return index;
}

bool DocumentSet::remove(int index)
{
    if (!isValidIndex(index))
        return false;
    m_documents.removeAt(index);
    emit documentRemoved(index);
    return true;
}

bool DocumentSet::move(int from, int to)
{
    if (!isValidIndex(from) || !isValidIndex(to))
        return false;
    if (from == to)
        return true;
    m_documents.move(from, to);
    emit documentMoved(from, to);
    return true;
}

bool DocumentSet::replace(int index, DocumentPtr document)
{
    if (!isValidIndex(index) || !document)
        return false;
    m_documents[index] = std::move(document);
    emit documentChanged(index);
    return true;
}

bool DocumentSet::retitle(int index, const QString &title)
{
    if (!isValidIndex(index))
        return false;
    if (m_documents[index]->title == title)
        return true;
    auto copy = std::make_shared<Document>(*m_documents[index]);
    copy->title = title;
    return replace(index, std::move(copy));
}

bool DocumentSet::setLanguage(int index, const QString &language)
{
    if (!isValidIndex(index))
        return false;
    if (m_documents[index]->language == language)
        return true;
    auto copy = std::make_shared<Document>(*m_documents[index]);
    copy->language = language;
    return replace(index, std::move(copy));
}

void DocumentSet::clear()
{
    while (!m_documents.isEmpty())
        remove(count() - 1);
}

} // namespace Recension
