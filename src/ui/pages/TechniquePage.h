// SPDX-License-Identifier: MIT
#pragma once

#include "Content.h"

#include <QWidget>

class QPushButton;
class QScrollArea;
class QToolButton;

namespace knead {

class Favourites;

// One technique, to read before trying it: what it is, how it helps, how to do it yourself,
// pressure and tools, cautions and when to stop, sources, and the routines that use it.
class TechniquePage : public QWidget
{
    Q_OBJECT

public:
    TechniquePage(const Content& content, Favourites& favourites, QWidget* parent = nullptr);

    void showTechnique(const QString& id);
    // The technique shown, or an empty string when none (or an unknown id) is shown.
    QString techniqueId() const { return m_techniqueId; }
    // The routine the start button offers; empty when no routine uses the technique.
    QString bestRoutineId() const { return m_bestRoutineId; }

Q_SIGNALS:
    void routineRequested(const QString& id);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void build(const Technique* technique);
    void updateFavourite();
    void updateStartButton();
    void applyPalette();

    const Content& m_content;
    Favourites& m_favourites;
    QString m_techniqueId;
    QString m_bestRoutineId;
    QString m_bestRoutineName;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_column = nullptr;
    QPushButton* m_start = nullptr;
    QToolButton* m_favourite = nullptr;
};

} // namespace knead
