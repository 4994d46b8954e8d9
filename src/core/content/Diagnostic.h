// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace knead {

// One problem found in a content file, precise enough for an author to jump to it.
struct Diagnostic
{
    enum class Severity { Note, Warning, Error };

    Severity severity = Severity::Error;
    QString file; // as the person named it, e.g. "my-pack/routines/neck.json"
    int line = 0; // 1-based; 0 when the problem concerns the whole file
    int column = 0; // 1-based, in characters
    QString path; // JSON path such as "steps[2].duration"; empty for the whole file
    QString message;

    // "file:line:col: severity: field: message", the format compilers and editors understand.
    QString toString() const;
};

QString severityName(Diagnostic::Severity severity);
qsizetype countErrors(const QList<Diagnostic>& diagnostics);

} // namespace knead
