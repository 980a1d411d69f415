#include "workspace/comparisoncache.h"

#include <QCryptographicHash>

namespace Recension {

namespace {

QByteArray sideKey(const Document &document)
{
    // The same bytes compare differently with other paragraphs set aside as clutter (one
    // brought back by the reader): the paragraphs set aside belong to the key.
    QByteArray aside;
    for (const AsideParagraph &paragraph : document.setAside)
        aside += ',' + QByteArray::number(paragraph.source);
    return document.sha256.toLatin1() + ':' + toString(document.format).toLatin1() + ':'
        + document.language.toUtf8() + aside;
}

} // namespace

ComparisonCache::ComparisonCache(int limit)
    : m_limit(qMax(1, limit))
{
}

QByteArray ComparisonCache::fingerprint(const CompareOptions &options)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(options.ignoreCase ? "c1" : "c0"));
    hash.addData(QByteArrayView(options.ignorePunctuation ? "p1" : "p0"));
    hash.addData(QByteArrayView(options.synonymsUnimportant ? "s1" : "s0"));
    hash.addData(options.language.toUtf8() + '\n');
    hash.addData(options.watch.sha256 + '\n');
    for (const QString &term : options.watch.terms)
        hash.addData(term.toUtf8() + '\n');
    return hash.result().toHex();
}

QByteArray ComparisonCache::key(const Document &left, const Document &right,
                                const CompareOptions &options)
{
    return sideKey(left) + '|' + sideKey(right) + '|' + fingerprint(options);
}

ComparisonPtr ComparisonCache::rebind(const ComparisonPtr &comparison,
                                      const std::array<DocumentPtr, 2> &documents)
{
    if (!comparison || comparison->documents == documents)
        return comparison;
    auto copy = std::make_shared<Comparison>(*comparison);
    copy->documents = documents;
    return copy;
}

ComparisonPtr ComparisonCache::find(const DocumentPtr &left, const DocumentPtr &right,
                                    const CompareOptions &options) const
{
    if (!left || !right || left->sha256.isEmpty() || right->sha256.isEmpty())
        return nullptr;
    return rebind(m_entries.value(key(*left, *right, options)), {left, right});
}

void ComparisonCache::insert(const ComparisonPtr &comparison)
{
    const auto &documents = comparison ? comparison->documents : std::array<DocumentPtr, 2>{};
    // A document of unknown bytes (no SHA-256) has no key that could tell it from another.
    if (!documents[Left] || !documents[Right] || documents[Left]->sha256.isEmpty()
        || documents[Right]->sha256.isEmpty())
        return;
    const QByteArray k =
        key(*comparison->documents[Left], *comparison->documents[Right], comparison->options);
    if (!m_entries.contains(k))
        m_order.append(k);
    m_entries.insert(k, comparison);
    while (m_order.size() > m_limit)
        m_entries.remove(m_order.takeFirst());
}

void ComparisonCache::forget(const QString &sha256)
{
    const QByteArray prefix = sha256.toLatin1() + ':';
    const QByteArray inner = '|' + prefix;
    for (int i = int(m_order.size()) - 1; i >= 0; --i) {
        const QByteArray &k = m_order[i];
        if (k.startsWith(prefix) || k.contains(inner)) {
            m_entries.remove(k);
            m_order.removeAt(i);
        }
    }
}

void ComparisonCache::clear()
{
    m_entries.clear();
    m_order.clear();
}

} // namespace Recension
