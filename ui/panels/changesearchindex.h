#pragma once

#include "compare/comparison.h"

#include <QBitArray>
#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <vector>

namespace Recension::Ui {

/// @brief The change list's search, off the GUI thread: the text of every change (both
/// sides and its category's name, case-folded) indexed once per comparison, each search
/// a scan of that index on the thread pool whose answer replaces the previous one.
///
/// Typing faster than the searches finish is fine: a search started for an older text
/// is dropped when it ends, so only the newest text's matches are ever delivered.
class ChangeSearchIndex final : public QObject
{
    Q_OBJECT
public:
    explicit ChangeSearchIndex(QObject *parent = nullptr);
    ~ChangeSearchIndex() override;

    /// @brief Indexes a comparison's changes in the background (`categoryNames` as shown).
    void setComparison(const ComparisonPtr &comparison,
                       const std::array<QString, CategoryCount> &categoryNames);
    /// @brief Starts a search; matchesReady() follows. An empty text matches everything.
    void search(const QString &text);
    /// @brief Whether the newest search has delivered its matches.
    bool isIdle() const;

    /// @brief The changes (index into Comparison::changes) whose text holds `needle`,
    /// case-insensitively; the scan the background runs, for tests.
    static QBitArray matches(const std::vector<QString> &folded, const QString &needle);
    /// @brief The searchable text of a change, case-folded.
    static QString foldedText(const Comparison &comparison, const Change &change,
                              const QString &categoryName);

signals:
    /// The matches of `text`, one bit per change; empty when the text is empty.
    void matchesReady(const QString &text, const QBitArray &matches);

private:
    void startPending();

    using Index = std::shared_ptr<const std::vector<QString>>;
    Index m_index;
    Index m_searched; ///< the index the running search reads
    QFutureWatcher<Index> m_building;
    QFutureWatcher<QBitArray> m_searching;
    QString m_pending;       ///< the newest text asked for
    QString m_running;       ///< the text the running search looks for
    QString m_lastText;      ///< searched again when the comparison changes
    bool m_hasPending = false;
};

} // namespace Recension::Ui
