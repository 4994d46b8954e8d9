// SPDX-License-Identifier: MIT
#include "TechniquePage.h"

#include "Controls.h"
#include "Favourites.h"
#include "LibraryDelegate.h"
#include "LibraryModel.h"
#include "Palette.h"
#include "PlainText.h"
#include "Typography.h"

#include <QAction>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace knead {

namespace {

const QString kScheme = QStringLiteral("knead");

// A browser that never loads anything: pack text is inserted as plain text, but a document
// could still ask for an image, and Qt's default loader would read any local file.
class QuietBrowser final : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int, const QUrl&) override { return {}; }
};

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-');
}

} // namespace

TechniquePage::TechniquePage(const Content& content, Favourites& favourites, QWidget* parent)
    : QWidget(parent)
    , m_content(content)
    , m_favourites(favourites)
{
    setObjectName(QStringLiteral("techniquePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // The header: the name and what a person does with it, always in view.
    m_header = new QWidget(this);
    auto* header = new QVBoxLayout(m_header);
    header->setContentsMargins(3 * kUnit, 2 * kUnit, 3 * kUnit, kUnit);
    header->setSpacing(kUnit / 2);
    m_kicker = makeLabel(tr("Technique"), TextStyle::Caption, m_header, "techniqueKicker");
    m_name = makeLabel(QString(), TextStyle::Title, m_header, "techniqueName");
    auto* actions = new QHBoxLayout;
    actions->setSpacing(kUnit);
    m_start = new QPushButton(icon(Icon::Play), QString(), m_header);
    m_start->setObjectName(QStringLiteral("startBestRoutine"));
    makePrimary(m_start);
    m_start->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(m_start, &QPushButton::clicked, this, [this] { Q_EMIT routineRequested(m_bestRoutineId); });
    m_favourite = new QToolButton(m_header);
    m_favourite->setObjectName(QStringLiteral("favouriteToggle"));
    m_favourite->setCheckable(true);
    m_favourite->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_favourite, &QToolButton::clicked, this,
        [this](bool on) { m_favourites.set(ItemKind::Technique, m_techniqueId, on); });
    // Ctrl+D here as in the library: keep it, or let it go.
    m_favouriteAction = new QAction(tr("Add to or remove from favourites"), this);
    m_favouriteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_favouriteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_favouriteAction);
    connect(m_favouriteAction, &QAction::triggered, this, [this] {
        if (!m_techniqueId.isEmpty())
            m_favourites.toggle(ItemKind::Technique, m_techniqueId);
    });
    actions->addWidget(m_start);
    actions->addWidget(m_favourite);
    actions->addStretch(1);
    header->addWidget(m_kicker);
    header->addWidget(m_name);
    header->addLayout(actions);
    layout->addWidget(m_header);

    m_text = new QuietBrowser(this);
    m_text->setObjectName(QStringLiteral("techniqueText"));
    m_text->setAccessibleName(tr("Technique description"));
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setOpenLinks(false);
    m_text->setOpenExternalLinks(false);
    m_text->setUndoRedoEnabled(false);
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long addresses wrap too
    // The window's colour, not an input field's: this is a page to read.
    m_text->viewport()->setAutoFillBackground(false);
    m_text->setAutoFillBackground(false);
    connect(m_text, &QTextBrowser::anchorClicked, this, &TechniquePage::followLink);
    layout->addWidget(m_text, 1);

    connect(&m_favourites, &Favourites::changed, this, &TechniquePage::updateFavourite);
    build(nullptr);
}

void TechniquePage::showTechnique(const QString& id)
{
    const Technique* technique = m_content.technique(id);
    m_techniqueId = technique ? technique->id : QString();
    build(technique);
    m_text->verticalScrollBar()->setValue(0);
}

QString TechniquePage::text() const
{
    return m_text->toPlainText();
}

int TechniquePage::scrollPosition() const
{
    return m_text->verticalScrollBar()->value();
}

void TechniquePage::setScrollPosition(int position)
{
    m_text->verticalScrollBar()->setValue(position);
}

QStringList TechniquePage::links() const
{
    QStringList out;
    for (QTextBlock block = m_text->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor() && !out.contains(format.anchorHref()))
                out.append(format.anchorHref());
        }
    }
    return out;
}

