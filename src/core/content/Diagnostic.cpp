// SPDX-License-Identifier: MIT
#include "Diagnostic.h"

#include <algorithm>

namespace knead {

QString severityName(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Note: return QStringLiteral("note");
    case Diagnostic::Severity::Warning: return QStringLiteral("warning");
    case Diagnostic::Severity::Error: return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

QString Diagnostic::toString() const
{
    QString out = file;
    if (line > 0)
        out += QLatin1Char(':') + QString::number(line) + QLatin1Char(':') + QString::number(column);
    out += QLatin1String(": ") + severityName(severity) + QLatin1String(": ");
    if (!path.isEmpty())
        out += path + QLatin1String(": ");
    out += message;
    return out;
}

qsizetype countErrors(const QList<Diagnostic>& diagnostics)
{
    return std::count_if(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic& d) {
        return d.severity == Diagnostic::Severity::Error;
    });
}

} // namespace knead
