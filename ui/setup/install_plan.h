#pragma once

#include "core/affected_applications.h"
#include "ui/setup/package.h"

#include <QSet>
#include <QString>
#include <QStringList>

// Exit codes of Windows Installer, which deployment tools understand.
enum SetupExitCode : int {
    ExitSuccess = 0,
    ExitRestartRequired = 3010,
    ExitRestartStarted = 1641,
    ExitCancelled = 1602,
    ExitFatalError = 1603,
    ExitAlreadyRunning = 1618, // ERROR_INSTALL_ALREADY_RUNNING: another setup of the product runs
    ExitUnknownProduct = 1605, // ERROR_UNKNOWN_PRODUCT: uninstall of a product not installed
};

// The one object every wizard page reads and writes: what is being installed, where, and what
// happened. Pages validate by asking it, never by repeating its rules.
class InstallPlan final {
public:
    explicit InstallPlan(Package package) : m_package{std::move(package)} {
        for (const auto& component : m_package.components) {
            m_selected.insert(component.id);
        }
        m_installDir = m_package.defaultInstallDir;
    }

    [[nodiscard]] const Package& package() const { return m_package; }
    // The manifest's texts in setup's new language.
    void useLanguage(const QString& language) { m_package.useLanguage(language); }

    [[nodiscard]] bool isSelected(const QString& id) const { return m_selected.contains(id); }
    void setSelected(const QString& id, bool selected) {
        if (selected) {
            m_selected.insert(id);
        } else if (!isRequired(id)) {
            m_selected.remove(id);
        }
    }
    [[nodiscard]] bool isRequired(const QString& id) const {
        for (const auto& component : m_package.components) {
            if (component.id == id) {
                return component.required;
            }
        }
        return false;
    }
    [[nodiscard]] QList<PackageComponent> selectedComponents() const {
        QList<PackageComponent> selected;
        for (const auto& component : m_package.components) {
            if (m_selected.contains(component.id)) {
                selected.append(component);
            }
        }
        return selected;
    }
    [[nodiscard]] qint64 selectedSize() const {
        qint64 size = 0;
        for (const auto& component : selectedComponents()) {
            size += component.size;
        }
        return size;
    }

    [[nodiscard]] const QString& installDir() const { return m_installDir; }
    // As typed, given with --dir or in an answer file: "~" and "~/…" are expanded to the home
    // folder from the password database; a relative path is kept, and locationProblem() refuses
    // it (ui/setup/install_folder.h).
    void setInstallDir(const QString& dir);

    // Why the install folder cannot be used (translated), or empty: not a full path, not a
    // folder, not writable, not enough room for the selected components.
    [[nodiscard]] QString locationProblem() const;
    // What the install folder holds now, "<product> <version>": from the record of the package's
    // id when it was installed in this folder, else from share/restartmanager/installed.txt
    // (packages without an id); empty if none.
    [[nodiscard]] QString installedHere() const;

    // A reason in the list of affected applications (a service, a critical process, another
    // session) forbids closing anything: the files are replaced in place and the computer must
    // restart.
    [[nodiscard]] bool needsReboot() const { return affected.rebootReasons != 0; }

    // Filled in by the engine as setup runs.
    rm::AffectedApplications affected;
    QStringList restartedApplications;
    // Closed for the update, and RmRestart could not start them again (RmStatusErrorOnRestart).
    QStringList notRestartedApplications;
    QString logFile;
    // Filled in by the engine on an upgrade (see InstallReport).
    QStringList keptConfigFiles;
    QStringList removedStaleFiles;
    // A downgrade (the record says a newer version is installed) goes ahead only when set: the
    // wizard's confirmation or --allow-downgrade.
    bool downgradeConfirmed = false;

    // What installing here means, from the record of the package's id (or, for a package without
    // id, share/restartmanager/installed.txt in the folder).
    enum class InstallKind { Fresh, Upgrade, Reinstall, Downgrade };
    [[nodiscard]] InstallKind installKind() const;
    // The version installed now (empty when none).
    [[nodiscard]] QString installedVersion() const;

private:
    Package m_package;
    QSet<QString> m_selected;
    QString m_installDir;
};
