// SPDX-License-Identifier: MIT
// The library page and the technique page, driven with the keyboard and mouse as a person
// would: search as you type, filters, opening items, favourites, and every section of a
// technique.
#include "LibraryPage.h"
#include "ContentLoader.h"
#include "Favourites.h"
#include "LibraryDelegate.h"
#include "LibraryModel.h"
#include "Settings.h"
#include "TechniquePage.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextList>
#include <QToolButton>
#include <QUrl>

using namespace knead;
using namespace knead::test;

namespace {

const Content& bundled()
{
    static const LoadResult result
        = ContentLoader::load({{sourcePath(QStringLiteral("content")), QStringLiteral("content")}});
    return result.content;
}

// The objects a library page needs, with settings in a scratch folder.
struct Fixture
{
    QTemporaryDir dir;
    Settings settings {dir.filePath(QStringLiteral("settings.ini"))};
    Favourites favourites {settings};
};

template<typename T> T* child(const QWidget& parent, const QString& name)
{
    T* found = parent.findChild<T*>(name);
    INFO("looking for " << name.toStdString());
    REQUIRE(found);
    return found;
}

QStringList shownIds(const QListView* list)
{
    QStringList ids;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        ids.append(list->model()->index(row, 0).data(LibraryModel::IdRole).toString());
    return ids;
}

void showActive(QWidget& widget, int width = 1000, int height = 700)
{
    widget.resize(width, height);
    widget.show();
    widget.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

// A technique page showing `id`, shown and active.
struct TechniqueFixture : Fixture
{
    TechniquePage page;

    explicit TechniqueFixture(const QString& id)
        : page(bundled(), favourites)
    {
        showActive(page);
        page.showTechnique(id);
    }
};

} // namespace

TEST_CASE("typing \"trigger\" puts Trigger point therapy first and Enter opens it", "[library]")
{
    Fixture f;
    LibraryPage page(bundled(), f.settings, f.favourites);
    showActive(page);
    auto* search = child<QLineEdit>(page, QStringLiteral("librarySearch"));
    auto* list = child<QListView>(page, QStringLiteral("libraryList"));
    CHECK(search->placeholderText() == QStringLiteral("Search techniques and routines"));
    CHECK(search->isClearButtonEnabled());
    CHECK_FALSE(search->accessibleName().isEmpty());

    page.focusSearch();
    QTest::keyClicks(search, QStringLiteral("trigger"));
    CHECK(page.query() == QStringLiteral("trigger"));
    REQUIRE(list->model()->rowCount() >= 1);
    CHECK(
        list->model()->index(0, 0).data(LibraryModel::NameRole).toString() == QStringLiteral("Trigger point therapy"));
    CHECK_FALSE(list->currentIndex().isValid()); // Enter opens the first result all the same

    QSignalSpy techniques(&page, &LibraryPage::techniqueRequested);
    QSignalSpy routines(&page, &LibraryPage::routineRequested);
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(techniques.size() == 1);
    CHECK(techniques.at(0).at(0).toString() == QStringLiteral("trigger-point"));
    CHECK(routines.isEmpty());
}

TEST_CASE("arrow keys move from the search field through the results", "[library]")
{
    Fixture f;
    LibraryPage page(bundled(), f.settings, f.favourites);
    showActive(page);
    auto* search = child<QLineEdit>(page, QStringLiteral("librarySearch"));
    auto* list = child<QListView>(page, QStringLiteral("libraryList"));
    page.focusSearch();
    QTest::keyClicks(search, QStringLiteral("scalp"));
    REQUIRE(list->model()->rowCount() >= 3);
    // Typing marks no row, so the first Down lands on the first result, not the second.
    CHECK_FALSE(list->currentIndex().isValid());
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(list->currentIndex().row() == 0);
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(list->currentIndex().row() == 2);
    QTest::keyClick(search, Qt::Key_Up);
    CHECK(list->currentIndex().row() == 1);
    CHECK(search->hasFocus()); // the cursor stays in the field, so typing goes on

    const QModelIndex chosen = list->currentIndex();
    QSignalSpy techniques(&page, &LibraryPage::techniqueRequested);
    QSignalSpy routines(&page, &LibraryPage::routineRequested);
    QTest::keyClick(search, Qt::Key_Enter);
    const bool isTechnique = ItemKind(chosen.data(LibraryModel::KindRole).toInt()) == ItemKind::Technique;
    QSignalSpy& spy = isTechnique ? techniques : routines;
    REQUIRE(spy.size() == 1);
    CHECK(spy.at(0).at(0).toString() == chosen.data(LibraryModel::IdRole).toString());

    // Double-clicking a routine opens it as a routine.
    const int routineRow = [&] {
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            if (ItemKind(list->model()->index(row, 0).data(LibraryModel::KindRole).toInt()) == ItemKind::Routine)
                return row;
        }
        return -1;
    }();
    REQUIRE(routineRow >= 0);
    const QRect rect = list->visualRect(list->model()->index(routineRow, 0));
    const QPoint centre(rect.left() + rect.width() / 3, rect.center().y());
    routines.clear();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centre);
    REQUIRE(routines.size() == 1);
    CHECK(routines.at(0).at(0).toString() == list->model()->index(routineRow, 0).data(LibraryModel::IdRole).toString());
}

