#include "workspace/reviewmarks.h"

#include "text/tokenizer.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace Recension {

namespace {

/// Context is read from a bounded window around a span, so an anchor costs the same in a
/// paragraph of any length. Wide enough for contextWords words of any script.
constexpr int ContextWindow = 160;

const QString *paragraphText(const Document &document, int paragraph)
{
    if (paragraph < 0 || paragraph >= document.paragraphs.size())
        return nullptr;
    return &document.paragraphs[paragraph].text;
}

/// Up to contextWords words of a paragraph ending before UTF-16 offset `start`.
QStringList wordsBefore(const Document &document, int paragraph, int start)
{
    QStringList words;
    const QString *text = paragraphText(document, paragraph);
    if (!text)
        return words;
    start = qBound(0, start, int(text->size()));
    const int from = qMax(0, start - ContextWindow);
    const QVector<Token> tokens =
        tokenize(QStringView(*text).mid(from, start - from), document.language);
    // A window that starts inside the paragraph may cut its first word: skip it.
    const int first = from > 0 ? 1 : 0;
    for (int i = tokens.size() - 1; i >= first && words.size() < MarkAnchor::contextWords; --i) {
        if (tokens[i].isWord())
            words.prepend(text->mid(from + tokens[i].start, tokens[i].length));
    }
    return words;
}

/// Up to contextWords words of a paragraph starting at or after UTF-16 offset `end`.
QStringList wordsAfter(const Document &document, int paragraph, int end)
{
    QStringList words;
    const QString *text = paragraphText(document, paragraph);
    if (!text)
        return words;
    end = qBound(0, end, int(text->size()));
    const int to = qMin(int(text->size()), end + ContextWindow);
    const QVector<Token> tokens = tokenize(QStringView(*text).mid(end, to - end), document.language);
    // A window that ends inside the paragraph may cut its last word: skip it.
    const int last = to < text->size() ? tokens.size() - 1 : tokens.size();
    for (int i = 0; i < last && words.size() < MarkAnchor::contextWords; ++i) {
        if (tokens[i].isWord())
            words.append(text->mid(end + tokens[i].start, tokens[i].length));
    }
    return words;
}

/// Fills the context and paragraph hints of `anchor` from the places `sides`.
void placeAnchor(const Comparison &comparison, const std::array<Span, 2> &sides, MarkAnchor *anchor)
{
    for (int side = Left; side <= Right; ++side) {
        const Span &span = sides[side];
        const DocumentPtr &document = comparison.documents[side];
        if (span.isNull() || !document)
            continue;
        anchor->paragraph[side] = span.paragraph;
        anchor->before[side] = wordsBefore(*document, span.paragraph, span.start);
        // A span running on into later paragraphs ends in its last one.
        anchor->after[side] = wordsAfter(*document, span.lastParagraph(), span.end);
    }
}

QJsonValue intOrNull(int value)
{
    return value < 0 ? QJsonValue() : QJsonValue(value);
}

} // namespace

MarkAnchor anchorOfChange(const Comparison &comparison, int changeIndex)
{
    MarkAnchor anchor;
    if (changeIndex < 0 || changeIndex >= comparison.changes.size())
        return anchor;
    const Change &change = comparison.changes[changeIndex];
    for (int side = Left; side <= Right; ++side)
        anchor.text[side] = comparison.spanText(Side(side), change.sides[side]);
    for (int i = 0; i < changeIndex; ++i) {
        const Change &earlier = comparison.changes[i];
        if (comparison.spanText(Left, earlier.sides[Left]) == anchor.text[Left]
            && comparison.spanText(Right, earlier.sides[Right]) == anchor.text[Right])
            ++anchor.occurrence;
    }
    placeAnchor(comparison, change.sides, &anchor);
    return anchor;
}

MarkAnchor anchorOfFinding(const Comparison &comparison, int findingIndex)
{
    MarkAnchor anchor;
    if (findingIndex < 0 || findingIndex >= comparison.findings.size())
        return anchor;
    const Finding &finding = comparison.findings[findingIndex];
    anchor.findingKind = toString(finding.kind);
    anchor.text = finding.gist;
    for (int i = 0; i < findingIndex; ++i) {
        const Finding &earlier = comparison.findings[i];
        if (earlier.kind == finding.kind && earlier.gist == finding.gist)
            ++anchor.occurrence;
    }
    std::array<Span, 2> first;
    const int firstChange = finding.changes.isEmpty() ? -1 : finding.changes.first() - 1;
    if (firstChange >= 0 && firstChange < comparison.changes.size())
        first = comparison.changes[firstChange].sides;
    else if (finding.quote >= 0 && finding.quote < comparison.quotes.size())
        first = comparison.quotes[finding.quote].sides;
    placeAnchor(comparison, first, &anchor);
    return anchor;
}

