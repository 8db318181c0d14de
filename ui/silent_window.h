#pragma once

#include <QWidget>

struct Package;
class QLabel;
class QProgressBar;
class QPushButton;

// --silent: a small window with the progress only; no questions. Cancel stops setup at once,
// and setup puts everything back.
class SilentWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SilentWindow)
public:
    explicit SilentWindow(const Package& package, QWidget* parent = nullptr);
    void showProgress(int percent, const QString& message);

signals:
    void cancelRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
};