TEST_CASE("focusSearch puts the cursor in the search field with the query selected", "[library]")
{
    Fixture f;
    LibraryPage page(bundled(), f.settings, f.favourites);
    showActive(page);
    auto* search = child<QLineEdit>(page, QStringLiteral("librarySearch"));
    auto* list = child<QListView>(page, QStringLiteral("libraryList"));
    QTest::keyClicks(search, QStringLiteral("neck"));
    list->setFocus();
    REQUIRE_FALSE(search->hasFocus());

    page.focusSearch();
    CHECK(search->hasFocus());
    CHECK(search->selectedText() == QStringLiteral("neck"));
    QTest::keyClicks(search, QStringLiteral("jaw")); // types over the old query
    CHECK(page.query() == QStringLiteral("jaw"));
    CHECK(shownIds(list).contains(QStringLiteral("jaw-and-temples")));

    // Typing while in the list continues the search.
    list->setFocus();
    QTest::keyClicks(list, QStringLiteral(" and"));
    CHECK(page.query() == QStringLiteral("jaw and"));
    CHECK(search->hasFocus());
}

TEST_CASE("the head region filter lists scalp items and nothing only for the lower back", "[library]")
{
    Fixture f;
    const Content& c = bundled();
    LibraryPage page(c, f.settings, f.favourites);
    showActive(page);
    auto* list = child<QListView>(page, QStringLiteral("libraryList"));
    auto* regions = child<QComboBox>(page, QStringLiteral("regionFilter"));
    CHECK_FALSE(regions->accessibleName().isEmpty());

    page.setRegionFilter(QStringLiteral("head"));
    CHECK(regions->currentData().toString() == QStringLiteral("head"));
    CHECK(page.filter().regionId == QStringLiteral("head"));
    const QStringList shown = shownIds(list);
    CHECK(shown.contains(QStringLiteral("scalp-massage")));
    CHECK(shown.contains(QStringLiteral("scalp-tension-relief")));
    for (const Technique& t : c.techniques()) {
        if (t.regions == QStringList {QStringLiteral("lower-back")})
            CHECK_FALSE(shown.contains(t.id));
    }
    CHECK_FALSE(shown.contains(QStringLiteral("lower-back-ball")));
    for (int row = 0; row < list->model()->rowCount(); ++row)
        CHECK(list->model()
                  ->index(row, 0)
                  .data(LibraryModel::RegionsRole)
                  .toStringList()
                  .contains(QStringLiteral("head")));

    // The other filters are there and narrow further.
    auto* kind = child<QComboBox>(page, QStringLiteral("kindFilter"));
    kind->setCurrentIndex(kind->findData(int(LibraryFilter::Kind::Routines)));
    auto* duration = child<QComboBox>(page, QStringLiteral("durationFilter"));
    duration->setCurrentIndex(duration->findData(int(LibraryFilter::Duration::UpTo5Minutes)));
    CHECK(shownIds(list) == QStringList {QStringLiteral("desk-reset")});
    CHECK(child<QComboBox>(page, QStringLiteral("pressureFilter"))->count() == 4);
    CHECK(child<QComboBox>(page, QStringLiteral("toolFilter"))->count() > 5);

    page.setRegionFilter({});
    CHECK(page.filter().regionId.isEmpty());
}

