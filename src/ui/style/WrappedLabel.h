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
// answers are QLabel's own, remembered per text and font and shared by all such labels (the
// same cautions, headings and hints come back on page after page) while the label has no
// margins, frame or size limits of its own; otherwise per label. Either is forgotten when the
// text, font, style, margins or direction change.
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
    };

protected:
    void changeEvent(QEvent* event) override;

private:
    Measures& measures() const;

    mutable QString m_text; // the text m_own is for
    mutable Measures m_own;
};

} // namespace knead
