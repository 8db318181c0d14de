#include "ui/affected_apps_model.h"

#include "ui/plain_text.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QStyle>
#include <QTextDocument>

namespace {

QStringList fileNames(const rm::AffectedApplication& app) {
    QStringList names;
    for (const auto& file : app.files) {
        names << leftToRight(QFileInfo{QString::fromStdString(file)}.fileName());
    }
    return names;
}

} // namespace

AffectedAppsModel::AffectedAppsModel(QObject* parent) : QAbstractTableModel{parent} {}

void AffectedAppsModel::setApplications(std::vector<rm::AffectedApplication> applications) {
    beginResetModel();
    m_applications = std::move(applications);
    endResetModel();
}

const rm::AffectedApplication& AffectedAppsModel::application(int row) const {
    return m_applications.at(static_cast<std::size_t>(row));
}

int AffectedAppsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_applications.size());
}

int AffectedAppsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString AffectedAppsModel::typeName(RM_APP_TYPE type) {
    switch (type) {
    case RmMainWindow:
        return tr("Application");
    case RmOtherWindow:
        return tr("Application window");
    case RmService:
        return tr("Service");
    case RmExplorer:
        return tr("Desktop shell");
    case RmConsole:
        return tr("Terminal program");
    case RmCritical:
        return tr("System process");
    default:
        return tr("Program");
    }
}

QString AffectedAppsModel::askedText(const rm::AffectedApplication& app) {
    if (app.rebootReasons != RmRebootReasonNone || (app.status & RmStatusShutdownMasked) != 0) {
        return QStringLiteral("—");
    }
    if (app.type == RmService) {
        return tr("Stopped by systemd");
    }
    switch (app.closeMethod) {
    case rm::CloseMethod::Windows:
        return tr("Asked to close its windows");
    case rm::CloseMethod::ApplicationQuit:
        return tr("Asked to quit");
    case rm::CloseMethod::Signal:
        break;
    }
    // Users of such programs know to save their work before they go on.
    return tr("Sent a quit signal (unsaved work may be lost)");
}

QString AffectedAppsModel::actionText(const rm::AffectedApplication& app) {
    if (app.rebootReasons != RmRebootReasonNone) {
        return tr("Cannot be closed");
    }
    if ((app.status & RmStatusShutdownMasked) != 0) {
        return tr("Left running");
    }
    // As on Windows, RmRestart starts again only what is registered for restart (bRestartable):
    // applications that called RegisterApplicationRestart, graphical applications the desktop
    // knows how to start, and services that may be started; a filter can still mask it.
    if ((app.status & RmStatusRestartMasked) != 0 || !app.restartable) {
        return tr("Closed, not restarted");
    }
    return tr("Closed and restarted");
}

QString AffectedAppsModel::detailsText(const rm::AffectedApplication& app) {
    QStringList lines;
    lines << tr("Process ID: %1").arg(leftToRight(QString::number(app.process.dwProcessId)))
          << tr("Type: %1").arg(typeName(app.type));
    if (!app.user.empty()) {
        lines << tr("User: %1").arg(leftToRight(QString::fromStdString(app.user)));
    }
    if (const QStringList names = fileNames(app); !names.isEmpty()) {
        lines << tr("Uses: %1").arg(QLocale{}.createSeparatedList(names));
    }
    lines << tr("How setup asks it to close: %1").arg(askedText(app));
    return lines.join(u'\n');
}

QStringList AffectedAppsModel::rebootReasonTexts(DWORD reasons) {
    QStringList texts;
    if ((reasons & RmRebootReasonPermissionDenied) != 0) {
        texts << tr("An application of another user uses the files, and setup may not close it.");
    }
    if ((reasons & RmRebootReasonSessionMismatch) != 0) {
        texts << tr("An application in another login session or container uses the files.");
    }
    if ((reasons & RmRebootReasonCriticalProcess) != 0) {
        texts << tr("A part of the system that cannot be stopped uses the files.");
    }
    if ((reasons & RmRebootReasonCriticalService) != 0) {
        texts << tr("A system service that cannot be stopped uses the files.");
    }
    if ((reasons & RmRebootReasonDetectedSelf) != 0) {
        texts << tr("Setup itself uses the files.");
    }
    return texts;
}

bool AffectedAppsModel::onlyTheDesktopStandsInTheWay(const rm::AffectedApplications& affected) {
    bool desktop = false;
    for (const auto& app : affected.applications) {
        if (app.rebootReasons != RmRebootReasonNone) {
            if (app.type != RmExplorer) {
                return false;
            }
            desktop = true;
        }
    }
    return desktop;
}

QString AffectedAppsModel::desktopText() {
    return tr("Your desktop itself (its window manager or shell) uses the files, and setup does "
              "not close it: log out and log in again after setup, or restart the computer.");
}

QVariant AffectedAppsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const auto& app = application(index.row());
    if (role == Qt::DecorationRole && index.column() == NameColumn) {
        if (!app.icon.empty()) {
            // A desktop entry names a theme icon, or (as the specification allows) a file.
            const QString name = QString::fromStdString(app.icon);
            if (name.startsWith(u'/')) {
                if (const QIcon file{name}; !file.availableSizes().isEmpty()) {
                    return file;
                }
            } else if (const QIcon themed = QIcon::fromTheme(name); !themed.isNull()) {
                return themed;
            }
        }
        return QApplication::style()->standardIcon(app.type == RmService ? QStyle::SP_ComputerIcon
                                                                         : QStyle::SP_DesktopIcon);
    }
    if (role == Qt::ToolTipRole &&
        (index.column() == NameColumn || index.column() == ActionColumn)) {
        // The page shows two columns; what the others say is a hover (and a details pane) away.
        return Qt::convertFromPlainText(detailsText(app), Qt::WhiteSpaceNormal);
    }
    if (role == Qt::ToolTipRole && index.column() == FilesColumn && !app.files.empty()) {
        QStringList paths;
        for (const auto& file : app.files) {
            paths << QString::fromStdString(file);
        }
        // Tooltips render HTML: the paths are escaped.
        return Qt::convertFromPlainText(paths.join(u'\n'), Qt::WhiteSpaceNormal);
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return app.serviceShortName.empty()
                   ? QString::fromStdString(app.appName)
                   : tr("%1 (service %2)")
                         .arg(QString::fromStdString(app.appName),
                              QString::fromStdString(app.serviceShortName));
    case PidColumn:
        return QString::number(app.process.dwProcessId);
    case TypeColumn:
        return typeName(app.type);
    case UserColumn:
        return QString::fromStdString(app.user);
    case FilesColumn: {
        const QStringList names = fileNames(app);
        if (names.isEmpty() && (app.registeredProcess || app.type == RmService)) {
            return tr("(registered)");
        }
        return QLocale{}.createSeparatedList(names);
    }
    case AskedColumn:
        return askedText(app);
    case ActionColumn:
        return actionText(app);
    default:
        return {};
    }
}

QVariant AffectedAppsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Application");
    case PidColumn:
        return tr("Process ID");
    case TypeColumn:
        return tr("Type");
    case UserColumn:
        return tr("User");
    case FilesColumn:
        return tr("Uses");
    case AskedColumn:
        return tr("How setup asks it to close");
    case ActionColumn:
        return tr("What setup will do");
    default:
        return {};
    }
}