TEST_CASE("when nothing matches, the page says so and offers to clear the search and filters", "[library]")
{
    Fixture f;
    LibraryPage page(bundled(), f.settings, f.favourites);
    showActive(page);
    auto* search = child<QLineEdit>(page, QStringLiteral("librarySearch"));
    auto* list = child<QListView>(page, QStringLiteral("libraryList"));
    auto* emptyText = child<QLabel>(page, QStringLiteral("emptyText"));
    auto* clear = child<QPushButton>(page, QStringLiteral("clearFilters"));
    page.setRegionFilter(QStringLiteral("feet"));
    QTest::keyClicks(search, QStringLiteral("zzzzqx"));
    CHECK(list->model()->rowCount() == 0);
    CHECK_FALSE(list->isVisible());
    CHECK(emptyText->isVisible());
    CHECK(emptyText->text().contains(QStringLiteral("No technique or routine matches")));
    CHECK(emptyText->text().contains(QStringLiteral("zzzzqx")));
    CHECK(emptyText->textFormat() == Qt::PlainText);
    REQUIRE(clear->isVisible());
    clear->click();
    CHECK(page.query().isEmpty());
    CHECK_FALSE(page.filter().narrows());
    CHECK(list->isVisible());
    CHECK(list->model()->rowCount() == bundled().techniques().size() + bundled().routines().size());
}

TEST_CASE("favourites toggle with the star or Ctrl+D and are kept in the settings", "[library]")
{
    Fixture f;
    LibraryPage page(bundled(), f.settings, f.favourites);
    showActive(page);
    auto* search = child<QLineEdit>(page, QStringLiteral("librarySearch"));
    auto* list = child<QListView>(page, QStringLiteral("libraryList"));
    page.focusSearch();
    QTest::keyClicks(search, QStringLiteral("trigger"));
    REQUIRE(list->model()->index(0, 0).data(LibraryModel::IdRole).toString() == QStringLiteral("trigger-point"));

    // Ctrl+D, from the search field, on the first result (Enter would open it).
    QTest::keyClick(search, Qt::Key_D, Qt::ControlModifier);
    CHECK(f.favourites.contains(ItemKind::Technique, QStringLiteral("trigger-point")));
    CHECK(f.settings.favourites().contains(QStringLiteral("technique:trigger-point")));
    CHECK(list->model()->index(0, 0).data(LibraryModel::FavouriteRole).toBool());
    CHECK(page.query() == QStringLiteral("trigger")); // Ctrl+D typed nothing

    // A click on the star of the row toggles it back, without opening the item.
    QSignalSpy techniques(&page, &LibraryPage::techniqueRequested);
    auto* delegate = qobject_cast<LibraryDelegate*>(list->itemDelegate());
    REQUIRE(delegate);
    const QRect star = delegate->starHitRect(list->visualRect(list->model()->index(0, 0)), list->font());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, star.center());
    CHECK_FALSE(f.favourites.contains(ItemKind::Technique, QStringLiteral("trigger-point")));
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, star.center());
    CHECK(techniques.isEmpty());

    // Favourites only.
    f.favourites.set(ItemKind::Routine, QStringLiteral("desk-reset"), true);
    search->clear();
    auto* only = child<QToolButton>(page, QStringLiteral("favouritesOnly"));
    CHECK_FALSE(only->accessibleName().isEmpty());
    only->click();
    CHECK(shownIds(list) == QStringList {QStringLiteral("desk-reset")});

    // Written when Knead quits, a new Settings on the same file sees them.
    f.settings.flush();
    Settings again(f.settings.path());
    CHECK(again.favourites() == QStringList {QStringLiteral("routine:desk-reset")});
}

