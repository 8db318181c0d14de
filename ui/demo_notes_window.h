#pragma once

// Demo Notes: the small editor that the embedded demo package installs, and whose running
// version 1 the wizard upgrades to version 2. It holds its dictionary open while it runs, so
// that the Restart Manager sees it as a user of the package's files, and it keeps the text
// across a close and restart.

#include <QFile>
#include <QMainWindow>
#include <QString>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QPlainTextEdit;

namespace spdlog {
class logger;
}

struct DemoNotesOptions {
    QString prefix;        // the installation: <prefix>/share/demo-notes/...
    QString stateDir;      // where the unsaved text is kept
    QString initialText;   // the text when nothing was kept yet
    bool restored = false; // started again by the Restart Manager after an update
    // Started again while the installer's window is still open: shown without taking the
    // keyboard focus, so that what the user types still goes to the installer.
    bool showWithoutActivating = false;
};

class DemoNotesWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoNotesWindow)

public:
    explicit DemoNotesWindow(DemoNotesOptions options, QWidget* parent = nullptr);

    // "<prefix>/share/demo-notes/version.txt", trimmed; empty if there is none.
    [[nodiscard]] static QString readVersion(const QString& prefix);
    // $XDG_STATE_HOME/demo-notes, else ~/.local/state/demo-notes.
    [[nodiscard]] static QString defaultStateDir();

    [[nodiscard]] QString version() const { return m_version; }
    [[nodiscard]] QString stateFile() const;
    [[nodiscard]] qsizetype dictionarySize() const { return m_dictionarySize; }
    // True when the last close could not keep the text.
    [[nodiscard]] bool saveFailed() const { return m_saveFailed; }

    // Writes the text to the state file beside it and renames it over; the error, if any.
    std::optional<QString> saveState() const;
    // Closes because the process was asked to end (SIGTERM): saves and closes without a question.
    void closeForTermination();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void openDictionary();
    void restoreState();
    void retranslate();

    DemoNotesOptions m_options;
    QString m_version;
    QString m_closedVersion; // of the Demo Notes that kept the text, when one did
    QFile m_dictionary;      // stays open while the program runs
    qsizetype m_dictionarySize = 0;
    bool m_terminating = false;
    bool m_saveFailed = false;
    QPlainTextEdit* m_editor = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_dictionaryLabel = nullptr;
    QLabel* m_versionLabel = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_about = nullptr;
};

// The program's logger ("demo-notes", on stderr).
std::shared_ptr<spdlog::logger> demoNotesLog();