int ReviewMarks::markChange(const Comparison &comparison, const MarkResolution &resolution,
                            std::array<int, 2> versions, int changeIndex, MarkState state,
                            const QString &note)
{
    return setMark(resolution.forChange(changeIndex),
                   {MarkTarget::Change, state, note, versions, anchorOfChange(comparison, changeIndex)});
}

int ReviewMarks::markFinding(const Comparison &comparison, const MarkResolution &resolution,
                             std::array<int, 2> versions, int findingIndex, MarkState state,
                             const QString &note)
{
    return setMark(resolution.forFinding(findingIndex),
                   {MarkTarget::Finding, state, note, versions, anchorOfFinding(comparison, findingIndex)});
}

int ReviewMarks::setMark(int existing, ReviewMark mark)
{
    if (existing >= 0 && existing < m_marks.size()) {
        m_marks[existing] = std::move(mark);
        return existing;
    }
    m_marks.append(std::move(mark));
    return m_marks.size() - 1;
}

ComparisonMarks ReviewMarks::placed(const MarkResolution &resolution) const
{
    ComparisonMarks placed;
    const auto place = [this](const QVector<int> &markOf, QHash<int, PlacedMark> *out) {
        for (int i = 0; i < markOf.size(); ++i) {
            const int mark = markOf[i];
            if (mark >= 0 && mark < m_marks.size())
                out->insert(i, PlacedMark{m_marks[mark].state, m_marks[mark].note});
        }
    };
    place(resolution.changeMark, &placed.changes);
    place(resolution.findingMark, &placed.findings);
    return placed;
}

void ReviewMarks::setNote(int markIndex, const QString &note)
{
    if (markIndex >= 0 && markIndex < m_marks.size())
        m_marks[markIndex].note = note;
}

void ReviewMarks::remove(int markIndex)
{
    if (markIndex >= 0 && markIndex < m_marks.size())
        m_marks.removeAt(markIndex);
}

void ReviewMarks::removeVersion(int version)
{
    m_marks.erase(std::remove_if(m_marks.begin(), m_marks.end(),
                                 [version](const ReviewMark &mark) {
                                     return mark.versions[Left] == version
                                         || mark.versions[Right] == version;
                                 }),
                  m_marks.end());
    for (ReviewMark &mark : m_marks)
        for (int &v : mark.versions)
            if (v > version)
                --v;
}

QJsonArray ReviewMarks::toJson() const
{
    QJsonArray array;
    for (const ReviewMark &mark : m_marks) {
        QJsonObject object;
        object.insert(QStringLiteral("on"), toString(mark.target));
        object.insert(QStringLiteral("state"), toString(mark.state));
        object.insert(QStringLiteral("note"), mark.note);
        object.insert(QStringLiteral("versions"),
                      QJsonArray{mark.versions[Left], mark.versions[Right]});
        if (mark.target == MarkTarget::Finding)
            object.insert(QStringLiteral("kind"), mark.anchor.findingKind);
        for (int side = Left; side <= Right; ++side) {
            QJsonObject place;
            place.insert(QStringLiteral("text"), mark.anchor.text[side]);
            place.insert(QStringLiteral("before"), QJsonArray::fromStringList(mark.anchor.before[side]));
            place.insert(QStringLiteral("after"), QJsonArray::fromStringList(mark.anchor.after[side]));
            place.insert(QStringLiteral("paragraph"), intOrNull(mark.anchor.paragraph[side]));
            object.insert(side == Left ? QStringLiteral("left") : QStringLiteral("right"), place);
        }
        object.insert(QStringLiteral("occurrence"), mark.anchor.occurrence);
        array.append(object);
    }
    return array;
}

