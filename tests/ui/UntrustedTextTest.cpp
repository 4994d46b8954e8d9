// SPDX-License-Identifier: MIT
// Pack text is untrusted. A pack whose texts are full of HTML images, Markdown images and
// links must show them as the characters they are: no file is read, no link is opened.
#include "Favourites.h"
#include "LibraryModel.h"
#include "LibraryPage.h"
#include "Settings.h"
#include "TechniquePage.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUrl>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <memory>
#include <sys/inotify.h>
#include <unistd.h>
#include <vector>

using namespace knead;
using namespace knead::test;

namespace {

// Receives every URL that Knead asks the desktop to open.
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl& url) { urls.append(url); }
};

// Watches files for being opened or read, through Linux inotify: if anything in the process
// (Qt's rich text, an image reader, a resource loader) touches them, an event arrives.
class FileWatch
{
public:
    FileWatch()
        : m_fd(inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
    { }
    ~FileWatch()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileWatch(const FileWatch&) = delete;
    FileWatch& operator=(const FileWatch&) = delete;

    bool isValid() const { return m_fd >= 0; }
    bool watch(const QString& path)
    {
        return inotify_add_watch(m_fd, QFile::encodeName(path).constData(), IN_OPEN | IN_ACCESS) >= 0;
    }
    // Events that arrived since the last call.
    int drain()
    {
        int events = 0;
        alignas(inotify_event) char buffer[4096];
        for (;;) {
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n <= 0)
                break;
            for (ssize_t at = 0; at < n;) {
                inotify_event event;
                std::memcpy(&event, buffer + at, sizeof event);
                ++events;
                at += ssize_t(sizeof(inotify_event)) + ssize_t(event.len);
            }
        }
        return events;
    }

private:
    int m_fd = -1;
};

QString hostile(const QString& canary, const QString& label)
{
    return label
        + QStringLiteral(" <img src=\"%1\"> ![x](%1) ![x](../outside.png) <a href=\"file:///etc/hostname\">x</a> "
                         "[x](https://example.org)")
              .arg(canary);
}

void editJson(const QString& path, const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject object = QJsonDocument::fromJson(readFile(path)).object();
    REQUIRE_FALSE(object.isEmpty());
    edit(object);
    writeFile(path, QJsonDocument(object).toJson());
}

void writePng(const QString& path)
{
    QImage image(4, 4, QImage::Format_ARGB32);
    image.fill(Qt::red);
    REQUIRE(image.save(path, "PNG"));
}

QList<QLabel*> labelsShowingPackText(const QList<QWidget*>& roots)
{
    QList<QLabel*> out;
    for (QWidget* root : roots) {
        const QList<QLabel*> labels = root->findChildren<QLabel*>();
        for (QLabel* label : labels) {
            if (label->text().contains(QStringLiteral("canary")) || label->text().contains(QStringLiteral("](")))
                out.append(label);
        }
    }
    return out;
}

} // namespace

