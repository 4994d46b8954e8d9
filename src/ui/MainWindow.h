// SPDX-License-Identifier: MIT
#pragma once

#include "Content.h"
#include "Diagnostic.h"

#include <QMainWindow>

class QListWidget;
class QTextBrowser;

namespace knead {

// The application window: pages in a stack, menus and the content-problems banner.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const Content& content, const QList<Diagnostic>& diagnostics, QWidget* parent = nullptr);

private:
    void showItem(int row);

    const Content& m_content;
    QListWidget* m_list = nullptr;
    QTextBrowser* m_details = nullptr;
};

} // namespace knead
