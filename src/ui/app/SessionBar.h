// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace knead {

// The bar shown on every page but the player while a session is in progress, so a session
// is never running or waiting unseen: it says where the session stands and leads back.
class SessionBar : public QFrame
{
    Q_OBJECT

public:
    explicit SessionBar(QWidget* parent = nullptr);

    void setSession(const QString& routineName, int step, int steps, bool paused);
    QString text() const;

Q_SIGNALS:
    void returnRequested();

private:
    QLabel* m_label = nullptr;
    QPushButton* m_return = nullptr;
};

} // namespace knead
