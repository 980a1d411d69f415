#include "workspace/session.h"

#include "compare/watchlist.h"
#include "document/localpath.h"
#include "document/outputguard.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Recension {

namespace {

struct SessionText
{
    Q_DECLARE_TR_FUNCTIONS(Recension::Session)
};

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue indexOrNull(int index)
{
    return index < 0 ? QJsonValue() : QJsonValue(index);
}

QJsonObject optionsToJson(const CompareOptions &options)
{
    QJsonObject object{
        {QStringLiteral("ignoreCase"), options.ignoreCase},
        {QStringLiteral("ignorePunctuation"), options.ignorePunctuation},
        {QStringLiteral("synonymsUnimportant"), options.synonymsUnimportant},
        {QStringLiteral("language"), options.language},
    };
    if (options.watch.isEmpty()) {
        object.insert(QStringLiteral("watch"), QJsonValue());
    } else {
        object.insert(QStringLiteral("watch"),
                      QJsonObject{{QStringLiteral("terms"), QJsonArray::fromStringList(options.watch.terms)},
                                  {QStringLiteral("sha256"), QString::fromLatin1(options.watch.sha256)}});
    }
    return object;
}

QJsonObject versionToJson(const SessionVersion &version, const QDir &folder)
{
    const QString path = version.isPasted()
        ? QString()
        : QDir::fromNativeSeparators(folder.relativeFilePath(version.path));
    QJsonObject object{
        {QStringLiteral("path"), stringOrNull(path)},
        {QStringLiteral("sha256"), version.sha256},
        {QStringLiteral("title"), version.title},
        {QStringLiteral("language"), version.language},
        {QStringLiteral("provenance"),
         QJsonObject{{QStringLiteral("outlet"), stringOrNull(version.outlet)},
                     {QStringLiteral("url"), stringOrNull(version.url)},
                     {QStringLiteral("published"), stringOrNull(version.published)},
                     {QStringLiteral("retrieved"), stringOrNull(version.retrieved)}}},
    };
    if (version.isPasted())
        object.insert(QStringLiteral("text"), version.text);
    return object;
}

/// Reads the fields of a session object; each failure names the field and the type wanted.
class Reader
{
public:
    QString error;

    bool fail(const QString &field, const QString &wanted)
    {
        if (error.isEmpty())
            error = SessionText::tr("“%1” is not %2").arg(field, wanted);
        return false;
    }

    bool string(const QJsonObject &object, const QString &name, const QString &field, QString *out,
                bool nullable)
    {
        const QJsonValue value = object.value(name);
        if (value.isString()) {
            *out = value.toString();
            return true;
        }
        if (nullable && (value.isNull() || value.isUndefined())) {
            out->clear();
            return true;
        }
        return fail(field, nullable ? SessionText::tr("a string or null") : SessionText::tr("a string"));
    }

    bool boolean(const QJsonObject &object, const QString &name, const QString &field, bool *out)
    {
        const QJsonValue value = object.value(name);
        if (!value.isBool())
            return fail(field, SessionText::tr("true or false"));
        *out = value.toBool();
        return true;
    }

    /// An index in [-1, count) where null stands for -1.
    bool index(const QJsonValue &value, const QString &field, int count, int *out)
    {
        if (value.isNull()) {
            *out = -1;
            return true;
        }
        const int index = value.toInt(-1);
        if (!value.isDouble() || index < 0 || index >= count || double(index) != value.toDouble())
            return fail(field, SessionText::tr("the index of a version or null"));
        *out = index;
        return true;
    }

    bool options(const QJsonValue &value, CompareOptions *out)
    {
        if (!value.isObject())
            return fail(QStringLiteral("options"), SessionText::tr("an object"));
        const QJsonObject object = value.toObject();
        if (!boolean(object, QStringLiteral("ignoreCase"), QStringLiteral("options.ignoreCase"), &out->ignoreCase)
            || !boolean(object, QStringLiteral("ignorePunctuation"),
                        QStringLiteral("options.ignorePunctuation"), &out->ignorePunctuation)
            || !boolean(object, QStringLiteral("synonymsUnimportant"),
                        QStringLiteral("options.synonymsUnimportant"), &out->synonymsUnimportant)
            || !string(object, QStringLiteral("language"), QStringLiteral("options.language"),
                       &out->language, false))
            return false;
        const QJsonValue watch = object.value(QStringLiteral("watch"));
        if (watch.isNull() || watch.isUndefined()) {
            out->watch = {};
            return true;
        }
        const QJsonValue terms = watch.toObject().value(QStringLiteral("terms"));
        QString sha;
        if (!watch.isObject() || !terms.isArray()
            || !string(watch.toObject(), QStringLiteral("sha256"), QStringLiteral("options.watch.sha256"),
                       &sha, false))
            return fail(QStringLiteral("options.watch"), SessionText::tr("a watch list or null"));
        QStringList typed;
        for (const QJsonValue &term : terms.toArray()) {
            if (!term.isString())
                return fail(QStringLiteral("options.watch.terms"), SessionText::tr("a list of strings"));
            typed.append(term.toString());
        }
        // The terms pass the checks of a watch file: a blank term would match between any
        // two letters and mark every change watched; a huge list, a huge pattern.
        const WatchListResult checked = watchListFromTerms(typed);
        if (!checked.ok()) {
            if (error.isEmpty())
                error = checked.error;
            return false;
        }
        out->watch.terms = checked.list.terms;
        out->watch.sha256 = sha.toLatin1();
        return true;
    }

