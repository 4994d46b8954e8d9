// SPDX-License-Identifier: MIT
#pragma once

#include "Content.h"

#include <QHash>
#include <QPolygonF>
#include <QStringList>
#include <QWidget>

class QPainter;

namespace knead {

// The body-region picker: front and back figures side by side, one clickable shape per region
// of the content, each with its number of routines. Hover highlights, click selects,
// Ctrl+click adds; Tab focuses the map, arrow keys move between regions, Enter or Space
// selects (Ctrl+Space adds). Every region is an accessible child, so screen readers can list
// and select them. Geometry and hit-testing come from BodyMapGeometry; this paints and
// forwards input.
class BodyMapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit BodyMapWidget(const Content& content, QWidget* parent = nullptr);
    // The keys the map handles, for the keyboard help: (what, keys).
    static QList<std::pair<QString, QString>> keyHelp();
    // Takes the regions of `content` again (after packs were added), keeping the selection.
    void setRegions(const Content& content);

    QStringList selectedRegions() const { return m_selected; }
    void setSelectedRegions(const QStringList& regionIds);
    // Routines per region, shown as a small count on each region.
    void setRoutineCounts(const QHash<QString, int>& counts);

    // For accessibility and tests.
    int regionCount() const { return int(m_regions.size()); }
    QString regionId(int index) const;
    QString regionName(int index) const;
    int indexOf(const QString& regionId) const;
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    QRect regionRect(int index) const; // in widget coordinates
    QPoint regionCentre(int index) const;
    bool isSelected(int index) const;
    // Select only this region, or add/remove it from the selection.
    void selectRegion(int index, bool add);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void selectionChanged(const QStringList& regionIds);
    // Double-click or Enter on a region that is already the whole selection.
    void regionActivated(const QString& regionId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct RegionItem
    {
        QString id;
        QString name;
        QString description;
        QString shape;
        bool front = false;
        bool back = false;
    };

    void rebuildPaths();
    int regionAt(QPointF widgetPos) const;
    void moveCurrent(int dx, int dy);
    void setHovered(int index);
    void notifyAccessibility(int index);
    QString tooltipFor(int index) const;

    QList<RegionItem> m_regions;
    QStringList m_selected;
    QHash<QString, int> m_counts;
    int m_hovered = -1;
    int m_current = -1;

    // Layout, recomputed on resize: where each figure is and its scale.
    qreal m_scale = 1.0;
    QPointF m_frontOrigin;
    QPointF m_backOrigin;
    // Polygons, not paths: the raster engine fills and outlines polygons directly, which
    // makes the first paint of the map several times cheaper than drawing QPainterPaths.
    QList<QList<QPolygonF>> m_shapes; // per region, widget coordinates (both figures)
    QList<QRectF> m_bounds; // per region
    QList<QPointF> m_anchors; // per region, where the count badge goes
    QList<QPolygonF> m_silhouettes;

    void paintMap(QPainter& p);
    void paintHatch(QPainter& p, const QColor& colour) const;
};

} // namespace knead