TEST_CASE(
    "pack text with HTML, Markdown images and links is shown as text, read from nowhere, opened nowhere", "[library]")
{
    // A canary image with a short path, so the hostile texts fit the loader's length limits.
    QTemporaryDir canaryDir(QDir::tempPath() + QStringLiteral("/kc-XXXXXX"));
    REQUIRE(canaryDir.isValid());
    const QString canary = canaryDir.filePath(QStringLiteral("canary.png"));
    writePng(canary);

    ScratchPack pack;
    // "../outside.png" next to the pack, and again inside it, for either base a renderer might pick.
    const QString outside = pack.parent() + QStringLiteral("/outside.png");
    const QString outsideInPack = pack.root() + QStringLiteral("/outside.png");
    writePng(outside);
    writePng(outsideInPack);

    editJson(pack.root() + QStringLiteral("/techniques/circles.json"), [&](QJsonObject& t) {
        t[QStringLiteral("name")] = QStringLiteral("Circles <img src=\"%1\">").arg(canary);
        t[QStringLiteral("aliases")] = QJsonArray {
            QStringLiteral("![x](%1)").arg(canary), QStringLiteral("<a href=\"file:///etc/hostname\">x</a>")};
        t[QStringLiteral("summary")] = hostile(canary, QStringLiteral("Summary"));
        t[QStringLiteral("description")] = hostile(canary, QStringLiteral("What")) + QStringLiteral("\n\n")
            + hostile(canary, QStringLiteral("More"));
        t[QStringLiteral("how_it_helps")] = hostile(canary, QStringLiteral("Helps"));
        t[QStringLiteral("how_to")]
            = QJsonArray {hostile(canary, QStringLiteral("Step one")), hostile(canary, QStringLiteral("Step two"))};
        t[QStringLiteral("cautions")] = QJsonArray {hostile(canary, QStringLiteral("Caution"))};
        t[QStringLiteral("red_flags")] = QJsonArray {hostile(canary, QStringLiteral("Stop"))};
        t[QStringLiteral("sources")]
            = QJsonArray {QJsonObject {{QStringLiteral("title"), hostile(canary, QStringLiteral("Source"))},
                {QStringLiteral("publisher"), QStringLiteral("<b>Publisher</b> <img src=\"%1\">").arg(canary)},
                {QStringLiteral("url"), QStringLiteral("https://example.org/source")}}};
    });
    editJson(pack.root() + QStringLiteral("/routines/short.json"), [&](QJsonObject& r) {
        r[QStringLiteral("name")] = QStringLiteral("Short <img src=\"%1\">").arg(canary);
        r[QStringLiteral("summary")] = hostile(canary, QStringLiteral("Routine"));
    });

    const LoadResult loaded = pack.load();
    INFO(dump(loaded.diagnostics));
    REQUIRE(loaded.errorCount() == 0);
    const Content& content = loaded.content;
    const Technique* technique = content.technique(QStringLiteral("circles"));
    REQUIRE(technique);
    REQUIRE(technique->name.contains(QStringLiteral("<img")));

    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    Favourites favourites(settings);

    UrlRecorder recorder;
    for (const QString& scheme : {QStringLiteral("file"), QStringLiteral("http"), QStringLiteral("https")})
        QDesktopServices::setUrlHandler(scheme, &recorder, "open");

    FileWatch watch;
    REQUIRE(watch.isValid());
    REQUIRE(watch.watch(canary));
    REQUIRE(watch.watch(outside));
    REQUIRE(watch.watch(outsideInPack));
    REQUIRE(watch.drain() == 0);

    // Show and render both pages, with a search that highlights inside the hostile text.
    LibraryPage library(content, settings, favourites);
    library.resize(1000, 700);
    library.show();
    library.focusSearch();
    QTest::keyClicks(library.findChild<QLineEdit*>(QStringLiteral("librarySearch")), QStringLiteral("img"));
    auto* list = library.findChild<QListView*>(QStringLiteral("libraryList"));
    REQUIRE(list);
    REQUIRE(list->model()->rowCount() == 2);
    CHECK(list->model()->index(0, 0).data(LibraryModel::NameRole).toString().contains(QStringLiteral("<img src=")));
    TechniquePage page(content, favourites);
    page.resize(1000, 700);
    page.show();
    page.showTechnique(QStringLiteral("circles"));
    QApplication::processEvents();
    CHECK_FALSE(library.grab().isNull());
    CHECK_FALSE(page.grab().isNull());
    // The technique's text is one document: every hostile text is in it as characters, and
    // its only links are Knead's own and the source's checked https address.
    const QString pageText = page.text();
    CHECK(pageText.count(QStringLiteral("<img src="))
        >= 9); // aliases, summary, 2 paragraphs, helps, 2 steps, caution, flag, source, publisher
    CHECK(pageText.contains(QStringLiteral("![x](")));
    for (const QString& link : page.links()) {
        INFO(link.toStdString());
        CHECK((link.startsWith(QStringLiteral("knead:")) || link == QStringLiteral("https://example.org/source")));
    }
    auto* browser = page.findChild<QTextBrowser*>(QStringLiteral("techniqueText"));
    REQUIRE(browser);
    CHECK_FALSE(browser->openLinks());
    CHECK_FALSE(browser->openExternalLinks());

    // (3) Every label with pack text shows it as plain text: the markup is on screen as characters.
    const QList<QLabel*> labels = labelsShowingPackText({&library, &page});
    CHECK(labels.size() >= 1); // the page's name; the library's rows are painted by a delegate
    int withImgTag = 0;
    for (const QLabel* label : labels) {
        INFO(label->text().toStdString());
        CHECK(label->textFormat() == Qt::PlainText);
        CHECK_FALSE(label->openExternalLinks());
        withImgTag += label->text().contains(QStringLiteral("<img")) ? 1 : 0;
    }
    CHECK(withImgTag >= 1);
    auto* name = page.findChild<QLabel*>(QStringLiteral("techniqueName"));
    REQUIRE(name);
    CHECK(name->text() == technique->name);
    // Tooltips guess at rich text: the one with pack text is escaped.
    auto* start = page.findChild<QAbstractButton*>(QStringLiteral("startBestRoutine"));
    REQUIRE(start);
    CHECK_FALSE(start->toolTip().contains(QStringLiteral("<img")));
    CHECK(start->toolTip().contains(QStringLiteral("&lt;img")));

    // (2) Nothing opens: click all over every label and watch for link activations.
    std::vector<std::unique_ptr<QSignalSpy>> activations;
    for (QLabel* label : labels) {
        activations.push_back(std::make_unique<QSignalSpy>(label, &QLabel::linkActivated));
        for (int fx = 1; fx <= 5; ++fx) {
            for (int fy = 1; fy <= 3; ++fy) {
                const QPoint at(label->width() * fx / 6, label->height() * fy / 4);
                QTest::mouseClick(label, Qt::LeftButton, {}, at);
            }
        }
        // And by keyboard: links in a label take focus with Tab and open with Enter.
        label->setFocus();
        QTest::keyClick(label, Qt::Key_Tab);
        QTest::keyClick(label, Qt::Key_Return);
    }
    QApplication::processEvents();
    for (const auto& spy : activations)
        CHECK(spy->isEmpty());
    CHECK(recorder.urls.isEmpty());

    // (1) Knead did not read the canaries.
    CHECK(watch.drain() == 0);

    // The checks themselves work: a URL handed to the desktop reaches the recorder, and
    // opening the canary is seen by the watch.
    QDesktopServices::openUrl(QUrl(QStringLiteral("https://example.org/check")));
    CHECK(recorder.urls.size() == 1);
    {
        QFile file(canary);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK_FALSE(file.readAll().isEmpty());
    }
    CHECK(watch.drain() > 0);

    // And the threat is real: the same text in a rich-text label reads the canary.
    {
        QLabel rich;
        rich.setTextFormat(Qt::RichText);
        rich.setText(technique->name);
        rich.resize(400, 100);
        rich.show();
        QApplication::processEvents();
        CHECK_FALSE(rich.grab().isNull());
    }
    CHECK(watch.drain() > 0);

    for (const QString& scheme : {QStringLiteral("file"), QStringLiteral("http"), QStringLiteral("https")})
        QDesktopServices::unsetUrlHandler(scheme);
}

#include "UntrustedTextTest.moc"
