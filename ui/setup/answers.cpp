#include "ui/setup/answers.h"

#include "core/output_file.h"

#include <QFile>

#include <unistd.h>

namespace {

struct KeyRule {
    const char* name;
    QStringList allowed; // empty: any value
};

const QList<KeyRule>& rules() {
    static const QList<KeyRule> kRules{
        {"Dir", {}},
        {"Components", {}},
        {"CloseApplications",
         {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("force")}},
        {"RestartApplications", {QStringLiteral("yes"), QStringLiteral("no")}},
        {"StillRunning",
         {QStringLiteral("retry"), QStringLiteral("force"), QStringLiteral("ignore"),
          QStringLiteral("cancel")}},
        {"Reboot", {QStringLiteral("yes"), QStringLiteral("no")}},
        {"ConfirmCancel", {QStringLiteral("yes"), QStringLiteral("no")}},
        {"Launch", {QStringLiteral("yes"), QStringLiteral("no")}},
        // A bad package: the wizard shows no dialog when it is answered.
        {"PackageError", {}},
        // Another setup of the product runs: the wizard exits 1618 without its message box.
        {"AlreadyRunning", {}},
        // --uninstall of a product that is not installed (or whose record is refused): the
        // uninstall wizard exits 1605 (1603) without its message box.
        {"CannotUninstall", {}},
    };
    return kRules;
}

const KeyRule* ruleFor(const QString& key) {
    for (const auto& rule : rules()) {
        if (key.compare(QLatin1String(rule.name), Qt::CaseInsensitive) == 0) {
            return &rule;
        }
    }
    return nullptr;
}

} // namespace

const char* toString(StillRunningAnswer answer) {
    switch (answer) {
    case StillRunningAnswer::Retry:
        return "retry";
    case StillRunningAnswer::ForceClose:
        return "force";
    case StillRunningAnswer::Ignore:
        return "ignore";
    case StillRunningAnswer::Cancel:
        return "cancel";
    }
    return "ignore";
}

std::optional<SetupAnswers> SetupAnswers::parse(const QString& text, QString* error) {
    SetupAnswers answers;
    int number = 0;
    for (const QString& raw : text.split(QLatin1Char('\n'))) {
        ++number;
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
            line.startsWith(QLatin1Char(';')) ||
            (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']')))) {
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        QString why;
        if (equals <= 0) {
            why = QStringLiteral("not Key=Value");
        } else {
            answers.set(line.left(equals).trimmed(), line.mid(equals + 1).trimmed(), &why);
        }
        if (!why.isEmpty()) {
            if (error != nullptr) {
                *error = QStringLiteral("line %1: %2").arg(number).arg(why);
            }
            return std::nullopt;
        }
    }
    return answers;
}

std::optional<SetupAnswers> SetupAnswers::load(const QString& path, QString* error) {
    QFile file{path};
    if (!file.open(QIODevice::ReadOnly)) {
        if (error != nullptr) {
            *error = file.errorString();
        }
        return std::nullopt;
    }
    // An answer file is a few lines; anything big is not one.
    const QByteArray bytes = file.read(1 << 20);
    return parse(QString::fromUtf8(bytes), error);
}

bool SetupAnswers::contains(const QString& key) const {
    const KeyRule* rule = ruleFor(key);
    return rule != nullptr && m_values.contains(QLatin1String(rule->name));
}

QString SetupAnswers::value(const QString& key) const {
    const KeyRule* rule = ruleFor(key);
    return rule != nullptr ? m_values.value(QLatin1String(rule->name)) : QString{};
}

bool SetupAnswers::set(const QString& key, const QString& value, QString* error) {
    const KeyRule* rule = ruleFor(key);
    if (rule == nullptr) {
        if (error != nullptr) {
            *error = QStringLiteral("unknown key \"%1\"").arg(key);
        }
        return false;
    }
    QString canonical = value.trimmed();
    if (!rule->allowed.isEmpty()) {
        canonical = canonical.toLower();
        if (!rule->allowed.contains(canonical)) {
            if (error != nullptr) {
                *error =
                    QStringLiteral("%1 must be one of %2")
                        .arg(QLatin1String(rule->name), rule->allowed.join(QStringLiteral(", ")));
            }
            return false;
        }
    }
    m_values.insert(QLatin1String(rule->name), canonical);
    return true;
}

