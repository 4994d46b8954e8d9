// SPDX-License-Identifier: MIT
#pragma once

#include "Content.h"
#include "Journal.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QPushButton;

namespace knead {

class TensionRating;

// After a session: how long, how far, a second tension rating, and the way home.
class SummaryPage : public QWidget
{
    Q_OBJECT

public:
    SummaryPage(const Content& content, const Journal& journal, QWidget* parent = nullptr);

    // `canResume`: the session was stopped just now and can be taken up again.
    void showEntry(const JournalEntry& entry, bool canResume = false);
    QString routineId() const { return m_routineId; }
    QMap<QString, int> ratings() const;

Q_SIGNALS:
    void doneRequested(const QMap<QString, int>& tensionAfter);
    void repeatRequested(const QString& routineId, const QMap<QString, int>& tensionAfter);
    void resumeRequested();
    // The History page, after saving the ratings given here.
    void historyRequested(const QMap<QString, int>& tensionAfter);

private:
    const Content& m_content;
    const Journal& m_journal;
    QString m_routineId;
    QLabel* m_heading = nullptr;
    QLabel* m_stats = nullptr;
    QLabel* m_trend = nullptr;
    TensionRating* m_rating = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_repeat = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_history = nullptr;
};

} // namespace knead