TEST_CASE("the filters wrap instead of being cut off in a narrow window", "[library]")
{
    Fixture f;
    LibraryPage page(bundled(), f.settings, f.favourites);
    showActive(page, 480, 700);
    QApplication::processEvents();
    const QStringList names = {QStringLiteral("librarySearch"), QStringLiteral("kindFilter"),
        QStringLiteral("regionFilter"), QStringLiteral("pressureFilter"), QStringLiteral("durationFilter"),
        QStringLiteral("toolFilter"), QStringLiteral("favouritesOnly"), QStringLiteral("libraryList")};
    int lowestFilter = 0;
    for (const QString& name : names) {
        auto* w = child<QWidget>(page, name);
        const QRect r(w->mapTo(&page, QPoint(0, 0)), w->size());
        INFO(name.toStdString() << " at " << r.x() << "," << r.y() << " " << r.width() << "x" << r.height());
        CHECK(w->isVisible());
        CHECK(r.left() >= 0);
        CHECK(r.right() < page.width());
        if (name.endsWith(QStringLiteral("Filter")))
            lowestFilter = std::max(lowestFilter, r.bottom());
    }
    // The list starts below the last row of filters and still has room for results.
    auto* list = child<QListView>(page, QStringLiteral("libraryList"));
    CHECK(list->mapTo(&page, QPoint(0, 0)).y() > lowestFilter);
    CHECK(list->height() > 250);
}

TEST_CASE("the scalp massage page shows every section and starts a routine that uses it", "[library]")
{
    TechniqueFixture f(QStringLiteral("scalp-massage"));
    TechniquePage& page = f.page;
    const Content& c = bundled();
    CHECK(page.techniqueId() == QStringLiteral("scalp-massage"));
    const Technique& t = *c.technique(QStringLiteral("scalp-massage"));

    CHECK(child<QLabel>(page, QStringLiteral("techniqueName"))->text() == t.name);
    const QString text = page.text();
    INFO(text.toStdString());
    CHECK(text.contains(t.aliases.first()));
    CHECK(text.contains(t.summary));
    for (const char* heading : {"What it is", "How it helps", "How to do it yourself", "Cautions",
             "When to stop or see a professional", "Routines that use it", "Sources"})
        CHECK(text.contains(QString::fromLatin1(heading)));
    // Paragraphs appear as written; names of other items in them become links, so compare
    // the text, not the formatting.
    for (const QString& part : t.description.split(QStringLiteral("\n\n")))
        CHECK(text.contains(part.trimmed()));
    CHECK(text.contains(t.howItHelps));
    for (const QString& step : t.howTo)
        CHECK(text.contains(step));
    CHECK(text.contains(QStringLiteral("Pressure: Light")));
    CHECK(text.contains(QStringLiteral("Fingertips")));
    CHECK(text.contains(c.region(QStringLiteral("head"))->name));
    for (const Guidance& caution : t.cautions)
        CHECK(text.contains(caution.text));
    for (const Guidance& flag : t.redFlags)
        CHECK(text.contains(flag.text));
    CHECK(text.contains(t.sources.first().title));
    CHECK(text.contains(t.sources.first().publisher));
    // The whole address, to read and to copy, and as a link.
    CHECK(text.contains(t.sources.first().url));
    CHECK(page.links().contains(t.sources.first().url));

    // Every routine that uses the technique is a link that opens it.
    QSignalSpy requested(&page, &TechniquePage::routineRequested);
    const QList<const Routine*> users = c.routinesUsingTechnique(t.id);
    REQUIRE(users.size() >= 2);
    for (const Routine* r : users) {
        const QString href = QStringLiteral("knead:routine/") + r->id;
        REQUIRE(page.links().contains(href));
        page.followLink(QUrl(href));
        REQUIRE_FALSE(requested.isEmpty());
        CHECK(requested.takeLast().at(0).toString() == r->id);
    }

    auto* start = child<QPushButton>(page, QStringLiteral("startBestRoutine"));
    REQUIRE(start->isVisible());
    CHECK(start->text().startsWith(QStringLiteral("Start ")));
    CHECK(start->property("primary").toBool());
    start->click();
    REQUIRE(requested.size() == 1);
    const Routine* best = c.routine(requested.at(0).at(0).toString());
    REQUIRE(best);
    CHECK(best->id == QStringLiteral("scalp-tension-relief")); // every step of it is scalp massage
    CHECK(best->techniqueIds().contains(QStringLiteral("scalp-massage")));
    CHECK(start->accessibleName().contains(best->name));
}