void TechniquePage::followLink(const QUrl& url)
{
    if (url.scheme() == kScheme) {
        const QString kind = url.path().section(QLatin1Char('/'), 0, 0);
        const QString id = url.path().section(QLatin1Char('/'), 1);
        if (kind == QLatin1String("technique"))
            Q_EMIT techniqueRequested(id);
        else if (kind == QLatin1String("routine"))
            Q_EMIT routineRequested(id);
        return;
    }
    // Sources: the loader accepted only https addresses.
    if (url.scheme() == QLatin1String("https"))
        QDesktopServices::openUrl(url);
}

void TechniquePage::writeText(QTextCursor& cursor, const QString& text, const QString& ownName)
{
    // Names of other techniques and routines become links to them ("see Massage ball
    // release"). Whole words only, first match wins, the page's own name is not a link.
    struct Target
    {
        QString name;
        QString href;
    };
    QList<Target> targets;
    for (const Technique& t : m_content.techniques()) {
        if (t.name.compare(ownName, Qt::CaseInsensitive) != 0)
            targets.append({t.name, kScheme + QStringLiteral(":technique/") + t.id});
    }
    for (const Routine& r : m_content.routines())
        targets.append({r.name, kScheme + QStringLiteral(":routine/") + r.id});
    const QTextCharFormat plain = cursor.charFormat();
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype best = -1;
        const Target* match = nullptr;
        for (const Target& target : std::as_const(targets)) {
            for (qsizetype at = text.indexOf(target.name, from, Qt::CaseInsensitive); at >= 0;
                 at = text.indexOf(target.name, at + 1, Qt::CaseInsensitive)) {
                const qsizetype end = at + target.name.size();
                const bool whole
                    = (at == 0 || !isWordChar(text[at - 1])) && (end >= text.size() || !isWordChar(text[end]));
                if (whole) {
                    if (best < 0 || at < best || (at == best && target.name.size() > match->name.size())) {
                        best = at;
                        match = &target;
                    }
                    break;
                }
            }
        }
        if (!match) {
            cursor.insertText(text.mid(from), plain);
            return;
        }
        cursor.insertText(text.mid(from, best - from), plain);
        QTextCharFormat link = plain;
        link.setAnchor(true);
        link.setAnchorHref(match->href);
        link.setForeground(palette().color(QPalette::Link));
        link.setFontUnderline(true);
        cursor.insertText(text.mid(best, match->name.size()), link);
        from = best + match->name.size();
    }
}

