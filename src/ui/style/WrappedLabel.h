// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

#include <array>
#include <utility>

namespace knead {

// A word-wrapped label that remembers what its text measured. While a page settles, its nested
// box and grid layouts ask each label for its height at the same few widths again and again,
// and QLabel measures (shapes) its text afresh for every question, its size hints alone at up
// to five widths: on the preparation page that was most of the time it took to open. The
// answers are QLabel's own, remembered by the label and, while it has no margins, frame or
// size limits of its own, also shared by text and font with every such label (the same
// cautions, headings and hints come back on page after page). What a label remembered is
// forgotten when its text, font, style, margins or direction change.
class WrappedLabel final : public QLabel
{
    Q_OBJECT

public:
    using QLabel::QLabel;

    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // What a text in a font measured: its size hints and the last heights asked for.
    struct Measures
    {
        QSize sizeHint;
        QSize minimumSizeHint;
        std::array<std::pair<int, int>, 6> heights {}; // width, height
        int count = 0;
        int next = 0;

        const int* height(int width) const;
        void remember(int width, int height);
    };

protected:
    void changeEvent(QEvent* event) override;

private:
    Measures& own() const; // for the current text
    Measures* shared() const; // by text and font, or null when not shareable
    QSize hint(QSize Measures::*known) const; // sizeHint or minimumSizeHint

    mutable QString m_text; // the text m_own and m_key are for
    mutable Measures m_own;
    mutable QString m_key; // in the shared table; empty: not looked up yet
    mutable bool m_shareable = false;
};

} // namespace knead
