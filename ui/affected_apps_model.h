#pragma once

#include "core/affected_applications.h"

#include <QAbstractTableModel>

#include <vector>

// The applications and services that use the files being installed, for the files-in-use page:
// name (with icon), process ID, type, user, the files it uses, and what setup will do to each.
class AffectedAppsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AffectedAppsModel)

public:
    enum Column {
        NameColumn,
        PidColumn,
        TypeColumn,
        UserColumn,
        FilesColumn, // the registered files it uses; the full paths in the tooltip
        AskedColumn, // how it will be asked to close
        ActionColumn,
        ColumnCount
    };

    explicit AffectedAppsModel(QObject* parent = nullptr);

    void setApplications(std::vector<rm::AffectedApplication> applications);
    [[nodiscard]] const rm::AffectedApplication& application(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString typeName(RM_APP_TYPE type);
    // How it will be asked to close: "Asked to close its windows", "Sent a quit signal (unsaved
    // work may be lost)", ...
    static QString askedText(const rm::AffectedApplication& application);
    // What setup will do: "Closed and restarted", "Closed only", "Cannot be closed", ...
    static QString actionText(const rm::AffectedApplication& application);
    // Everything the table's hidden columns say about one application, one fact a line, for the
    // details pane and the tooltips: process ID, type, user, the files it uses, how it is asked.
    static QString detailsText(const rm::AffectedApplication& application);
    // The reboot reasons in plain words, one sentence each.
    static QStringList rebootReasonTexts(DWORD reasons);
    // Whether the only ones in the way are the desktop's own window manager or shell (RmExplorer):
    // setup never closes them, and logging out and in again is enough to finish.
    static bool onlyTheDesktopStandsInTheWay(const rm::AffectedApplications& affected);
    // What the user does about the desktop, when it uses the files.
    static QString desktopText();

private:
    std::vector<rm::AffectedApplication> m_applications;
};
