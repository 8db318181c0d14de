#include "ui/wizard/answer_source.h"

#include "ui/plain_text.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace {

QString answerFor(const QMap<QString, QString>& answers, const QString& id) {
    return answers.value(id).trimmed().toLower();
}

} // namespace

AnswerSource::StillRunning DialogAnswerSource::stillRunning(QWidget* parent,
                                                            const QStringList& applications) {
    QMessageBox box{parent};
    box.setObjectName(QStringLiteral("StillRunningDialog"));
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(QCoreApplication::translate("SetupWizard", "Applications still running"));
    box.setText(QCoreApplication::translate("SetupWizard", "These applications did not close:"));
    box.setInformativeText(applications.join(QLatin1Char('\n')));
    // Application names are other programs' own words.
    box.setTextFormat(Qt::PlainText);
    showAsPlainText(&box);
    auto* retry = box.addButton(QCoreApplication::translate("SetupWizard", "&Retry"),
                                QMessageBox::AcceptRole);
    auto* force = box.addButton(QCoreApplication::translate("SetupWizard", "&Force close"),
                                QMessageBox::DestructiveRole);
    auto* ignore = box.addButton(
        QCoreApplication::translate("SetupWizard", "&Ignore (restart the computer later)"),
        QMessageBox::ActionRole);
    auto* cancel = box.addButton(QCoreApplication::translate("SetupWizard", "&Cancel setup"),
                                 QMessageBox::RejectRole);
    const std::pair<QAbstractButton*, const char*> names[] = {{retry, "RetryButton"},
                                                              {force, "ForceCloseButton"},
                                                              {ignore, "IgnoreButton"},
                                                              {cancel, "CancelSetupButton"}};
    for (const auto& [button, name] : names) {
        button->setObjectName(QLatin1String(name));
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
    }
    box.exec();
    if (box.clickedButton() == retry) {
        return StillRunning::Retry;
    }
    if (box.clickedButton() == force) {
        return StillRunning::ForceClose;
    }
    if (box.clickedButton() == ignore) {
        return StillRunning::Ignore;
    }
    return StillRunning::Cancel;
}

void showPackageErrorDialog(QWidget* parent, const QString& message) {
    QMessageBox box{QMessageBox::Critical,
                    QCoreApplication::translate("SetupWizard", "The package cannot be installed"),
                    message, QMessageBox::Close, parent};
    box.setObjectName(QStringLiteral("PackageErrorDialog"));
    box.setTextFormat(Qt::PlainText);
    showAsPlainText(&box);
    box.button(QMessageBox::Close)->setObjectName(QStringLiteral("CloseButton"));
    box.button(QMessageBox::Close)
        ->setAccessibleName(QCoreApplication::translate("SetupWizard", "Close"));
    box.exec();
}

void showAlreadyRunningDialog(QWidget* parent, const QString& message) {
    QMessageBox box{QMessageBox::Information,
                    QCoreApplication::translate("SetupWizard", "Setup is already running"), message,
                    QMessageBox::Close, parent};
    box.setObjectName(QStringLiteral("AlreadyRunningDialog"));
    // The message names the product as its package does.
    box.setTextFormat(Qt::PlainText);
    showAsPlainText(&box);
    box.button(QMessageBox::Close)->setObjectName(QStringLiteral("CloseButton"));
    box.button(QMessageBox::Close)
        ->setAccessibleName(QCoreApplication::translate("SetupWizard", "Close"));
    box.exec();
}

bool DialogAnswerSource::confirmCancel(QWidget* parent) {
    QMessageBox box{QMessageBox::Question,
                    QCoreApplication::translate("SetupWizard", "Cancel setup"),
                    QCoreApplication::translate(
                        "SetupWizard", "Do you want to cancel setup? Everything it changed will be "
                                       "put back."),
                    QMessageBox::Yes | QMessageBox::No, parent};
    box.setObjectName(QStringLiteral("ConfirmCancelDialog"));
    box.button(QMessageBox::Yes)->setObjectName(QStringLiteral("ConfirmCancelYesButton"));
    box.button(QMessageBox::Yes)
        ->setAccessibleName(QCoreApplication::translate("SetupWizard", "Yes, cancel setup"));
    box.button(QMessageBox::No)->setObjectName(QStringLiteral("ConfirmCancelNoButton"));
    box.button(QMessageBox::No)
        ->setAccessibleName(QCoreApplication::translate("SetupWizard", "No, continue setup"));
    // Enter and Esc both keep setup going: cancelling undoes everything.
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

AnswerSource::StillRunning ScriptedAnswerSource::stillRunning(QWidget* parent,
                                                              const QStringList& applications) {
    const QString answer = answerFor(m_answers, QStringLiteral("StillRunning"));
    if (answer == QLatin1String("retry")) {
        return StillRunning::Retry;
    }
    if (answer == QLatin1String("force")) {
        return StillRunning::ForceClose;
    }
    if (answer == QLatin1String("ignore")) {
        return StillRunning::Ignore;
    }
    if (answer == QLatin1String("cancel") && !m_cancelDeclined) {
        return StillRunning::Cancel;
    }
    return m_dialogs.stillRunning(parent, applications);
}

bool ScriptedAnswerSource::confirmCancel(QWidget* parent) {
    const QString answer = answerFor(m_answers, QStringLiteral("ConfirmCancel"));
    if (answer == QLatin1String("yes")) {
        return true;
    }
    if (answer == QLatin1String("no")) {
        m_cancelDeclined = true;
        return false;
    }
    return m_dialogs.confirmCancel(parent);
}
