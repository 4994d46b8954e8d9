// SPDX-License-Identifier: MIT
#include "BodyMapWidget.h"

#include "BodyMapGeometry.h"
#include "Painting.h"
#include "Palette.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace knead {

namespace {

constexpr qreal kFigureGap = 36.0; // between the two figures, in figure units
constexpr qreal kCaptionHeight = 26.0; // "Front" / "Back" under the figures, figure units

QList<QPolygonF> toPolygons(const QList<Outline>& outlines, QPointF origin, qreal scale)
{
    QList<QPolygonF> out;
    for (const Outline& outline : outlines) {
        if (outline.isEmpty())
            continue;
        QPolygonF polygon;
        polygon.reserve(outline.size());
        for (const QPointF& p : outline)
            polygon.append(origin + p * scale);
        out.append(polygon);
    }
    return out;
}

// One region of the map, as a screen reader sees it: a check box that can be toggled.
class RegionAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    RegionAccessible(BodyMapWidget* map, int index)
        : m_map(map)
        , m_index(index)
    { }

    bool isValid() const override { return m_map && m_index < m_map->regionCount(); }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return m_map ? m_map->window()->windowHandle() : nullptr; }
    QAccessibleInterface* parent() const override { return QAccessible::queryAccessibleInterface(m_map); }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::CheckBox; }
    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        if (t == QAccessible::Name)
            return m_map->regionName(m_index);
        if (t == QAccessible::Description)
            return m_map->toolTip();
        return {};
    }
    void setText(QAccessible::Text, const QString&) override { }
    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect r = m_map->regionRect(m_index);
        return QRect(m_map->mapToGlobal(r.topLeft()), r.size());
    }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!isValid()) {
            s.invalid = true;
            return s;
        }
        s.focusable = true;
        s.checkable = true;
        s.checked = m_map->isSelected(m_index);
        s.focused = m_map->hasFocus() && m_map->currentIndex() == m_index;
        s.selectable = true;
        s.selected = s.checked;
        return s;
    }
    void* interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface*>(this) : nullptr;
    }

    QStringList actionNames() const override { return {toggleAction(), pressAction(), setFocusAction()}; }
    void doAction(const QString& name) override
    {
        if (!isValid())
            return;
        if (name == toggleAction())
            m_map->selectRegion(m_index, true);
        else if (name == pressAction())
            m_map->selectRegion(m_index, false);
        else if (name == setFocusAction()) {
            m_map->setFocus(Qt::OtherFocusReason);
            m_map->setCurrentIndex(m_index);
        }
    }
    QStringList keyBindingsForAction(const QString&) const override { return {}; }

private:
    QPointer<BodyMapWidget> m_map;
    int m_index;
};

// The map itself: a list of region children.
class BodyMapAccessible : public QAccessibleWidget
{
public:
    explicit BodyMapAccessible(BodyMapWidget* map)
        : QAccessibleWidget(map, QAccessible::List)
    { }
    ~BodyMapAccessible() override
    {
        for (QAccessible::Id id : std::as_const(m_children))
            QAccessible::deleteAccessibleInterface(id);
    }

    int childCount() const override { return map()->regionCount(); }
    QAccessibleInterface* child(int index) const override
    {
        if (index < 0 || index >= childCount())
            return nullptr;
        auto it = m_children.constFind(index);
        if (it != m_children.cend())
            return QAccessible::accessibleInterface(*it);
        auto* iface = new RegionAccessible(map(), index);
        m_children.insert(index, QAccessible::registerAccessibleInterface(iface));
        return iface;
    }
    int indexOfChild(const QAccessibleInterface* child) const override
    {
        for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
            if (QAccessible::accessibleInterface(*it) == child)
                return it.key();
        }
        return -1;
    }
    QAccessibleInterface* childAt(int x, int y) const override
    {
        for (int i = 0; i < childCount(); ++i) {
            QAccessibleInterface* c = child(i);
            if (c && c->rect().contains(x, y))
                return c;
        }
        return nullptr;
    }
    QAccessibleInterface* focusChild() const override
    {
        return map()->currentIndex() >= 0 ? child(map()->currentIndex()) : nullptr;
    }

private:
    BodyMapWidget* map() const { return static_cast<BodyMapWidget*>(widget()); }
    mutable QHash<int, QAccessible::Id> m_children;
};

QAccessibleInterface* bodyMapAccessibleFactory(const QString& className, QObject* object)
{
    if (className == QLatin1String("knead::BodyMapWidget") && object && object->isWidgetType())
        return new BodyMapAccessible(static_cast<BodyMapWidget*>(object));
    return nullptr;
}

} // namespace