TEST_CASE("a technique page's paragraphs and cautions are body text, only headings are bold", "[library]")
{
    TechniqueFixture f(QStringLiteral("scalp-massage"));
    TechniquePage& page = f.page;
    const Content& c = bundled();
    const Technique& t = *c.technique(QStringLiteral("scalp-massage"));
    const QTextDocument* doc = child<QTextBrowser>(page, QStringLiteral("techniqueText"))->document();
    // The weight of each run of a block whose text starts with `start`; -1 if none does.
    const auto heaviest = [&](const QString& start) {
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (!b.text().startsWith(start))
                continue;
            int weight = 0;
            for (auto it = b.begin(); !it.atEnd(); ++it)
                weight = std::max(weight, int(it.fragment().charFormat().font().weight()));
            return weight;
        }
        return -1;
    };
    const QString paragraph = t.description.split(QStringLiteral("\n\n")).first().trimmed().left(30);
    CHECK(heaviest(paragraph) == QFont::Normal); // it followed a heading, and was bold
    CHECK(heaviest(t.howItHelps.left(30)) == QFont::Normal);
    CHECK(heaviest(t.howTo.first().left(30)) == QFont::Normal);
    CHECK(heaviest(t.cautions.first().text.left(30)) == QFont::Normal);
    CHECK(heaviest(t.redFlags.first().text.left(30)) == QFont::Normal);
    CHECK(heaviest(QStringLiteral("How it helps")) > QFont::Normal);
    CHECK(heaviest(QStringLiteral("Cautions")) > QFont::Normal);

    // Every step, caution and red flag is an item of its list, the last one too, and each
    // list's numbers or bullets are in body text.
    const auto item = [&](const QString& text) {
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.text() == text)
                return b;
        }
        return QTextBlock();
    };
    for (const QStringList& items : {t.howTo, Guidance::texts(t.cautions), Guidance::texts(t.redFlags)}) {
        for (const QString& text : items) {
            const QTextBlock b = item(text);
            REQUIRE(b.isValid());
            INFO(text.toStdString());
            CHECK(b.textList() != nullptr);
            CHECK(b.charFormat().font().weight() == QFont::Normal);
        }
    }
}

TEST_CASE(
    "Down from the search field goes to the first result, on opening and after the list had the focus", "[library]")
{
    Fixture f;
    LibraryPage page(bundled(), f.settings, f.favourites);
    showActive(page);
    auto* list = child<QListView>(page, QStringLiteral("libraryList"));
    auto* search = child<QLineEdit>(page, QStringLiteral("librarySearch"));
    // As the page opens: nothing typed, no row chosen yet.
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(list->currentIndex().row() == 0);
    // Back in the search field after the list had the focus, and made a row current.
    QTest::keyClick(search, Qt::Key_Down);
    list->setFocus();
    QApplication::processEvents();
    page.focusSearch();
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(list->currentIndex().row() == 0);
}

