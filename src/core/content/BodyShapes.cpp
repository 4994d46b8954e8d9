// SPDX-License-Identifier: MIT
#include "BodyShapes.h"

namespace knead {

const QList<BodyShapeInfo>& bodyShapes()
{
    static const QList<BodyShapeInfo> shapes = {
        {QLatin1String("head"), true, true},
        {QLatin1String("face"), true, false},
        {QLatin1String("neck"), true, true},
        {QLatin1String("shoulders"), true, true},
        {QLatin1String("chest"), true, false},
        {QLatin1String("abdomen"), true, false},
        {QLatin1String("upper-back"), false, true},
        {QLatin1String("mid-back"), false, true},
        {QLatin1String("lower-back"), false, true},
        {QLatin1String("hips-glutes"), true, true},
        {QLatin1String("arms"), true, true},
        {QLatin1String("hands"), true, true},
        {QLatin1String("thighs"), true, true},
        {QLatin1String("calves"), true, true},
        {QLatin1String("feet"), true, true},
    };
    return shapes;
}

const BodyShapeInfo* findBodyShape(QStringView id)
{
    for (const BodyShapeInfo& shape : bodyShapes()) {
        if (id == shape.id)
            return &shape;
    }
    return nullptr;
}

bool shapeSupportsFigure(const BodyShapeInfo& shape, Figure figure)
{
    switch (figure) {
    case Figure::Front:
        return shape.onFront;
    case Figure::Back:
        return shape.onBack;
    case Figure::Both:
        return shape.onFront && shape.onBack;
    }
    return false;
}

} // namespace knead
