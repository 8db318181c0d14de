#pragma once

#include "core/session_store.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

// Lists the current user's Restart Manager sessions (never their keys). The store is read on a
// worker thread; the widget only shows the result.
class SessionsOverview final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsOverview)

public:
    explicit SessionsOverview(QWidget* parent = nullptr);

public slots:
    void refresh();

signals:
    void refreshed(int sessionCount);

private:
    void show(const std::vector<rm::SessionSummary>& sessions);
    void showError(const QString& message);
    void retranslate();
    void changeEvent(QEvent* event) override;

    QLabel* m_caption = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_refresh = nullptr;
    bool m_loading = false;
};
