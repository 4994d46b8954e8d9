// SPDX-License-Identifier: MIT
#pragma once

#include "Content.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTextCursor;
class QToolButton;
class QUrl;

namespace knead {

class Favourites;

// Everything about one technique: what it is, how it helps, how to do it yourself, its
// pressure and tools, cautions and when to stop, sources, and the routines that use it.
// The text is one document in a read-only browser, built with a text cursor from plain text
// (pack text is never parsed as markup, and no resource is ever loaded), so a page opens in
// well under a frame and reads as one text to a screen reader. Names of other items in the
// text become links; sources open in the web browser and can be copied.
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
    // The text as shown, for tests and for people who copy it.
    QString text() const;
    // Where the text is scrolled to, so going back returns to the same place.
    int scrollPosition() const;
    void setScrollPosition(int position);
    // The link targets in the text: "technique:<id>", "routine:<id>", or a source address.
    QStringList links() const;
    // Follows a link as a click would.
    void followLink(const QUrl& url);

Q_SIGNALS:
    void routineRequested(const QString& id);
    void techniqueRequested(const QString& id);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void build(const Technique* technique);
    void writeText(QTextCursor& cursor, const QString& text, const QString& ownName);
    void updateFavourite();
    void updateStartButton();

    const Content& m_content;
    Favourites& m_favourites;
    QString m_techniqueId;
    QString m_bestRoutineId;
    QString m_bestRoutineName;
    QLabel* m_kicker = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_aliases = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_start = nullptr;
    QToolButton* m_favourite = nullptr;
    QAction* m_favouriteAction = nullptr;
    QTextBrowser* m_text = nullptr;
    QWidget* m_header = nullptr;
};

} // namespace knead
