#include "ui/demo_notes_window.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QTextStream>

#include <spdlog/cfg/env.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace {

const QString kStateFileName = QStringLiteral("unsaved.txt");
const QString kStateVersionFileName = QStringLiteral("unsaved-version.txt");

// Demo Notes' icon (resources/demo-package/payload/share/icons/demo-notes.svg), drawn for every
// size a desktop asks for.
QIcon demoNotesIcon() {
    QSvgRenderer renderer{QStringLiteral(":/icons/demo-notes.svg")};
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        QPixmap pixmap{size, size};
        pixmap.fill(Qt::transparent);
        QPainter painter{&pixmap};
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString dataDir(const QString& prefix) {
    return prefix + QStringLiteral("/share/demo-notes");
}

} // namespace

std::shared_ptr<spdlog::logger> demoNotesLog() {
    static const std::shared_ptr<spdlog::logger> logger = [] {
        if (auto existing = spdlog::get("demo-notes")) {
            return existing;
        }
        auto created = spdlog::stderr_color_mt("demo-notes");
        created->set_level(spdlog::level::warn);
        spdlog::cfg::load_env_levels(); // SPDLOG_LEVEL=info shows more
        return created;
    }();
    return logger;
}

DemoNotesWindow::DemoNotesWindow(DemoNotesOptions options, QWidget* parent)
    : QMainWindow{parent}, m_options{std::move(options)}, m_version{readVersion(m_options.prefix)},
      m_editor{new QPlainTextEdit{this}}, m_status{new QLabel{this}},
      m_dictionaryLabel{new QLabel{this}}, m_versionLabel{new QLabel{this}}, m_fileMenu{new QMenu{
                                                                                 this}},
      m_helpMenu{new QMenu{this}}, m_quit{new QAction{this}}, m_about{new QAction{this}} {
    setObjectName(QStringLiteral("DemoNotesWindow"));
    setWindowIcon(demoNotesIcon());
    if (m_options.showWithoutActivating) {
        setAttribute(Qt::WA_ShowWithoutActivating);
    }
    m_editor->setObjectName(QStringLiteral("NotesEditor"));
    m_editor->document()->setDocumentMargin(8);
    setCentralWidget(m_editor);

    m_status->setObjectName(QStringLiteral("StatusLabel"));
    m_dictionaryLabel->setObjectName(QStringLiteral("DictionaryLabel"));
    m_versionLabel->setObjectName(QStringLiteral("VersionLabel"));
    statusBar()->setObjectName(QStringLiteral("StatusBar"));
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_dictionaryLabel);
    statusBar()->addPermanentWidget(m_versionLabel);

    menuBar()->setObjectName(QStringLiteral("MenuBar"));
    m_fileMenu->setObjectName(QStringLiteral("FileMenu"));
    m_helpMenu->setObjectName(QStringLiteral("HelpMenu"));
    m_quit->setObjectName(QStringLiteral("QuitAction"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_about->setObjectName(QStringLiteral("AboutAction"));
    m_fileMenu->addAction(m_quit);
    m_helpMenu->addAction(m_about);
    menuBar()->addMenu(m_fileMenu);
    menuBar()->addMenu(m_helpMenu);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Demo Notes"),
                           tr("<b>Demo Notes %1</b><p>The demo application of the Restart "
                              "Manager for Linux. It keeps its word list open while it runs, so "
                              "that an installer has to close it to update it, and it keeps "
                              "your text when it is closed and started again.</p>")
                               .arg(m_version.toHtmlEscaped()));
    });

    // The text first: once the word list is open (what an installer sees), the text is read.
    restoreState();
    openDictionary();
    retranslate();
    resize(560, 380);
}

QString DemoNotesWindow::readVersion(const QString& prefix) {
    QFile file{dataDir(prefix) + QStringLiteral("/version.txt")};
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return {};
    }
    return QString::fromUtf8(file.readLine(256)).trimmed();
}

QString DemoNotesWindow::defaultStateDir() {
    const QString stateHome = qEnvironmentVariable("XDG_STATE_HOME");
    const QString base = QDir::isAbsolutePath(stateHome)
                             ? stateHome
                             : QDir::homePath() + QStringLiteral("/.local/state");
    return base + QStringLiteral("/demo-notes");
}

QString DemoNotesWindow::stateFile() const {
    return m_options.stateDir + u'/' + kStateFileName;
}

