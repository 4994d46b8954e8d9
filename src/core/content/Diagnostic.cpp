// SPDX-License-Identifier: MIT
#include "Diagnostic.h"

#include <algorithm>

namespace knead {

QString severityName(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Note:
        return QStringLiteral("note");
    case Diagnostic::Severity::Warning:
        return QStringLiteral("warning");
    case Diagnostic::Severity::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

QString Diagnostic::toString() const
{
    // Always all five parts, so tools can split the line: a problem of the whole file is at
    // 1:1, and one that is not in a single field names the field "-".
    return QStringLiteral("%1:%2:%3: %4: %5: %6")
        .arg(file)
        .arg(std::max(line, 1))
        .arg(std::max(column, 1))
        .arg(severityName(severity), path.isEmpty() ? QStringLiteral("-") : path, message);
}

qsizetype countErrors(const QList<Diagnostic>& diagnostics)
{
    return std::count_if(diagnostics.cbegin(), diagnostics.cend(),
        [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::Error; });
}

} // namespace knead