TEST_CASE("names of other techniques in a text are links to them", "[library]")
{
    Fixture f;
    Content c;
    const auto technique = [](const QString& id, const QString& name, const QString& description) {
        Technique t;
        t.id = id;
        t.name = name;
        t.summary = QStringLiteral("A summary.");
        t.description = description;
        t.pressure.add(Pressure::Light);
        return t;
    };
    c.setTechnique(technique(QStringLiteral("circles"), QStringLiteral("Circles"),
        QStringLiteral("Go on with Massage ball release after this, then see circles again.")));
    c.setTechnique(
        technique(QStringLiteral("massage-ball"), QStringLiteral("Massage ball release"), QStringLiteral("A ball.")));
    TechniquePage page(c, f.favourites);
    page.showTechnique(QStringLiteral("circles"));
    const QStringList links = page.links();
    CHECK(links.contains(QStringLiteral("knead:technique/massage-ball")));
    CHECK_FALSE(links.contains(QStringLiteral("knead:technique/circles"))); // not its own name
    QSignalSpy requested(&page, &TechniquePage::techniqueRequested);
    page.followLink(QUrl(QStringLiteral("knead:technique/massage-ball")));
    REQUIRE(requested.size() == 1);
    CHECK(requested.first().first().toString() == QStringLiteral("massage-ball"));
}

TEST_CASE("Ctrl+D keeps a technique as a favourite from its own page", "[library]")
{
    TechniqueFixture f(QStringLiteral("trigger-point"));
    TechniquePage& page = f.page;
    QTest::keyClick(&page, Qt::Key_D, Qt::ControlModifier);
    CHECK(f.favourites.contains(ItemKind::Technique, QStringLiteral("trigger-point")));
    QTest::keyClick(&page, Qt::Key_D, Qt::ControlModifier);
    CHECK_FALSE(f.favourites.contains(ItemKind::Technique, QStringLiteral("trigger-point")));
}

TEST_CASE("the technique page's favourite toggle is kept in the settings", "[library]")
{
    TechniqueFixture f(QStringLiteral("trigger-point"));
    TechniquePage& page = f.page;
    auto* toggle = child<QToolButton>(page, QStringLiteral("favouriteToggle"));
    CHECK_FALSE(toggle->isChecked());
    CHECK_FALSE(toggle->accessibleName().isEmpty());
    toggle->click();
    CHECK(toggle->isChecked());
    CHECK(f.settings.favourites() == QStringList {QStringLiteral("technique:trigger-point")});
    // Changed elsewhere (the library's star), the page follows.
    f.favourites.toggle(ItemKind::Technique, QStringLiteral("trigger-point"));
    CHECK_FALSE(toggle->isChecked());
    CHECK(f.settings.favourites().isEmpty());
}

TEST_CASE("a technique no routine uses has no start button, and an unknown id shows nothing stale", "[library]")
{
    Fixture f;
    const Content& c = bundled();
    TechniquePage page(c, f.favourites);
    showActive(page);
    const Technique* unused = nullptr;
    for (const Technique& t : c.techniques()) {
        if (c.routinesUsingTechnique(t.id).isEmpty()) {
            unused = &t;
            break;
        }
    }
    REQUIRE(unused);
    page.showTechnique(unused->id);
    CHECK_FALSE(child<QPushButton>(page, QStringLiteral("startBestRoutine"))->isVisible());
    CHECK_FALSE(page.text().contains(QStringLiteral("Routines that use it")));
    CHECK(page.bestRoutineId().isEmpty());

    page.showTechnique(QStringLiteral("no-such-technique"));
    CHECK(page.techniqueId().isEmpty());
    CHECK(page.findChild<QLabel*>(QStringLiteral("techniqueName")) == nullptr);
    CHECK(page.findChild<QLabel*>(QStringLiteral("techniqueMissing")));
    CHECK(page.text().isEmpty());
}

