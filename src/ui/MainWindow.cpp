// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include <QListWidget>
#include <QMessageBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>

namespace knead {

MainWindow::MainWindow(const Content& content, const QList<Diagnostic>& diagnostics, QWidget* parent)
    : QMainWindow(parent), m_content(content)
{
    setWindowTitle(tr("Knead"));
    auto* splitter = new QSplitter(this);
    m_list = new QListWidget(splitter);
    m_list->setObjectName(QStringLiteral("itemList"));
    m_list->setAccessibleName(tr("Routines and techniques"));
    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setOpenLinks(false);
    for (const Routine& r : content.routines())
        m_list->addItem(tr("Routine: %1").arg(r.name));
    for (const Technique& t : content.techniques())
        m_list->addItem(tr("Technique: %1").arg(t.name));
    connect(m_list, &QListWidget::currentRowChanged, this, &MainWindow::showItem);
    setCentralWidget(splitter);
    resize(900, 600);
    if (countErrors(diagnostics) > 0) {
        QStringList lines;
        for (const Diagnostic& d : diagnostics)
            lines.append(d.toString());
        QTimer::singleShot(0, this, [this, lines] {
            QMessageBox box(QMessageBox::Warning, tr("Content problems"),
                            tr("Some content could not be loaded; Knead runs on the rest."), QMessageBox::Ok, this);
            box.setDetailedText(lines.join(QLatin1Char('\n')));
            box.exec();
        });
    }
}

void MainWindow::showItem(int row)
{
    const qsizetype routines = m_content.routines().size();
    QString text;
    if (row >= 0 && row < routines) {
        const Routine& r = m_content.routines()[row];
        text = r.name + QLatin1String("\n\n") + r.summary + QLatin1String("\n\n");
        for (const Step& s : r.steps)
            text += QStringLiteral("• %1 (%2)\n  %3\n").arg(s.title, formatClock(s.durationSeconds), s.instruction);
    } else if (row >= routines && row < routines + m_content.techniques().size()) {
        const Technique& t = m_content.techniques()[row - routines];
        text = t.name + QLatin1String("\n\n") + t.summary + QLatin1String("\n\n") + t.description;
    }
    m_details->setPlainText(text);
}

} // namespace knead
