// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace knead {

class Settings;

// The two kinds of item a person can browse, open and mark as a favourite.
enum class ItemKind { Technique, Routine };

// The person's favourite techniques and routines. Kept in Settings (as "technique:<id>" and
// "routine:<id>") so they survive restarts; favourites of items that a pack no longer has are
// kept too, so removing and re-adding a pack does not lose them.
class Favourites : public QObject
{
    Q_OBJECT

public:
    explicit Favourites(Settings& settings, QObject* parent = nullptr);

    bool contains(ItemKind kind, const QString& id) const;
    void set(ItemKind kind, const QString& id, bool favourite);
    void toggle(ItemKind kind, const QString& id);
    // Every favourite as stored, in the order they were added.
    const QStringList& keys() const { return m_keys; }

    // "technique:<id>" or "routine:<id>".
    static QString key(ItemKind kind, const QString& id);

Q_SIGNALS:
    void changed();

private:
    Settings& m_settings;
    QStringList m_keys;
    QSet<QString> m_set;
};

} // namespace knead