BodyMapWidget::BodyMapWidget(const Content& content, QWidget* parent)
    : QWidget(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(bodyMapAccessibleFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);

    setObjectName(QStringLiteral("bodyMap"));
    setAccessibleName(tr("Body map"));
    setAccessibleDescription(tr("Choose where it hurts. Arrow keys move between regions, Enter or Space selects, "
                                "Control adds to the selection."));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setRegions(content);
}

void BodyMapWidget::setRegions(const Content& content)
{
    const QStringList selected = m_selected;
    m_regions.clear();
    const BodyMapGeometry& geometry = BodyMapGeometry::standard();
    for (const Region& r : content.regions()) {
        RegionItem item;
        item.id = r.id;
        item.name = r.name;
        item.description = r.description;
        item.shape = r.shape;
        item.front = r.figure != Figure::Back && !geometry.outlines(r.shape, Figure::Front).isEmpty();
        item.back = r.figure != Figure::Front && !geometry.outlines(r.shape, Figure::Back).isEmpty();
        if (item.front || item.back)
            m_regions.append(item);
    }
    m_current = std::min(m_current, int(m_regions.size()) - 1);
    m_hovered = -1;
    rebuildPaths();
    m_selected.clear();
    setSelectedRegions(selected);
}

QList<std::pair<QString, QString>> BodyMapWidget::keyHelp()
{
    // Kept beside keyPressEvent(), which handles exactly these.
    return {{tr("Move between regions"), tr("Arrow keys")}, {tr("Select a region"), tr("Enter, Space")},
        {tr("Add a region to the selection"), tr("Ctrl+Enter, Ctrl+Space")}, {tr("Clear the selection"), tr("Esc")}};
}

QString BodyMapWidget::regionId(int index) const
{
    return m_regions.value(index).id;
}

QString BodyMapWidget::regionName(int index) const
{
    return m_regions.value(index).name;
}

int BodyMapWidget::indexOf(const QString& regionId) const
{
    for (int i = 0; i < m_regions.size(); ++i) {
        if (m_regions[i].id == regionId)
            return i;
    }
    return -1;
}

bool BodyMapWidget::isSelected(int index) const
{
    return index >= 0 && index < m_regions.size() && m_selected.contains(m_regions[index].id);
}

void BodyMapWidget::setSelectedRegions(const QStringList& regionIds)
{
    QStringList valid;
    for (const QString& id : regionIds) {
        if (indexOf(id) >= 0 && !valid.contains(id))
            valid.append(id);
    }
    if (valid == m_selected)
        return;
    m_selected = valid;
    update();
    Q_EMIT selectionChanged(m_selected);
}

void BodyMapWidget::selectRegion(int index, bool add)
{
    if (index < 0 || index >= m_regions.size())
        return;
    const QString id = m_regions[index].id;
    QStringList next = m_selected;
    if (add) {
        if (next.contains(id))
            next.removeAll(id);
        else
            next.append(id);
    } else {
        next = {id};
    }
    setCurrentIndex(index);
    setSelectedRegions(next);
    if (QAccessible::isActive()) {
        QAccessible::State changed;
        changed.checked = true;
        QAccessibleStateChangeEvent event(this, changed);
        event.setChild(index);
        QAccessible::updateAccessibility(&event);
    }
}

void BodyMapWidget::setRoutineCounts(const QHash<QString, int>& counts)
{
    m_counts = counts;
    update();
}

void BodyMapWidget::setCurrentIndex(int index)
{
    if (index < -1 || index >= m_regions.size() || index == m_current)
        return;
    m_current = index;
    update();
    if (hasFocus())
        notifyAccessibility(index);
}

void BodyMapWidget::notifyAccessibility(int index)
{
    if (index < 0 || !QAccessible::isActive())
        return;
    QAccessibleEvent event(this, QAccessible::Focus);
    event.setChild(index);
    QAccessible::updateAccessibility(&event);
}

QRect BodyMapWidget::regionRect(int index) const
{
    return index >= 0 && index < m_bounds.size() ? m_bounds[index].toAlignedRect() : QRect();
}

QPoint BodyMapWidget::regionCentre(int index) const
{
    return index >= 0 && index < m_anchors.size() ? m_anchors[index].toPoint() : QPoint();
}

QSize BodyMapWidget::sizeHint() const
{
    return {420, 500};
}

QSize BodyMapWidget::minimumSizeHint() const
{
    return {200, 240};
}

