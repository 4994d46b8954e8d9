// SPDX-License-Identifier: MIT
#pragma once

#include <QPixmap>
#include <QWidget>

namespace knead {

// The big countdown: time left as m:ss inside a ring that empties as the step runs. It only
// paints what it is given; the player decides what and when.
class CountdownRing : public QWidget
{
    Q_OBJECT

public:
    explicit CountdownRing(QWidget* parent = nullptr);

    void setTime(const QString& text); // "1:23"; empty for an untimed step
    void setCaption(const QString& text); // "Get ready", "Rest", "When you're ready"
    void setFraction(double remaining); // 1 = full ring, 0 = empty
    void setPaused(bool paused);
    QString time() const { return m_time; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void updateAccessibleName();
    const QPixmap& trackPixmap(const QRectF& ring, qreal pen, const QColor& colour);

    QPixmap m_track; // the full grey ring, drawn again only when the size or colours change
    QColor m_trackColour;
    QString m_time;
    QString m_caption;
    double m_fraction = 1.0;
    bool m_paused = false;
};

} // namespace knead
