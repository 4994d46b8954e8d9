// SPDX-License-Identifier: MIT
#pragma once

#include "Content.h"

#include <QList>
#include <QString>

namespace knead {

// The shapes the body map can draw, by id, and which figures each is drawn on. Content
// regions name one of these; the outlines themselves live in BodyMapGeometry.
struct BodyShapeInfo
{
    QLatin1String id;
    bool onFront;
    bool onBack;
};

const QList<BodyShapeInfo>& bodyShapes();
const BodyShapeInfo* findBodyShape(QStringView id);
// True when `figure` names only figures the shape is drawn on.
bool shapeSupportsFigure(const BodyShapeInfo& shape, Figure figure);

} // namespace knead