int BodyMapWidget::heightForWidth(int width) const
{
    const qreal totalWidth = 2 * BodyMapGeometry::kFigureWidth + kFigureGap;
    const qreal totalHeight = BodyMapGeometry::kFigureHeight + kCaptionHeight;
    return int(std::ceil(width * totalHeight / totalWidth));
}

void BodyMapWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    rebuildPaths();
}

void BodyMapWidget::rebuildPaths()
{
    const BodyMapGeometry& geometry = BodyMapGeometry::standard();
    const qreal totalWidth = 2 * BodyMapGeometry::kFigureWidth + kFigureGap;
    const qreal totalHeight = BodyMapGeometry::kFigureHeight + kCaptionHeight;
    const qreal margin = 8;
    m_scale
        = std::max<qreal>(0.05, std::min((width() - 2 * margin) / totalWidth, (height() - 2 * margin) / totalHeight));
    const QPointF origin((width() - totalWidth * m_scale) / 2, (height() - totalHeight * m_scale) / 2);
    m_frontOrigin = origin;
    m_backOrigin = origin + QPointF((BodyMapGeometry::kFigureWidth + kFigureGap) * m_scale, 0);
    m_silhouettes = toPolygons(geometry.silhouette(Figure::Front), m_frontOrigin, m_scale)
        + toPolygons(geometry.silhouette(Figure::Back), m_backOrigin, m_scale);
    m_shapes.clear();
    m_bounds.clear();
    m_anchors.clear();
    for (const RegionItem& item : std::as_const(m_regions)) {
        QList<QPolygonF> polygons;
        if (item.front)
            polygons += toPolygons(geometry.outlines(item.shape, Figure::Front), m_frontOrigin, m_scale);
        if (item.back)
            polygons += toPolygons(geometry.outlines(item.shape, Figure::Back), m_backOrigin, m_scale);
        QRectF bounds;
        for (const QPolygonF& polygon : std::as_const(polygons))
            bounds |= polygon.boundingRect();
        m_shapes.append(polygons);
        m_bounds.append(bounds);
        const Figure figure = item.front ? Figure::Front : Figure::Back;
        m_anchors.append(
            (item.front ? m_frontOrigin : m_backOrigin) + geometry.labelAnchor(item.shape, figure) * m_scale);
    }
}

int BodyMapWidget::regionAt(QPointF pos) const
{
    const BodyMapGeometry& geometry = BodyMapGeometry::standard();
    for (const auto& [figure, origin] :
        {std::pair {Figure::Front, m_frontOrigin}, std::pair {Figure::Back, m_backOrigin}}) {
        const QPointF local = (pos - origin) / m_scale;
        const QString shape = geometry.hitTest(figure, local);
        if (shape.isEmpty())
            continue;
        for (int i = 0; i < m_regions.size(); ++i) {
            const RegionItem& item = m_regions[i];
            if (item.shape == shape && (figure == Figure::Front ? item.front : item.back))
                return i;
        }
    }
    return -1;
}

QString BodyMapWidget::tooltipFor(int index) const
{
    const RegionItem& item = m_regions[index];
    const int count = m_counts.value(item.id);
    QString text = item.name + QLatin1Char('\n') + tr("%n routine(s)", nullptr, count);
    if (!item.description.isEmpty())
        text += QLatin1Char('\n') + item.description;
    return text;
}

void BodyMapWidget::setHovered(int index)
{
    if (index == m_hovered)
        return;
    m_hovered = index;
    setCursor(index >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    update();
}

void BodyMapWidget::mouseMoveEvent(QMouseEvent* event)
{
    setHovered(regionAt(event->position()));
}

void BodyMapWidget::leaveEvent(QEvent* event)
{
    setHovered(-1);
    QWidget::leaveEvent(event);
}

void BodyMapWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const int index = regionAt(event->position());
    if (index < 0)
        return;
    selectRegion(index, event->modifiers() & Qt::ControlModifier);
}

void BodyMapWidget::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int index = regionAt(event->position());
    if (index >= 0 && event->button() == Qt::LeftButton)
        Q_EMIT regionActivated(m_regions[index].id);
}

bool BodyMapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = regionAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), tooltipFor(index), this, m_bounds[index].toRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void BodyMapWidget::focusInEvent(QFocusEvent* event)
{
    if (m_current < 0 && !m_regions.isEmpty()) {
        const int selected = m_selected.isEmpty() ? 0 : indexOf(m_selected.first());
        m_current = std::max(0, selected);
    }
    update();
    notifyAccessibility(m_current);
    QWidget::focusInEvent(event);
}