namespace {

/// Reads one mark; returns an empty string or the reason it is malformed.
QString readMark(const QJsonValue &value, ReviewMark *mark)
{
    if (!value.isObject())
        return ReviewMarks::tr("is not an object");
    const QJsonObject object = value.toObject();
    const auto wrongType = [](const QString &field, const char *expected) {
        return ReviewMarks::tr("“%1” is not %2").arg(field, ReviewMarks::tr(expected));
    };

    const QString on = object.value(QStringLiteral("on")).toString();
    if (on == toString(MarkTarget::Change))
        mark->target = MarkTarget::Change;
    else if (on == toString(MarkTarget::Finding))
        mark->target = MarkTarget::Finding;
    else
        return ReviewMarks::tr("“on” is neither “change” nor “finding”");

    const QString state = object.value(QStringLiteral("state")).toString();
    if (state == toString(MarkState::Checked))
        mark->state = MarkState::Checked;
    else if (state == toString(MarkState::Disputed))
        mark->state = MarkState::Disputed;
    else
        return ReviewMarks::tr("“state” is neither “checked” nor “disputed”");

    const QJsonValue note = object.value(QStringLiteral("note"));
    if (!note.isUndefined() && !note.isString())
        return wrongType(QStringLiteral("note"), QT_TR_NOOP("a string"));
    mark->note = note.toString();

    const QJsonValue versions = object.value(QStringLiteral("versions"));
    const QJsonArray pair = versions.toArray();
    if (!versions.isArray() || pair.size() != 2 || !pair[0].isDouble() || !pair[1].isDouble()
        || pair[0].toInt(-1) < 0 || pair[1].toInt(-1) < 0)
        return wrongType(QStringLiteral("versions"), QT_TR_NOOP("a pair of version indices"));
    mark->versions = {pair[0].toInt(), pair[1].toInt()};

    if (mark->target == MarkTarget::Finding) {
        const QJsonValue kind = object.value(QStringLiteral("kind"));
        if (!kind.isString() || kind.toString().isEmpty())
            return wrongType(QStringLiteral("kind"), QT_TR_NOOP("a finding kind"));
        mark->anchor.findingKind = kind.toString();
    }

    for (int side = Left; side <= Right; ++side) {
        const QString name = side == Left ? QStringLiteral("left") : QStringLiteral("right");
        const QJsonValue placeValue = object.value(name);
        if (!placeValue.isObject())
            return wrongType(name, QT_TR_NOOP("an object"));
        const QJsonObject place = placeValue.toObject();
        const QJsonValue text = place.value(QStringLiteral("text"));
        if (!text.isString())
            return wrongType(name + QStringLiteral(".text"), QT_TR_NOOP("a string"));
        mark->anchor.text[side] = text.toString();
        const auto words = [&](const QString &field, QStringList *out) {
            const QJsonValue list = place.value(field);
            if (list.isUndefined())
                return true;
            if (!list.isArray())
                return false;
            for (const QJsonValue &word : list.toArray()) {
                if (!word.isString())
                    return false;
                out->append(word.toString());
            }
            return out->size() <= MarkAnchor::contextWords;
        };
        if (!words(QStringLiteral("before"), &mark->anchor.before[side]))
            return wrongType(name + QStringLiteral(".before"), QT_TR_NOOP("a list of words"));
        if (!words(QStringLiteral("after"), &mark->anchor.after[side]))
            return wrongType(name + QStringLiteral(".after"), QT_TR_NOOP("a list of words"));
        const QJsonValue paragraph = place.value(QStringLiteral("paragraph"));
        if (paragraph.isNull() || paragraph.isUndefined())
            mark->anchor.paragraph[side] = -1;
        else if (paragraph.isDouble() && paragraph.toInt(-1) >= 0)
            mark->anchor.paragraph[side] = paragraph.toInt();
        else
            return wrongType(name + QStringLiteral(".paragraph"),
                             QT_TR_NOOP("a paragraph index or null"));
    }
    const QJsonValue occurrence = object.value(QStringLiteral("occurrence"));
    if (occurrence.isUndefined())
        mark->anchor.occurrence = 0;
    else if (occurrence.isDouble() && occurrence.toInt(-1) >= 0)
        mark->anchor.occurrence = occurrence.toInt();
    else
        return wrongType(QStringLiteral("occurrence"), QT_TR_NOOP("a whole number"));
    return {};
}

} // namespace

bool ReviewMarks::fromJson(const QJsonValue &value, ReviewMarks *marks, QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (!value.isArray())
        return fail(tr("“marks” is not a list"));
    ReviewMarks read;
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        ReviewMark mark;
        const QString problem = readMark(array[i], &mark);
        if (!problem.isEmpty())
            return fail(tr("review mark %1: %2").arg(i + 1).arg(problem));
        read.append(mark);
    }
    *marks = std::move(read);
    return true;
}

QString toString(MarkState state)
{
    return state == MarkState::Checked ? QStringLiteral("checked") : QStringLiteral("disputed");
}

QString toString(MarkTarget target)
{
    return target == MarkTarget::Change ? QStringLiteral("change") : QStringLiteral("finding");
}

QString markSign(MarkState state)
{
    return state == MarkState::Checked ? QStringLiteral("✓") : QStringLiteral("✗");
}

QString markStateName(MarkState state)
{
    return state == MarkState::Checked ? ReviewMarks::tr("Checked") : ReviewMarks::tr("Disputed");
}

} // namespace Recension