void DemoNotesWindow::openDictionary() {
    m_dictionary.setFileName(dataDir(m_options.prefix) + QStringLiteral("/words.txt"));
    if (!m_dictionary.open(QIODevice::ReadOnly | QIODevice::Text)) {
        demoNotesLog()->warn("no dictionary at {}: {}", m_dictionary.fileName().toStdString(),
                             m_dictionary.errorString().toStdString());
        return;
    }
    QTextStream words{&m_dictionary};
    QString line;
    while (words.readLineInto(&line)) {
        line = line.trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#')) {
            ++m_dictionarySize;
        }
    }
    demoNotesLog()->info("dictionary {}: {} words", m_dictionary.fileName().toStdString(),
                         m_dictionarySize);
}

void DemoNotesWindow::restoreState() {
    QFile file{stateFile()};
    if (!file.exists()) {
        m_editor->setPlainText(m_options.initialText);
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        demoNotesLog()->error("cannot read {}: {}", file.fileName().toStdString(),
                              file.errorString().toStdString());
        m_editor->setPlainText(m_options.initialText);
        return;
    }
    m_editor->setPlainText(QString::fromUtf8(file.readAll()));
    m_editor->moveCursor(QTextCursor::End);
    // The version that kept the text: after an update it differs from ours.
    if (QFile version{m_options.stateDir + u'/' + kStateVersionFileName};
        version.open(QIODevice::ReadOnly)) {
        m_closedVersion = QString::fromUtf8(version.readLine(256)).trimmed();
    }
    demoNotesLog()->info("text restored from {}", file.fileName().toStdString());
}

std::optional<QString> DemoNotesWindow::saveState() const {
    const bool existed = QFileInfo::exists(m_options.stateDir);
    if (!QDir{}.mkpath(m_options.stateDir)) {
        return tr("The folder %1 cannot be created.").arg(m_options.stateDir);
    }
    if (!existed) {
        QFile::setPermissions(m_options.stateDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                      QFileDevice::ExeOwner);
    }
    QSaveFile file{stateFile()};
    if (!file.open(QIODevice::WriteOnly)) {
        return file.errorString();
    }
    const QByteArray text = m_editor->toPlainText().toUtf8();
    if (file.write(text) != text.size() || !file.commit()) {
        return file.errorString();
    }
    // Beside it, the version that kept it.
    QSaveFile version{m_options.stateDir + u'/' + kStateVersionFileName};
    if (version.open(QIODevice::WriteOnly)) {
        version.write(m_version.toUtf8() + '\n');
        version.commit();
    }
    return std::nullopt;
}

void DemoNotesWindow::closeForTermination() {
    m_terminating = true;
    close();
}

void DemoNotesWindow::closeEvent(QCloseEvent* event) {
    const auto problem = saveState();
    if (!problem) {
        demoNotesLog()->info("text saved to {}", stateFile().toStdString());
        m_saveFailed = false;
        event->accept();
        return;
    }
    demoNotesLog()->error("cannot save {}: {}", stateFile().toStdString(), problem->toStdString());
    m_saveFailed = true;
    if (m_terminating) {
        event->accept();
        return;
    }
    const auto answer = QMessageBox::warning(
        this, tr("Demo Notes"),
        tr("Your notes cannot be kept: %1\n\nClose anyway and lose them?").arg(*problem),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard) {
        m_saveFailed = false;
        event->accept();
    } else {
        event->ignore();
    }
}

void DemoNotesWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void DemoNotesWindow::retranslate() {
    const QString product = m_version.isEmpty() ? tr("Demo Notes (unknown version)")
                                                : tr("Demo Notes %1").arg(m_version);
    setWindowTitle(product);
    m_versionLabel->setText(product);
    // Started again after a cancelled update, the same version comes back: nothing was updated.
    m_status->setText(!m_options.restored ? tr("Ready.")
                      : m_closedVersion.isEmpty() || m_closedVersion != m_version
                          ? tr("Restored after an update.")
                          : tr("Restored with your text. Nothing was updated."));
    m_dictionaryLabel->setText(m_dictionary.isOpen()
                                   ? tr("Words in the dictionary: %L1").arg(m_dictionarySize)
                                   : tr("No dictionary installed"));
    m_editor->setAccessibleName(tr("Notes"));
    m_editor->setAccessibleDescription(tr("Your notes. They are kept when Demo Notes closes."));
    m_editor->setPlaceholderText(tr("Write your notes here. They are kept when Demo Notes "
                                    "closes, also when an installer closes it for an update."));
    menuBar()->setAccessibleName(tr("Menu bar"));
    m_fileMenu->setTitle(tr("&File"));
    m_fileMenu->setAccessibleName(tr("File"));
    m_helpMenu->setTitle(tr("&Help"));
    m_helpMenu->setAccessibleName(tr("Help"));
    m_quit->setText(tr("&Quit"));
    m_about->setText(tr("&About Demo Notes"));
}
