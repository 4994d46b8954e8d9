// SPDX-License-Identifier: MIT
#pragma once

#include "Content.h"
#include "LibraryModel.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace knead {

class Favourites;
class LibraryDelegate;
class Settings;

// The library: every technique and routine, searchable as you type and filterable by kind,
// body region, pressure, length, tool and favourites. Opening an item is a request; the
// window decides which page shows it.
class LibraryPage : public QWidget
{
    Q_OBJECT

public:
    LibraryPage(const Content& content, Settings& settings, Favourites& favourites, QWidget* parent = nullptr);

    // Puts the cursor in the search field with its text selected, ready to type over.
    void focusSearch();
    // Shows only items for the region (empty: any region), e.g. after picking it on the body map.
    void setRegionFilter(const QString& regionId);
    QString query() const;
    const LibraryFilter& filter() const;
    // Empties the search field and sets every filter back to "any".
    void clearFilters();
    // Reads the Content again after packs were added or removed.
    void reload();
    // The keys the page handles beyond its actions, for the keyboard help: (what, keys).
    static QList<std::pair<QString, QString>> keyHelp();
    // Where the list is scrolled to, so going back returns to the same place.
    int scrollPosition() const;
    void setScrollPosition(int position);

Q_SIGNALS:
    void techniqueRequested(const QString& id);
    void routineRequested(const QString& id);
    // The routine editor: the person's own routine in place, any routine as a copy.
    void editRequested(const QString& id);
    void duplicateRequested(const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildFilterCombos();
    void applyFilter();
    void updateState();
    void openRow(int row);
    void toggleFavourite(int row);
    void moveCurrent(int delta);
    void updateIcons();
    void updateActions();
    void rememberCurrent();
    void restoreCurrent();

    const Content& m_content;
    Favourites& m_favourites;
    LibraryModel* m_model = nullptr;
    LibraryDelegate* m_delegate = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_region = nullptr;
    QComboBox* m_pressure = nullptr;
    QComboBox* m_duration = nullptr;
    QComboBox* m_tool = nullptr;
    QToolButton* m_favouritesOnly = nullptr;
    QToolButton* m_resetFilters = nullptr;
    QLabel* m_count = nullptr;
    QStackedWidget* m_stack = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_emptyText = nullptr;
    QLabel* m_emptyHint = nullptr;
    QPushButton* m_emptyClear = nullptr;
    QAction* m_open = nullptr;
    QAction* m_toggleFavourite = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_duplicate = nullptr;
    bool m_updatingCombos = false;
    // Across a model reset: the item to keep current, unless the query changed, when the
    // best match (row 0) becomes current instead.
    bool m_currentToTop = false;
    ItemKind m_keptKind = ItemKind::Technique;
    QString m_keptId;
};

} // namespace knead
