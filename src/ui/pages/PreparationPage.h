// SPDX-License-Identifier: MIT
#pragma once

#include "Content.h"

#include <QMap>
#include <QWidget>

class QLabel;
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
    QString routineId() const { return m_routineId; }
    QMap<QString, int> ratings() const;

Q_SIGNALS:
    void startRequested(const QString& routineId, const QMap<QString, int>& tensionBefore);
    void techniqueRequested(const QString& techniqueId);
    // The routine editor: the person's own routine in place, any routine as a copy.
    void editRequested(const QString& routineId);
    void duplicateRequested(const QString& routineId);

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
};

} // namespace knead
