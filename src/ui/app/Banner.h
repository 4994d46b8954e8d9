// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

#include <functional>

class QHBoxLayout;
class QLabel;

namespace knead {

// A message across the top of the window that does not block anything: content problems,
// user data that was set aside, no sound, a session to resume. Messages queue up; each can
// carry buttons.
class Banner : public QFrame
{
    Q_OBJECT

public:
    struct Action
    {
        QString text;
        std::function<void()> run;
        const char* objectName = nullptr;
    };

    explicit Banner(QWidget* parent = nullptr);

    void post(const QString& message, const QList<Action>& actions = {});
    void dismiss();
    QString message() const;
    int pending() const { return int(m_queue.size()); }

private:
    struct Entry
    {
        QString message;
        QList<Action> actions;
    };
    void showFront();

    QList<Entry> m_queue;
    QLabel* m_label = nullptr;
    QHBoxLayout* m_buttons = nullptr;
};

} // namespace knead