void BodyMapWidget::focusOutEvent(QFocusEvent* event)
{
    update();
    QWidget::focusOutEvent(event);
}

void BodyMapWidget::moveCurrent(int dx, int dy)
{
    if (m_regions.isEmpty())
        return;
    if (m_current < 0) {
        setCurrentIndex(0);
        return;
    }
    // Spatial navigation: the nearest region whose anchor lies in the pressed direction,
    // preferring regions straight ahead over ones off to the side.
    const QPointF from = m_anchors[m_current];
    int best = -1;
    qreal bestScore = 0;
    for (int i = 0; i < m_anchors.size(); ++i) {
        if (i == m_current)
            continue;
        const QPointF d = m_anchors[i] - from;
        const qreal along = d.x() * dx + d.y() * dy;
        if (along <= 0.5)
            continue;
        const qreal across = std::abs(d.x() * dy) + std::abs(d.y() * dx);
        const qreal score = along + 2.5 * across;
        if (best < 0 || score < bestScore) {
            best = i;
            bestScore = score;
        }
    }
    if (best >= 0)
        setCurrentIndex(best);
}

void BodyMapWidget::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        moveCurrent(-1, 0);
        return;
    case Qt::Key_Right:
        moveCurrent(1, 0);
        return;
    case Qt::Key_Up:
        moveCurrent(0, -1);
        return;
    case Qt::Key_Down:
        moveCurrent(0, 1);
        return;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        if (m_current < 0)
            return;
        const bool add = event->modifiers() & Qt::ControlModifier;
        const bool alreadyOnly = m_selected == QStringList {m_regions[m_current].id};
        if (alreadyOnly && !add && event->key() != Qt::Key_Space)
            Q_EMIT regionActivated(m_regions[m_current].id);
        else
            selectRegion(m_current, add);
        return;
    }
    case Qt::Key_Escape:
        if (!m_selected.isEmpty()) {
            setSelectedRegions({});
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void BodyMapWidget::paintEvent(QPaintEvent*)
{
    // Painted straight onto the widget each time: with its fills drawn without antialiasing
    // the whole map costs about 3 ms, and a picture kept in a pixmap cost a buffer the size
    // of the map, filled and copied, before the first frame was on screen.
    QPainter p(this);
    paintMap(p);
}

// A pattern fill of a whole silhouette would be handed to the thread pool (see
// paintInPieces): 38 hand-offs and 2.5 ms of the first frame. In bands of 15 device rows,
// each under 96 spans (a silhouette is at most six runs on a row), it is 0.6 ms. Each band
// fills only the edges that reach it (polygonBetween): filling the whole outline for each
// band was three quarters of the hatch's cost.
void BodyMapWidget::paintHatch(QPainter& p, const QColor& colour) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(Qt::NoPen);
    p.setBrush(QBrush(colour, Qt::BDiagPattern));
    for (const QPolygonF& polygon : std::as_const(m_silhouettes)) {
        paintInPieces(p, polygon.boundingRect(), QSize(0, 15),
            [&](const QRectF& band) { p.drawPolygon(polygonBetween(polygon, band.top(), band.bottom())); });
    }
    p.restore();
}

