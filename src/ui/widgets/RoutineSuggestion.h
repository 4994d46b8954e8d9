// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace knead {

class Content;
class Journal;

// "What works for you" on the home page: for the regions picked, the routine that lowered the
// person's own tension most (see bestRoutineFor), in a sentence with a button to open it.
// Hidden while there is nothing fair to say.
class RoutineSuggestion : public QWidget
{
    Q_OBJECT

public:
    RoutineSuggestion(const Content& content, const Journal& journal, QWidget* parent = nullptr);

    void showFor(const QStringList& regionIds);
    QString routineId() const { return m_routineId; }
    QString text() const;

Q_SIGNALS:
    void routineRequested(const QString& routineId);

private:
    const Content& m_content;
    const Journal& m_journal;
    QLabel* m_text = nullptr;
    QPushButton* m_open = nullptr;
    QString m_routineId;
};

} // namespace knead
