#include "text/keytable.h"

namespace Recension {

KeyTable::KeyTable()
{
    m_texts.append(QString());
}

quint32 KeyTable::intern(QStringView key)
{
    const QString text = key.toString();
    {
        const QReadLocker lock(&m_lock);
        const auto it = m_ids.constFind(text);
        if (it != m_ids.cend())
            return it.value();
    }
    const QWriteLocker lock(&m_lock);
    const auto it = m_ids.constFind(text);
    if (it != m_ids.cend())
        return it.value();
    const auto id = quint32(m_texts.size());
    m_texts.append(text);
    m_ids.insert(text, id);
    return id;
}

quint32 KeyTable::find(QStringView key) const
{
    const QReadLocker lock(&m_lock);
    return m_ids.value(key.toString(), 0);
}

QString KeyTable::text(quint32 id) const
{
    const QReadLocker lock(&m_lock);
    return id < quint32(m_texts.size()) ? m_texts.at(int(id)) : QString();
}

int KeyTable::size() const
{
    const QReadLocker lock(&m_lock);
    return int(m_texts.size()) - 1;
}

} // namespace Recension