    bool version(const QJsonValue &value, int number, const QDir &folder, SessionVersion *out)
    {
        const QString field = QStringLiteral("versions[%1]").arg(number);
        if (!value.isObject())
            return fail(field, SessionText::tr("an object"));
        const QJsonObject object = value.toObject();
        const auto at = [&field](const char *name) { return field + QLatin1Char('.') + QLatin1String(name); };
        QString path;
        if (!string(object, QStringLiteral("path"), at("path"), &path, true)
            || !string(object, QStringLiteral("sha256"), at("sha256"), &out->sha256, false)
            || !string(object, QStringLiteral("title"), at("title"), &out->title, false)
            || !string(object, QStringLiteral("language"), at("language"), &out->language, false))
            return false;
        const QJsonValue provenance = object.value(QStringLiteral("provenance"));
        if (!provenance.isUndefined()) {
            if (!provenance.isObject())
                return fail(at("provenance"), SessionText::tr("an object"));
            const QJsonObject p = provenance.toObject();
            if (!string(p, QStringLiteral("outlet"), at("provenance.outlet"), &out->outlet, true)
                || !string(p, QStringLiteral("url"), at("provenance.url"), &out->url, true)
                || !string(p, QStringLiteral("published"), at("provenance.published"), &out->published, true)
                || !string(p, QStringLiteral("retrieved"), at("provenance.retrieved"), &out->retrieved, true))
                return false;
        }
        if (path.isEmpty()) {
            // A pasted version: its text is the version.
            return string(object, QStringLiteral("text"), at("text"), &out->text, false);
        }
        out->path = QDir::cleanPath(folder.absoluteFilePath(localPath(QDir::fromNativeSeparators(path))));
        return true;
    }
};

/// Why a session's bytes cannot be read, or an empty string; fills `data` on success.
QString parseSession(const QByteArray &bytes, const QDir &folder, SessionData *data)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return SessionText::tr("it is not JSON (%1 at byte %2)")
            .arg(parseError.errorString())
            .arg(parseError.offset);
    }
    if (!document.isObject())
        return SessionText::tr("it is not a Recension session (no JSON object)");
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(SessionFormat))
        return SessionText::tr("it is not a Recension session (the format is not “%1”)")
            .arg(QLatin1String(SessionFormat));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toInt(0) < 1)
        return SessionText::tr("its “version” is not a positive whole number");
    if (version.toInt() > SessionFormatVersion)
        return SessionText::tr("it was written by a newer Recension (session version %1; this one "
                               "reads version %2)")
            .arg(version.toInt())
            .arg(SessionFormatVersion);

    Reader reader;
    SessionData read;
    const QJsonValue versions = root.value(QStringLiteral("versions"));
    if (!versions.isArray()) {
        reader.fail(QStringLiteral("versions"), SessionText::tr("a list"));
        return reader.error;
    }
    const QJsonArray list = versions.toArray();
    for (int i = 0; i < list.size(); ++i) {
        SessionVersion entry;
        if (!reader.version(list[i], i, folder, &entry))
            return reader.error;
        read.versions.append(entry);
    }
    const int count = read.versions.size();
    const QJsonValue pair = root.value(QStringLiteral("pair"));
    if (!reader.index(root.value(QStringLiteral("base")), QStringLiteral("base"), count, &read.base)
        || !reader.options(root.value(QStringLiteral("options")), &read.options))
        return reader.error;
    if (!pair.isNull()) {
        const QJsonArray sides = pair.toArray();
        if (!pair.isArray() || sides.size() != 2)
            return SessionText::tr("“pair” is not two version indices or null");
        if (!reader.index(sides[0], QStringLiteral("pair[0]"), count, &read.pair[Left])
            || !reader.index(sides[1], QStringLiteral("pair[1]"), count, &read.pair[Right]))
            return reader.error;
    }
    QString marksError;
    const QJsonValue marks = root.value(QStringLiteral("marks"));
    if (!marks.isUndefined() && !ReviewMarks::fromJson(marks, &read.marks, &marksError))
        return marksError;
    for (const ReviewMark &mark : read.marks.marks())
        if (mark.versions[Left] >= count || mark.versions[Right] >= count)
            return SessionText::tr("a review mark names a version the session does not have");
    *data = std::move(read);
    return {};
}

} // namespace

