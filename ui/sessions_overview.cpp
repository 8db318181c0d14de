#include "ui/sessions_overview.h"

#include "core/session.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>

SessionsOverview::SessionsOverview(QWidget* parent)
    : QWidget{parent}, m_caption{new QLabel{this}}, m_table{new QTableWidget{0, 5, this}},
      m_refresh{new QPushButton{this}} {
    m_caption->setObjectName(QStringLiteral("SessionsCaption"));
    m_caption->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("SessionsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_refresh->setObjectName(QStringLiteral("RefreshSessionsButton"));

    auto* layout = new QVBoxLayout{this};
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_refresh, 0, Qt::AlignRight);

    connect(m_refresh, &QPushButton::clicked, this, &SessionsOverview::refresh);
    retranslate();
}

void SessionsOverview::refresh() {
    if (m_loading) {
        return;
    }
    m_loading = true;
    m_refresh->setEnabled(false);
    QPointer<SessionsOverview> self{this};
    QThreadPool::globalInstance()->start([self] {
        auto sessions = rm::listSessions();
        if (!self) {
            return;
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, sessions = std::move(sessions)] {
                if (!self) {
                    return;
                }
                self->m_loading = false;
                self->m_refresh->setEnabled(true);
                if (sessions) {
                    self->show(sessions.value());
                } else {
                    self->showError(QString::fromStdString(sessions.error().message));
                }
            },
            Qt::QueuedConnection);
    });
}

void SessionsOverview::show(const std::vector<rm::SessionSummary>& sessions) {
    m_table->setRowCount(static_cast<int>(sessions.size()));
    int row = 0;
    for (const auto& s : sessions) {
        const QString state = s.primaryRunning ? tr("Running") : tr("Stale (installer has exited)");
        const QStringList cells{QString::number(s.id), QString::number(s.primary.pid), state,
                                QString::number(static_cast<qulonglong>(s.files)),
                                QDateTime::fromSecsSinceEpoch(s.createdAt).toString(Qt::ISODate)};
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem{cells[column]});
        }
        ++row;
    }
    m_caption->setText(sessions.empty() ? tr("No installer is using the Restart Manager right now.")
                                        : tr("%n Restart Manager session(s) of this user:", nullptr,
                                             static_cast<int>(sessions.size())));
    emit refreshed(static_cast<int>(sessions.size()));
}

void SessionsOverview::showError(const QString& message) {
    m_table->setRowCount(0);
    m_caption->setText(tr("The session store cannot be read: %1").arg(message));
    emit refreshed(-1);
}

void SessionsOverview::retranslate() {
    m_table->setHorizontalHeaderLabels(
        {tr("Session"), tr("Installer PID"), tr("State"), tr("Files"), tr("Started")});
    m_table->setAccessibleName(tr("Restart Manager sessions"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setAccessibleName(tr("Refresh the list of sessions"));
    if (m_caption->text().isEmpty()) {
        m_caption->setText(tr("Reading the sessions of this user…"));
    }
}

void SessionsOverview::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}