void TechniquePage::build(const Technique* technique)
{
    m_bestRoutineId.clear();
    m_bestRoutineName.clear();
    QTextDocument* doc = m_text->document();
    doc->clear();
    doc->setDocumentMargin(3 * kUnit);
    doc->setDefaultFont(font());
    const bool shown = technique != nullptr;
    m_kicker->setVisible(shown);
    m_start->setVisible(false);
    m_favourite->setVisible(shown);
    m_favouriteAction->setEnabled(shown);
    QTextCursor cursor(doc);
    // One edit: the document is laid out once at the end, not after every insertion.
    cursor.beginEditBlock();
    const auto done = qScopeGuard([&] { cursor.endEditBlock(); });
    const QPalette& pal = palette();
    QTextCharFormat body;
    body.setFont(font());
    body.setForeground(pal.color(QPalette::WindowText));
    QTextCharFormat muted = body;
    muted.setForeground(pal.color(QPalette::PlaceholderText));
    muted.setFont(fontFor(TextStyle::Caption, font()));
    QTextCharFormat bold = body;
    bold.setFontWeight(QFont::DemiBold);
    QTextCharFormat large = body;
    large.setFont(fontFor(TextStyle::Large, font()));
    QTextCharFormat heading = body;
    heading.setFont(fontFor(TextStyle::Heading, font()));
    QTextBlockFormat paragraph;
    paragraph.setBottomMargin(kUnit);
    QTextBlockFormat headingBlock;
    headingBlock.setTopMargin(2 * kUnit);
    headingBlock.setBottomMargin(kUnit / 2);
    headingBlock.setHeadingLevel(2); // a heading to screen readers, not only bold text
    bool first = true;
    // A new block starts in body text: a block inherits the character format written last
    // (a heading's), and writeText() writes in the cursor's.
    const auto block = [&](const QTextBlockFormat& format) {
        if (first) {
            cursor.setBlockFormat(format);
            cursor.setBlockCharFormat(body);
            first = false;
        } else {
            cursor.insertBlock(format, body); // the block's own format sizes a list's number
        }
        cursor.setCharFormat(body);
    };
    const auto sectionHeading = [&](const QString& title) {
        block(headingBlock);
        cursor.insertText(title, heading);
    };
    const QString ownName = technique ? technique->name : QString();
    const auto paragraphs = [&](const QString& text) {
        for (const QString& part : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
            block(paragraph);
            writeText(cursor, part.trimmed(), ownName);
        }
    };
    const auto list = [&](const QStringList& items, QTextListFormat::Style style) {
        QTextListFormat format;
        format.setStyle(style);
        format.setIndent(1);
        QTextList* textList = nullptr;
        for (const QString& item : items) {
            block(paragraph);
            if (!textList)
                textList = cursor.createList(format);
            else
                textList->add(cursor.block());
            writeText(cursor, item, ownName);
        }
        // The next block() leaves the list: a block inserted with a plain format is in none.
    };

    if (!technique) {
        m_name->setText(tr("Choose a technique in the library to read about it here."));
        m_name->setObjectName(QStringLiteral("techniqueMissing"));
        updateFavourite();
        return;
    }
    const Technique& t = *technique;
    m_name->setObjectName(QStringLiteral("techniqueName"));
    m_name->setText(t.name);

    if (!t.aliases.isEmpty()) {
        block(paragraph);
        cursor.insertText(tr("Also called %1").arg(t.aliases.join(QStringLiteral(", "))), muted);
    }
    block(paragraph);
    writeText(cursor, t.summary, ownName);
    cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
    cursor.mergeCharFormat(large);
    cursor.movePosition(QTextCursor::EndOfBlock);

    // At a glance: pressure, tools, regions.
    QStringList pressures;
    for (Pressure p : t.pressure.levels())
        pressures.append(pressureId(p));
    QStringList tools;
    for (const QString& tool : t.tools)
        tools.append(toolLabel(tool));
    QStringList regions;
    for (const QString& id : t.regions) {
        const Region* region = m_content.region(id);
        regions.append(region ? region->name : id);
    }
    for (const auto& [caption, values] : {std::pair {tr("Pressure"), pressures}, std::pair {tr("Tools"), tools},
             std::pair {tr("Body regions"), regions}}) {
        QTextBlockFormat fact;
        fact.setBottomMargin(kUnit / 4);
        block(fact);
        //: A fact about a technique: "Pressure: light, medium".
        cursor.insertText(tr("%1:").arg(caption), bold);
        cursor.insertText(QLatin1Char(' ') + capitalised(values.join(QStringLiteral(", "))), body);
    }

    sectionHeading(tr("What it is"));
    paragraphs(t.description);
    sectionHeading(tr("How it helps"));
    paragraphs(t.howItHelps);
    sectionHeading(tr("How to do it yourself"));
    list(t.howTo, QTextListFormat::ListDecimal);

    // Cautions and red flags, set apart in a tinted frame so that nobody reads past them.
    cursor.movePosition(QTextCursor::End);
    QTextFrameFormat cautionFrame;
    cautionFrame.setBackground(cautionBackground(pal));
    cautionFrame.setBorder(1);
    cautionFrame.setBorderBrush(mixColors(pal.color(QPalette::Window), cautionColor(pal), 0.5));
    cautionFrame.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    cautionFrame.setPadding(2 * kUnit);
    cautionFrame.setTopMargin(2 * kUnit);
    cautionFrame.setBottomMargin(kUnit);
    cursor.insertFrame(cautionFrame);
    first = true;
    QTextCharFormat cautionHeading = heading;
    cautionHeading.setForeground(cautionColor(pal));
    block(QTextBlockFormat());
    cursor.insertText(tr("Cautions"), cautionHeading);
    list(Guidance::texts(t.cautions), QTextListFormat::ListDisc);
    block(headingBlock);
    cursor.insertText(tr("When to stop or see a professional"), cautionHeading);
    list(Guidance::texts(t.redFlags), QTextListFormat::ListDisc);
    cursor.movePosition(QTextCursor::End);

    const QList<const Routine*> routinesUsing = m_content.routinesUsingTechnique(t.id);
    if (!routinesUsing.isEmpty()) {
        sectionHeading(tr("Routines that use it"));
        QTextListFormat format;
        format.setStyle(QTextListFormat::ListDisc);
        format.setIndent(1);
        QTextList* textList = nullptr;
        for (const Routine* r : routinesUsing) {
            int steps = 0;
            for (const Step& s : r->steps)
                steps += s.technique == t.id ? 1 : 0;
            block(paragraph);
            if (!textList)
                textList = cursor.createList(format);
            else
                textList->add(cursor.block());
            QTextCharFormat link = bold;
            link.setAnchor(true);
            link.setAnchorHref(kScheme + QStringLiteral(":routine/") + r->id);
            link.setForeground(pal.color(QPalette::Link));
            link.setFontUnderline(true);
            cursor.insertText(r->name, link);
            const QString detail = r->steps.size() == steps
                ? tr("%1, every step").arg(formatDuration(r->totalSeconds()))
                : tr("%1, %2 of %n step(s)", nullptr, int(r->steps.size()))
                      .arg(formatDuration(r->totalSeconds()))
                      .arg(steps);
            cursor.insertText(QStringLiteral(" · ") + detail, muted);
        }
        cursor.setBlockFormat(paragraph);
    }

    sectionHeading(tr("Sources"));
    for (const Source& s : t.sources) {
        block(QTextBlockFormat());
        cursor.insertText(s.title, bold);
        if (!s.publisher.isEmpty())
            cursor.insertText(QStringLiteral(" · ") + s.publisher, muted);
        if (!s.url.isEmpty()) {
            block(paragraph);
            QTextCharFormat link = body;
            link.setAnchor(true);
            link.setAnchorHref(s.url);
            link.setForeground(pal.color(QPalette::Link));
            link.setFontUnderline(true);
            cursor.insertText(s.url, link);
        }
    }
    block(paragraph);
    cursor.insertText(tr("Addresses open in your web browser; right-click one to copy it."), muted);

    if (const Routine* best = bestRoutineForTechnique(m_content, t.id)) {
        m_bestRoutineId = best->id;
        m_bestRoutineName = best->name;
        m_start->setAccessibleName(tr("Start %1").arg(best->name));
        m_start->setAccessibleDescription(
            tr("The routine that uses %1 the most; %2").arg(t.name, formatDuration(best->totalSeconds())));
        m_start->setToolTip(plainToolTip(tr("Start %1 (%2)").arg(best->name, formatDuration(best->totalSeconds()))));
        m_start->setVisible(true);
    }
    updateFavourite();
    updateStartButton();
}

