// SPDX-License-Identifier: MIT
#pragma once

#include "Content.h"

#include <QHash>
#include <QMap>
#include <QWidget>

class QCheckBox;
class QLabel;
class QScrollArea;
class QPushButton;
class QVBoxLayout;

namespace knead {

class TensionRating;

// Before a session: what the routine does, how to prepare, the safety note and when to stop,
// an optional tension rating, and Start.
class PreparationPage : public QWidget
{
    Q_OBJECT

public:
    explicit PreparationPage(const Content& content, QWidget* parent = nullptr);

    void showRoutine(const QString& routineId);
    // Where the page is scrolled to, so going back returns to the same place.
    int scrollPosition() const;
    void setScrollPosition(int position);
    QString routineId() const { return m_routineId; }
    QMap<QString, int> ratings() const;

Q_SIGNALS:
    void startRequested(const QString& routineId, const QMap<QString, int>& tensionBefore);
    void techniqueRequested(const QString& techniqueId);
    // The routine editor: the person's own routine in place, any routine as a copy.
    void editRequested(const QString& routineId);
    void duplicateRequested(const QString& routineId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void clear();

    const Content& m_content;
    QString m_routineId;
    QWidget* m_body = nullptr;
    QVBoxLayout* m_layout = nullptr;
    TensionRating* m_rating = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_duplicate = nullptr;
    QScrollArea* m_scroll = nullptr;
    int m_pendingScroll = -1; // a position to return to, once the rebuilt page is that tall
    QHash<QObject*, QCheckBox*> m_checkLabels;
};

} // namespace knead
