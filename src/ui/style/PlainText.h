// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QLabel>
#include <QLayout>
#include <QList>
#include <QPalette>
#include <QString>
#include <QStyle>

namespace knead {

// Helpers for showing text that comes from content packs. Pack text is untrusted: Qt's
// rich-text widgets would load files named in <img> or Markdown images and follow links,
// so everything here shows it as plain text (see STYLE.md, "Untrusted text").

// Makes an existing label safe for pack text (plain text, no links, no rich text guessing).
void makePlain(QLabel* label);

// Pack text as a button or tool button caption: '&' would otherwise mark a shortcut.
QString escapeMnemonic(const QString& text);
// Pack text as a tooltip. Tooltips guess whether text is rich, so it is escaped into rich
// text that shows it literally.
QString plainToolTip(const QString& text);

// A small rounded label for a pressure level, tool or body region.
class Chip : public QLabel
{
    Q_OBJECT

public:
    explicit Chip(const QString& text, QWidget* parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};

// Lays out items left to right and wraps them onto further lines when the width runs out,
// so rows of chips and filter controls keep working in narrow windows.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr, int horizontalSpacing = -1, int verticalSpacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

    int horizontalSpacing() const;
    int verticalSpacing() const;

private:
    int arrange(const QRect& rect, bool apply) const;
    int styleSpacing(QStyle::PixelMetric metric) const;

    QList<QLayoutItem*> m_items;
    int m_horizontalSpacing = -1;
    int m_verticalSpacing = -1;
};

} // namespace knead