bool SetupAnswers::applyTo(InstallPlan& plan, SetupDecision& decision, QString* error) const {
    if (const QString dir = value(QStringLiteral("Dir")); !dir.isEmpty()) {
        plan.setInstallDir(dir);
    }
    if (contains(QStringLiteral("Components"))) {
        QStringList wanted;
        for (const QString& id : value(QStringLiteral("Components")).split(QLatin1Char(','))) {
            if (!id.trimmed().isEmpty()) {
                wanted << id.trimmed();
            }
        }
        for (const QString& id : wanted) {
            const auto& components = plan.package().components;
            if (std::none_of(components.begin(), components.end(),
                             [&id](const PackageComponent& c) { return c.id == id; })) {
                if (error != nullptr) {
                    *error = QStringLiteral("the package has no component \"%1\"").arg(id);
                }
                return false;
            }
        }
        for (const auto& component : plan.package().components) {
            plan.setSelected(component.id, wanted.contains(component.id));
        }
    }
    const QString close = value(QStringLiteral("CloseApplications"));
    if (close == QLatin1String("yes")) {
        decision.close = CloseMode::Close;
    } else if (close == QLatin1String("no")) {
        decision.close = CloseMode::DoNotClose;
    } else if (close == QLatin1String("force")) {
        decision.close = CloseMode::Force;
    }
    if (contains(QStringLiteral("RestartApplications"))) {
        decision.restartApplications =
            value(QStringLiteral("RestartApplications")) == QLatin1String("yes");
    }
    if (contains(QStringLiteral("Reboot"))) {
        decision.reboot = value(QStringLiteral("Reboot")) == QLatin1String("yes");
    }
    if (contains(QStringLiteral("Launch"))) {
        decision.launch = value(QStringLiteral("Launch")) == QLatin1String("yes");
    }
    const QString still = value(QStringLiteral("StillRunning"));
    for (const auto answer : {StillRunningAnswer::Retry, StillRunningAnswer::ForceClose,
                              StillRunningAnswer::Ignore, StillRunningAnswer::Cancel}) {
        if (still == QLatin1String(toString(answer))) {
            decision.stillRunning = answer;
        }
    }
    return true;
}

SetupAnswers SetupAnswers::from(const InstallPlan& plan, const SetupDecision& decision) {
    SetupAnswers answers;
    answers.set(QStringLiteral("Dir"), plan.installDir());
    QStringList ids;
    for (const auto& component : plan.selectedComponents()) {
        ids << component.id;
    }
    answers.set(QStringLiteral("Components"), ids.join(QLatin1Char(',')));
    answers.set(QStringLiteral("CloseApplications"),
                decision.close == CloseMode::Close        ? QStringLiteral("yes")
                : decision.close == CloseMode::DoNotClose ? QStringLiteral("no")
                                                          : QStringLiteral("force"));
    answers.set(QStringLiteral("RestartApplications"),
                decision.restartApplications ? QStringLiteral("yes") : QStringLiteral("no"));
    answers.set(QStringLiteral("StillRunning"), QLatin1String(toString(decision.stillRunning)));
    answers.set(QStringLiteral("Reboot"),
                decision.reboot ? QStringLiteral("yes") : QStringLiteral("no"));
    if (decision.launch) {
        answers.set(QStringLiteral("Launch"), QStringLiteral("yes"));
    }
    return answers;
}

QString SetupAnswers::toText() const {
    QString text = QStringLiteral("[Setup]\n");
    for (const auto& rule : rules()) {
        const QString key = QLatin1String(rule.name);
        if (m_values.contains(key)) {
            // One answer per line: a line break in a value (a folder name) would start another.
            QString value = m_values.value(key);
            value.replace(QLatin1Char('\n'), QLatin1Char(' '));
            value.replace(QLatin1Char('\r'), QLatin1Char(' '));
            text += key + QLatin1Char('=') + value + QLatin1Char('\n');
        }
    }
    return text;
}

bool SetupAnswers::save(const QString& path, QString* error) const {
    auto fd = rm::openOutputFile(QFile::encodeName(path).toStdString(), rm::OutputMode::Truncate);
    if (!fd) {
        if (error != nullptr) {
            *error = QString::fromStdString(fd.error().message);
        }
        return false;
    }
    const auto written = rm::writeAllTo(*fd, toText().toStdString());
    ::close(*fd);
    if (!written) {
        if (error != nullptr) {
            *error = QString::fromStdString(written.error().message);
        }
        return false;
    }
    return true;
}