void TechniquePage::updateFavourite()
{
    const bool on = !m_techniqueId.isEmpty() && m_favourites.contains(ItemKind::Technique, m_techniqueId);
    m_favourite->setChecked(on);
    m_favourite->setIcon(icon(on ? Icon::Favourite : Icon::NotFavourite));
    m_favourite->setText(on ? tr("Favourite") : tr("Add to favourites"));
    m_favourite->setAccessibleName(on ? tr("Favourite; press to remove from favourites") : tr("Add to favourites"));
    m_favourite->setToolTip(
        tr("%1 (%2)").arg(m_favourite->text(), m_favouriteAction->shortcut().toString(QKeySequence::NativeText)));
}

void TechniquePage::updateStartButton()
{
    if (m_bestRoutineId.isEmpty())
        return;
    const QFontMetrics fm(m_start->font());
    // The header's width less the favourite toggle; the full name is in the accessible name.
    const int room
        = std::max(fm.averageCharWidth() * 12, m_header->width() - m_favourite->sizeHint().width() - 10 * kUnit);
    m_start->setText(escapeMnemonic(fm.elidedText(tr("Start %1").arg(m_bestRoutineName), Qt::ElideRight, room)));
}

void TechniquePage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // A readable column: the document's margins centre about 72 characters in a wide window.
    const int reading = fontMetrics().averageCharWidth() * (kReadingWidth + 8);
    const int side = std::max(3 * kUnit, (m_text->viewport()->width() - reading) / 2);
    QTextFrameFormat root = m_text->document()->rootFrame()->frameFormat();
    if (int(root.leftMargin()) != side) {
        root.setLeftMargin(side);
        root.setRightMargin(side);
        m_text->document()->rootFrame()->setFrameFormat(root);
    }
    m_header->layout()->setContentsMargins(std::max(3 * kUnit, side), 2 * kUnit, std::max(3 * kUnit, side), kUnit);
    updateStartButton();
}

} // namespace knead
