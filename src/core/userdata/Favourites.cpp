// SPDX-License-Identifier: MIT
#include "Favourites.h"

#include "Settings.h"

namespace knead {

Favourites::Favourites(Settings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    const QStringList stored = m_settings.favourites();
    for (const QString& k : stored) {
        if (!m_set.contains(k)) {
            m_set.insert(k);
            m_keys.append(k);
        }
    }
}

QString Favourites::key(ItemKind kind, const QString& id)
{
    return (kind == ItemKind::Technique ? QStringLiteral("technique:") : QStringLiteral("routine:")) + id;
}

bool Favourites::contains(ItemKind kind, const QString& id) const
{
    return m_set.contains(key(kind, id));
}

void Favourites::set(ItemKind kind, const QString& id, bool favourite)
{
    const QString k = key(kind, id);
    if (favourite == m_set.contains(k))
        return;
    if (favourite) {
        m_set.insert(k);
        m_keys.append(k);
    } else {
        m_set.remove(k);
        m_keys.removeAll(k);
    }
    m_settings.setFavourites(m_keys);
    Q_EMIT changed();
}

void Favourites::toggle(ItemKind kind, const QString& id)
{
    set(kind, id, !contains(kind, id));
}

} // namespace knead