QString fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

QByteArray sessionToJson(const SessionData &data, const QString &folder)
{
    const QDir dir(folder);
    QJsonArray versions;
    for (const SessionVersion &version : data.versions)
        versions.append(versionToJson(version, dir));
    const bool hasPair = data.pair[Left] >= 0 && data.pair[Right] >= 0;
    const QJsonObject root{
        {QStringLiteral("format"), QLatin1String(SessionFormat)},
        {QStringLiteral("version"), SessionFormatVersion},
        {QStringLiteral("generator"), QStringLiteral("recension " RECENSION_VERSION)},
        {QStringLiteral("versions"), versions},
        {QStringLiteral("base"), indexOrNull(data.base)},
        {QStringLiteral("pair"), hasPair ? QJsonValue(QJsonArray{data.pair[Left], data.pair[Right]})
                                         : QJsonValue()},
        {QStringLiteral("options"), optionsToJson(data.options)},
        {QStringLiteral("marks"), data.marks.toJson()},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString writeSession(const QString &path, const SessionData &data)
{
    QStringList inputs;
    for (const SessionVersion &version : data.versions)
        if (!version.isPasted())
            inputs << version.path;
    const QByteArray bytes = sessionToJson(data, QFileInfo(path).absolutePath());
    QString error;
    OutputGuard(inputs).write(
        path,
        [&bytes](QIODevice &device, QString *) { return device.write(bytes) == bytes.size(); },
        &error);
    return error;
}

SessionReadResult sessionFromBytes(const QByteArray &bytes, const QString &path)
{
    SessionReadResult result;
    const QString problem = parseSession(bytes, QFileInfo(path).absoluteDir(), &result.data);
    if (!problem.isEmpty())
        result.error = SessionText::tr("Cannot open the session %1: %2")
                           .arg(QDir::toNativeSeparators(path), problem);
    return result;
}

SessionReadResult readSession(const QString &path)
{
    SessionReadResult result;
    const QString shown = QDir::toNativeSeparators(path);
    const auto fail = [&](const QString &reason) {
        result.error = SessionText::tr("Cannot open the session %1: %2").arg(shown, reason);
        return result;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(SessionText::tr("there is no such file"));
    if (info.isDir())
        return fail(SessionText::tr("it is a folder"));
    if (info.size() > SessionMaxBytes)
        return fail(SessionText::tr("it is %1 MiB, more than a session can be (%2 MiB)")
                        .arg(info.size() / (1024 * 1024))
                        .arg(SessionMaxBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    // Read at most one byte past the limit: a file that grew since the check is still refused.
    const QByteArray bytes = file.read(SessionMaxBytes + 1);
    if (bytes.size() > SessionMaxBytes)
        return fail(SessionText::tr("it is more than a session can be (%1 MiB)")
                        .arg(SessionMaxBytes / (1024 * 1024)));
    result = sessionFromBytes(bytes, path);
    if (!result.ok())
        return result;

    for (const SessionVersion &version : result.data.versions) {
        if (version.isPasted()) {
            result.files.append(VersionFileState::Pasted);
            continue;
        }
        const QString name = QDir::toNativeSeparators(version.path);
        if (!QFileInfo(version.path).isFile()) {
            result.files.append(VersionFileState::Missing);
            result.warnings << SessionText::tr("%1 is missing: it was a version of this session.")
                                   .arg(name);
            continue;
        }
        if (fileSha256(version.path).compare(version.sha256, Qt::CaseInsensitive) != 0) {
            result.files.append(VersionFileState::Changed);
            result.warnings << SessionText::tr("%1 has changed since the session was saved: its "
                                               "content differs from the one compared then.")
                                   .arg(name);
            continue;
        }
        result.files.append(VersionFileState::Unchanged);
    }
    return result;
}

} // namespace Recension
