#include "ui/panels/changesearchindex.h"

#include "ui/window/backgroundload.h"

#include <QtConcurrent>

namespace Recension::Ui {

namespace {

/// Below this many changes, indexing and searching take a few milliseconds: they run at
/// once on the GUI thread, so a short list filters as the key is pressed.
constexpr int BackgroundFrom = 20'000;

} // namespace

ChangeSearchIndex::ChangeSearchIndex(QObject *parent)
    : QObject(parent)
{
    connect(&m_building, &QFutureWatcherBase::finished, this, [this] {
        if (m_building.isCanceled())
            return;
        m_index = m_building.result();
        startPending();
    });
    connect(&m_searching, &QFutureWatcherBase::finished, this, [this] {
        const QString text = m_running;
        m_running.clear();
        // Only the newest text's answer is delivered; an older one is dropped.
        if (!m_hasPending && !m_searching.isCanceled() && m_searched == m_index)
            emit matchesReady(text, m_searching.result());
        startPending();
    });
}

ChangeSearchIndex::~ChangeSearchIndex()
{
    m_building.waitForFinished();
    m_searching.waitForFinished();
}

QString ChangeSearchIndex::foldedText(const Comparison &comparison, const Change &change,
                                      const QString &categoryName)
{
    QString text;
    for (Side side : {Left, Right}) {
        if (!change.sides[side].isNull())
            text += comparison.spanText(side, change.sides[side]).simplified();
        // A separator no search text holds keeps a match from spanning the two sides.
        text += QChar(0x1f);
    }
    text += categoryName;
    return text.toCaseFolded();
}

QBitArray ChangeSearchIndex::matches(const std::vector<QString> &folded, const QString &needle)
{
    QBitArray found(qsizetype(folded.size()));
    const QString key = needle.toCaseFolded();
    // Case folding is done once at indexing, so each test is a plain search.
    for (size_t i = 0; i < folded.size(); ++i) {
        if (folded[i].contains(key))
            found.setBit(qsizetype(i));
    }
    return found;
}

void ChangeSearchIndex::setComparison(const ComparisonPtr &comparison,
                                      const std::array<QString, CategoryCount> &categoryNames)
{
    m_index.reset();
    if (!comparison)
        return;
    // The text searched so far is searched again in the new changes.
    if (!m_lastText.isEmpty())
        search(m_lastText);
    const auto build = [comparison, categoryNames] {
        auto folded = std::make_shared<std::vector<QString>>();
        folded->reserve(size_t(comparison->changes.size()));
        for (const Change &change : comparison->changes)
            folded->push_back(foldedText(*comparison, change, categoryNames[int(change.category)]));
        return Index(std::move(folded));
    };
    if (comparison->changes.size() < BackgroundFrom) {
        m_building.setFuture(QFuture<Index>());
        m_index = build();
        startPending();
        return;
    }
    m_building.setFuture(QtConcurrent::run(windowPool(), build));
}

void ChangeSearchIndex::search(const QString &text)
{
    m_pending = text;
    m_lastText = text;
    m_hasPending = true;
    startPending();
}

bool ChangeSearchIndex::isIdle() const
{
    return !m_hasPending && m_searching.isFinished();
}

void ChangeSearchIndex::startPending()
{
    if (!m_hasPending || !m_searching.isFinished())
        return;
    if (m_pending.isEmpty()) {
        m_hasPending = false;
        emit matchesReady(QString(), QBitArray());
        return;
    }
    if (!m_index)
        return; // the index is being built; its end starts the search
    m_hasPending = false;
    if (m_index->size() < size_t(BackgroundFrom)) {
        emit matchesReady(m_pending, matches(*m_index, m_pending));
        return;
    }
    m_running = m_pending;
    m_searched = m_index;
    m_searching.setFuture(QtConcurrent::run(
        windowPool(),
        [index = m_index, text = m_pending] { return matches(*index, text); }));
}

} // namespace Recension::Ui
