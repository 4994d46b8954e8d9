// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

#include <array>
#include <utility>

namespace knead {

// A word-wrapped label that remembers the heights it was asked for. While a page settles, its
// nested box and grid layouts ask each label for its height at the same few widths again and
// again, and QLabel measures (shapes) its text afresh for every question: on the preparation
// page that was most of the time it took to open. The answers are QLabel's own, kept until
// the text, font, style, margins or direction change.
class WrappedLabel final : public QLabel
{
    Q_OBJECT

public:
    using QLabel::QLabel;

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void forget() const;

    mutable QString m_text; // the text the heights are for
    mutable std::array<std::pair<int, int>, 6> m_heights {}; // width, height; the last few asked
    mutable int m_count = 0;
    mutable int m_next = 0;
};

} // namespace knead
