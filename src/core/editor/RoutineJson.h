// SPDX-License-Identifier: MIT
#pragma once

#include "Content.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace knead {

// Writes a routine in the documented content format (content/FORMAT.md), as a person would:
// fields in the order of the format's tables, short lists and small objects on one line,
// optional fields only when set. A step's `image` is written as it is held: a pack-relative
// reference. Reading back what it wrote is the loader's job; readLenient() is only for the
// editor's drafts, which may hold mistakes the loader would refuse.
namespace RoutineJson {

QByteArray write(const Routine& routine);

// The manifest of a pack of the person's own routines.
QByteArray writeManifest(const QString& id, const QString& name, const QString& language, const QString& description);

// Reads what write() produced, keeping every field of the expected type and leaving the rest
// at their defaults: a draft is read back as it was left, mistakes included. Null when the
// text is not a JSON object.
std::optional<Routine> readLenient(const QByteArray& text);

// Rounds a motion coordinate to three decimals, so mirrored points read 0.15, not
// 0.15000000000000002.
double roundCoordinate(double value);

} // namespace RoutineJson

} // namespace knead
