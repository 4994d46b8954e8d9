// SPDX-License-Identifier: MIT
#pragma once

#include "Content.h"

#include <QWidget>

class QBoxLayout;
class QLabel;
class QListView;
class QPushButton;

namespace knead {

class BodyMapWidget;
class Journal;
class RoutineListModel;
class RoutineSuggestion;

// The first page: "where does it hurt?" The body map beside the routines for the selected
// regions, a quick start and the way into the library.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    HomePage(const Content& content, const Journal& journal, QWidget* parent = nullptr);

    BodyMapWidget* bodyMap() const { return m_map; }
    QListView* routineList() const { return m_list; }
    QStringList selectedRegions() const;
    void setSelectedRegions(const QStringList& regionIds);
    // The routine the quick-start button opens.
    void setQuickStart(const QString& routineId);
    QString quickStartRoutine() const { return m_quickStart; }
    // Re-reads the journal for the tension trend (after a session).
    void refreshTrend();
    // Takes the content again after packs were loaded or a routine was saved.
    void refreshContent();
    // A small widget of another concern (the reminders toggle) under the quick start.
    void addAccessory(QWidget* widget);

    // As narrow as the stacked layout allows, whichever way it currently stands, so the
    // window can be made narrow enough to switch to it.
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void routineRequested(const QString& routineId);
    void libraryRequested();
    void selectionChanged(const QStringList& regionIds);

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onSelectionChanged(const QStringList& regionIds);
    void openCurrent();
    void updateQuickStartText();

    const Content& m_content;
    const Journal& m_journal;
    BodyMapWidget* m_map = nullptr;
    RoutineListModel* m_model = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_prompt = nullptr;
    QLabel* m_legend = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_trend = nullptr;
    RoutineSuggestion* m_suggestion = nullptr; // "what works for you" for the regions picked
    QLabel* m_empty = nullptr;
    QPushButton* m_quickStartButton = nullptr;
    QBoxLayout* m_columns = nullptr;
    QString m_quickStart;
    QString m_quickStartName;
};

} // namespace knead
