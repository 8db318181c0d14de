#include "ui/setup/recovery.h"

#include "core/log.h"
#include "core/session.h"

QStringList recoverEarlierSetups() {
    auto restarted = rm::recoverStaleSessions();
    if (!restarted) {
        rm::log::core()->warn("what earlier setups closed could not be recovered: {}",
                              restarted.error().message);
        return {};
    }
    QStringList names;
    for (const auto& app : *restarted) {
        QString name = QString::fromStdString(
            app.kind == rm::StoppedApplication::Kind::Service ? app.unit : app.name);
        if (name.isEmpty()) {
            name = QString::fromStdString(app.executable);
        }
        rm::log::core()->warn("an earlier setup had closed {} (PID {}) and did not start it "
                              "again: started again now",
                              name.toStdString(), app.identity.pid);
        names << name;
    }
    names.removeDuplicates();
    return names;
}