TEST_CASE("the technique page fits a narrow window without sideways scrolling", "[library]")
{
    Fixture f;
    TechniquePage page(bundled(), f.favourites);
    showActive(page, 480, 700);
    for (const QString& id : {QStringLiteral("scalp-massage"), QStringLiteral("trigger-point")}) {
        page.showTechnique(id);
        QApplication::processEvents();
        auto* text = child<QTextBrowser>(page, QStringLiteral("techniqueText"));
        CHECK(text->horizontalScrollBar()->maximum() == 0); // even long addresses wrap
        auto* start = child<QPushButton>(page, QStringLiteral("startBestRoutine"));
        CHECK(start->mapTo(&page, QPoint(start->width(), 0)).x() <= page.width());
    }
}

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x20, 0x23);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4d));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x41));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb2, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

// Not a check: pictures to look at. Run with
//   KNEAD_SCREENSHOTS=/tmp/library knead_ui_tests "[.screenshots]"
TEST_CASE("library screenshots in light and dark palettes", "[.screenshots]")
{
    const QString outDir = qEnvironmentVariable("KNEAD_SCREENSHOTS", QDir::tempPath());
    const QPalette original = QApplication::palette();
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        for (const QSize size : {QSize(1000, 700), QSize(480, 700)}) {
            const QString suffix = QStringLiteral("%1-%2")
                                       .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"))
                                       .arg(size.width());
            Fixture f;
            f.favourites.set(ItemKind::Technique, QStringLiteral("scalp-massage"), true);
            LibraryPage library(bundled(), f.settings, f.favourites);
            showActive(library, size.width(), size.height());
            library.focusSearch();
            QTest::keyClicks(library.findChild<QLineEdit*>(QStringLiteral("librarySearch")), QStringLiteral("scalp"));
            QApplication::processEvents();
            CHECK(library.grab().save(outDir + QStringLiteral("/shot-library-") + suffix + QStringLiteral(".png")));

            LibraryPage all(bundled(), f.settings, f.favourites);
            showActive(all, size.width(), size.height());
            QApplication::processEvents();
            CHECK(all.grab().save(outDir + QStringLiteral("/shot-library-all-") + suffix + QStringLiteral(".png")));

            LibraryPage alias(bundled(), f.settings, f.favourites);
            showActive(alias, size.width(), size.height());
            QTest::keyClicks(alias.findChild<QLineEdit*>(QStringLiteral("librarySearch")), QStringLiteral("knot"));
            QApplication::processEvents();
            CHECK(alias.grab().save(outDir + QStringLiteral("/shot-library-alias-") + suffix + QStringLiteral(".png")));

            LibraryPage none(bundled(), f.settings, f.favourites);
            showActive(none, size.width(), size.height());
            QTest::keyClicks(
                none.findChild<QLineEdit*>(QStringLiteral("librarySearch")), QStringLiteral("hamstring curl"));
            QApplication::processEvents();
            CHECK(none.grab().save(outDir + QStringLiteral("/shot-library-empty-") + suffix + QStringLiteral(".png")));

            for (const QString& id : {QStringLiteral("scalp-massage"), QStringLiteral("trigger-point")}) {
                TechniquePage page(bundled(), f.favourites);
                showActive(page, size.width(), size.height());
                page.showTechnique(id);
                QApplication::processEvents();
                CHECK(page.grab().save(outDir + QStringLiteral("/shot-technique-") + id + QLatin1Char('-') + suffix
                    + QStringLiteral(".png")));
            }
        }
    }
    QApplication::setPalette(original);
}
