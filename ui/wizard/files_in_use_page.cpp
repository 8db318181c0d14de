#include "ui/wizard/files_in_use_page.h"

#include "ui/affected_apps_model.h"
#include "ui/setup/install_plan.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

FilesInUsePage::FilesInUsePage(const InstallPlan& plan, SetupRun& run)
    : m_plan{plan}, m_run{run}, m_model{new AffectedAppsModel{this}}, m_intro{new QLabel{this}},
      m_table{new QTableView{this}}, m_details{new QLabel{this}}, m_reasons{new QLabel{this}},
      m_close{new QRadioButton{this}},
      m_doNotClose{new QRadioButton{this}}, m_refresh{new QPushButton{this}} {
    nameWidget(this, "FilesInUsePage");
    nameWidget(m_table, "AffectedAppsTable");
    nameWidget(m_details, "AffectedAppDetails");
    nameWidget(m_reasons, "RebootReasons");
    nameWidget(m_close, "CloseApplicationsRadio");
    nameWidget(m_doNotClose, "DoNotCloseApplicationsRadio");
    nameWidget(m_refresh, "RefreshButton");
    m_intro->setWordWrap(true);
    m_reasons->setWordWrap(true);
    // Other programs' names and paths: never rendered.
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // Seven columns did not fit the page: "What setup will do" read "Closed and …" in English,
    // and in German it was off the page. Two columns share the width and wrap their words; the
    // other facts are in the details pane below (for the selected application) and in the
    // tooltips.
    for (int column = 0; column < AffectedAppsModel::ColumnCount; ++column) {
        m_table->setColumnHidden(column, column != AffectedAppsModel::NameColumn &&
                                             column != AffectedAppsModel::ActionColumn);
    }
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FilesInUsePage::showDetails);
    m_close->setChecked(m_run.decision().close != CloseMode::DoNotClose);
    m_doNotClose->setChecked(m_run.decision().close == CloseMode::DoNotClose);
    auto* layout = new QVBoxLayout{this};
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_reasons);
    layout->addWidget(m_close);
    layout->addWidget(m_doNotClose);
    layout->addWidget(m_refresh, 0, Qt::AlignRight);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        m_refresh->setEnabled(false);
        m_run.refreshList();
    });
    connect(&m_run, &SetupRun::listRefreshed, this, [this] {
        m_refresh->setEnabled(true);
        showList();
    });
    retranslate();
}

void FilesInUsePage::initializePage() {
    showList();
}

void FilesInUsePage::showList() {
    const auto& affected = m_plan.affected;
    m_model->setApplications(affected.applications);
    if (m_model->rowCount() > 0) {
        m_table->selectRow(0);
    }
    showDetails();
    const QStringList reasons = AffectedAppsModel::rebootReasonTexts(affected.rebootReasons);
    m_reasons->setVisible(!reasons.isEmpty());
    // A window manager or desktop shell in the way needs a new login, not a restart.
    m_reasons->setText(reasons.isEmpty() ? QString{}
                       : AffectedAppsModel::onlyTheDesktopStandsInTheWay(affected)
                           ? AffectedAppsModel::desktopText()
                           : tr("A restart of the computer will be needed: %1")
                                 .arg(reasons.join(QLatin1Char(' '))));
    // The plan's rule: with a reboot reason nothing can be closed.
    const bool closable = !m_plan.needsReboot();
    m_close->setEnabled(closable);
    if (!closable) {
        m_doNotClose->setChecked(true);
    }
}

void FilesInUsePage::showDetails() {
    // The selected application, else the first.
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? current.row() : (m_model->rowCount() > 0 ? 0 : -1);
    const bool any = row >= 0 && row < m_model->rowCount();
    m_details->setVisible(any);
    m_details->setText(any ? AffectedAppsModel::detailsText(m_model->application(row)) : QString{});
}

bool FilesInUsePage::validatePage() {
    SetupDecision decision = m_run.decision();
    if (m_doNotClose->isChecked()) {
        decision.close = CloseMode::DoNotClose;
    } else if (decision.close == CloseMode::DoNotClose) {
        decision.close = CloseMode::Close;
    }
    m_run.decide(decision);
    return true;
}

void FilesInUsePage::retranslate() {
    setTitle(tr("Files in use"));
    setSubTitle(tr("These applications use files that setup needs to replace."));
    m_intro->setText(tr("Save your work in them first. You can also close them yourself and "
                        "click Refresh."));
    m_table->setAccessibleName(tr("Applications that use the files"));
    m_details->setAccessibleName(tr("Details of the selected application"));
    m_close->setText(tr("&Close the applications automatically and restart them after setup"));
    m_close->setAccessibleName(m_close->text().remove(QLatin1Char('&')));
    m_doNotClose->setText(
        tr("&Do not close the applications (a restart of the computer will be required)"));
    m_doNotClose->setAccessibleName(m_doNotClose->text().remove(QLatin1Char('&')));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setAccessibleName(tr("Refresh the list of applications"));
    showList();
}