void BodyMapWidget::paintMap(QPainter& p)
{
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor accent = pal.color(QPalette::Highlight);
    const bool dark = isDarkPalette(pal);

    // The body: a soft fill with a quiet outline. All colours are opaque mixes of the
    // palette (see Palette.h). Fills are drawn without antialiasing and outlines with it:
    // every fill's edge lies under an outline drawn after it, and antialiased fills were most
    // of the map's first paint.
    const QColor window = pal.color(QPalette::Window);
    const QColor body = mixColors(window, text, dark ? 0.10 : 0.06);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(Qt::NoPen);
    p.setBrush(body);
    for (const QPolygonF& polygon : std::as_const(m_silhouettes))
        p.drawPolygon(polygon);
    // What is not a region is hatched, so nobody tries to pick it: the regions cover the rest.
    paintHatch(p, mixColors(body, text, 0.16));
    const QColor regionFill = mixColors(body, text, dark ? 0.16 : 0.10);
    for (int i = 0; i < m_shapes.size(); ++i) {
        QColor fill = regionFill;
        if (isSelected(i))
            fill = mixColors(body, accent, 0.75);
        else if (i == m_hovered)
            fill = mixColors(body, accent, 0.30);
        p.setBrush(fill);
        for (const QPolygonF& polygon : std::as_const(m_shapes[i]))
            p.drawPolygon(polygon);
    }

    // One-pixel cosmetic pens: Qt draws those directly instead of stroking each outline into
    // a path and filling it, which made the first paint of the map several times slower.
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(Qt::NoBrush);
    QPen outline(mixColors(window, text, 0.35), 1.0);
    outline.setCosmetic(true);
    p.setPen(outline);
    for (const QPolygonF& polygon : std::as_const(m_silhouettes))
        p.drawPolygon(polygon);
    const QColor regionLine = mixColors(body, text, 0.28);
    for (int i = 0; i < m_shapes.size(); ++i) {
        QPen border(isSelected(i) ? accent.darker(dark ? 80 : 125) : regionLine, 1.0);
        border.setCosmetic(true);
        p.setPen(border);
        for (const QPolygonF& polygon : std::as_const(m_shapes[i]))
            p.drawPolygon(polygon);
    }

    // Keyboard focus: a clear ring around the current region.
    if (hasFocus() && m_current >= 0 && m_current < m_shapes.size()) {
        QPen focusPen(pal.color(QPalette::Highlight), std::max<qreal>(2.0, m_scale * 2.5));
        focusPen.setStyle(Qt::DashLine);
        p.setPen(focusPen);
        p.setBrush(Qt::NoBrush);
        for (const QPolygonF& polygon : std::as_const(m_shapes[m_current]))
            p.drawPolygon(polygon);
    }

    // Count badges: the number of routines for each region; left out when the figures are
    // too small for them to sit apart (the names still show on hover and focus).
    const bool badges = m_scale >= 0.5;
    QFont badgeFont = font();
    badgeFont.setPixelSize(std::max(9, int(11 * std::min<qreal>(1.4, m_scale * 1.1))));
    badgeFont.setWeight(QFont::DemiBold);
    p.setFont(badgeFont);
    const QFontMetricsF fm(badgeFont);
    for (int i = 0; i < m_regions.size(); ++i) {
        const int count = m_counts.value(m_regions[i].id);
        if (count <= 0 || !badges)
            continue;
        const QString label = QString::number(count);
        const qreal d = std::max(fm.height() + 2, fm.horizontalAdvance(label) + 8);
        const QRectF badge(m_anchors[i] - QPointF(d / 2, d / 2), QSizeF(d, d));
        const bool selected = isSelected(i);
        p.setPen(Qt::NoPen);
        p.setBrush(selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Base));
        p.drawEllipse(badge);
        p.setPen(selected ? accent.darker(dark ? 60 : 130) : text);
        p.drawText(badge, Qt::AlignCenter, label);
    }

    // Names of the hovered, current and selected regions, so the selection reads in words.
    QFont nameFont = font();
    p.setFont(nameFont);
    const QFontMetricsF nfm(nameFont);
    QList<int> named;
    for (int i = 0; i < m_regions.size(); ++i) {
        if (isSelected(i) || i == m_hovered || (hasFocus() && i == m_current))
            named.append(i);
    }
    for (int i : std::as_const(named)) {
        const QString name = m_regions[i].name;
        const QSizeF size(nfm.horizontalAdvance(name) + 12, nfm.height() + 6);
        QPointF at = m_anchors[i] + QPointF(-size.width() / 2, fm.height() * 0.9);
        at.setX(std::clamp<qreal>(at.x(), 2, width() - size.width() - 2));
        at.setY(std::clamp<qreal>(at.y(), 2, height() - size.height() - 2));
        const QRectF box(at, size);
        p.setPen(QPen(regionLine, 1));
        p.setBrush(pal.color(QPalette::ToolTipBase));
        p.drawRoundedRect(box, size.height() / 2, size.height() / 2);
        p.setPen(pal.color(QPalette::ToolTipText));
        p.drawText(box, Qt::AlignCenter, name);
    }

    // Captions under the figures.
    p.setPen(mixColors(window, text, 0.7));
    const qreal captionTop = m_frontOrigin.y() + BodyMapGeometry::kFigureHeight * m_scale;
    const qreal figureWidth = BodyMapGeometry::kFigureWidth * m_scale;
    p.drawText(
        QRectF(m_frontOrigin.x(), captionTop, figureWidth, kCaptionHeight * m_scale + 4), Qt::AlignCenter, tr("Front"));
    p.drawText(
        QRectF(m_backOrigin.x(), captionTop, figureWidth, kCaptionHeight * m_scale + 4), Qt::AlignCenter, tr("Back"));
}

} // namespace knead
