// SPDX-License-Identifier: MIT
#include "PreferencesDialog.h"

#include "Controls.h"
#include "Typography.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace knead {

PreferencesDialog::PreferencesDialog(const QList<Page>& pages, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences – Knead"));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("preferencesPages"));
    m_list->setAccessibleName(tr("Preferences pages"));
    m_list->setTextElideMode(Qt::ElideNone);
    m_stack = new QStackedWidget(this);
    for (const Page& page : pages) {
        QWidget* widget = page.make(m_stack);
        widget->setObjectName(page.objectName);
        widget->setAccessibleName(page.title);
        m_stack->addWidget(widget);
        m_list->addItem(page.title);
    }
    // The list as wide as its longest title, the page taking the rest. Measured from the
    // titles: the view's own column hint, taken before the list is shown, came out short,
    // and cut "Language and appearance" off above a scroll bar.
    int widest = 0;
    for (const Page& page : pages)
        widest = std::max(widest, m_list->fontMetrics().horizontalAdvance(page.title));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFixedWidth(widest + 4 * kUnit + 2 * m_list->frameWidth());
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_list->setCurrentRow(0);
    row->addWidget(m_list);
    row->addWidget(m_stack, 1);
    layout->addLayout(row, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 560);
}

void PreferencesDialog::showPage(const QString& objectName)
{
    for (int i = 0; i < m_stack->count(); ++i) {
        if (m_stack->widget(i)->objectName() == objectName)
            m_list->setCurrentRow(i);
    }
}

QString PreferencesDialog::currentPage() const
{
    return m_stack->currentWidget() ? m_stack->currentWidget()->objectName() : QString();
}

LanguagePage::LanguagePage(Settings& settings, std::function<void(Settings::Theme)> applyTheme, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeLabel(tr("Language and appearance"), TextStyle::Heading, this));
    auto* form = new QFormLayout;
    auto* language = new QComboBox(this);
    language->setObjectName(QStringLiteral("languageChoice"));
    // Each language named in itself, as people look for their own.
    language->addItem(tr("As the desktop (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    language->setCurrentIndex(std::max(0, language->findData(settings.language())));
    form->addRow(tr("&Language:"), language);
    auto* note = makeLabel(tr("Knead shows the new language, app and content, the next time it starts."),
        TextStyle::Caption, this, "languageNote");
    note->setWordWrap(true);
    note->setVisible(false);
    form->addRow(QString(), note);
    connect(language, &QComboBox::currentIndexChanged, this, [&settings, language, note](int) {
        settings.setLanguage(language->currentData().toString());
        settings.flush();
        note->setVisible(true);
    });

    auto* theme = new QComboBox(this);
    theme->setObjectName(QStringLiteral("themeChoice"));
    theme->addItem(tr("Follow the system"), int(Settings::Theme::System));
    theme->addItem(tr("Light"), int(Settings::Theme::Light));
    theme->addItem(tr("Dark"), int(Settings::Theme::Dark));
    theme->setCurrentIndex(std::max(0, theme->findData(int(settings.theme()))));
    form->addRow(tr("&Theme:"), theme);
    connect(theme, &QComboBox::currentIndexChanged, this, [&settings, theme, applyTheme](int) {
        const auto chosen = Settings::Theme(theme->currentData().toInt());
        settings.setTheme(chosen);
        applyTheme(chosen);
    });
    layout->addLayout(form);
    layout->addStretch(1);
}

JournalFolderPage::JournalFolderPage(std::function<QString()> folder, std::function<void()> change, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeLabel(tr("Journal"), TextStyle::Heading, this));
    auto* text = makeLabel(QString(), TextStyle::Body, this, "journalFolderText");
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    const auto update = [text, folder] {
        text->setText(
            tr("Your journal is kept in %1, one file per computer. A folder that a sync tool shares (Syncthing, "
               "Nextcloud) brings the sessions of all your computers together.")
                .arg(QDir::toNativeSeparators(folder())));
    };
    update();
    layout->addWidget(text);
    auto* button
        = makeButton(tr("&Change folder…"), Icon::Open, this, "changeJournalFolder", tr("Change the journal folder"));
    connect(button, &QPushButton::clicked, this, [change, update] {
        change();
        update();
    });
    auto* row = new QHBoxLayout;
    row->addWidget(button);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(1);
}

} // namespace knead
